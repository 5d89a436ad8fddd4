package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.InputProblem;

/**
 * Reads the bytes of the inputs named on the command line: a file path, or "-" for standard
 * input. Problems with the file itself (missing, a directory, unreadable, too large) are reported
 * here; problems with its content (empty, binary, not UTF-8) are the reader's.
 */
final class ArticleFiles {
  /** The name standard input goes by in messages and in the events' {@code article} field. */
  static final String STDIN = "stdin";

  /** One news report is far smaller; a larger input is almost surely the wrong file. */
  static final long MAX_BYTES = 20L * 1024 * 1024;

  private final InputStream stdin;
  private final Optional<LocalDate> published;
  private final String source;

  ArticleFiles(InputStream stdin, Optional<LocalDate> published, String source) {
    this.stdin = stdin;
    this.published = published;
    this.source = source;
  }

  ArticleInput load(String name) throws InputProblem {
    if (name.equals("-")) {
      return input(STDIN, readStdin());
    }
    return input(name, readFile(name));
  }

  private ArticleInput input(String id, byte[] bytes) {
    return new ArticleInput(id, bytes, published, source);
  }

  private byte[] readStdin() throws InputProblem {
    try {
      byte[] bytes = stdin.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new InputProblem(STDIN, "larger than 20 MB; expected one news report");
      }
      return bytes;
    } catch (IOException e) {
      throw new InputProblem(STDIN, "cannot read standard input: " + e.getMessage());
    }
  }

  private static byte[] readFile(String name) throws InputProblem {
    Path path;
    try {
      path = Path.of(name);
    } catch (IllegalArgumentException e) {
      throw new InputProblem(name, "not a valid file name");
    }
    if (Files.isDirectory(path)) {
      throw new InputProblem(name, "is a directory; name the text files in it");
    }
    try {
      if (Files.size(path) > MAX_BYTES) {
        throw new InputProblem(name, "larger than 20 MB; expected one news report");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputProblem(name, "no such file");
    } catch (AccessDeniedException e) {
      throw new InputProblem(name, "permission denied");
    } catch (IOException e) {
      throw new InputProblem(name, "cannot read: " + e.getMessage());
    }
  }
}
