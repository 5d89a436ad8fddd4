package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks a file a command is to write before the command's long work, so that a mistyped path
 * costs a one-line error at once rather than an internal error at the end.
 */
final class OutputFile {
  private OutputFile() {}

  /**
   * What stops the command writing {@code out}, as the line to print ("rows.jsonl: its directory
   * does not exist"), or empty when nothing does; {@code what} names the file ("the model file").
   */
  static Optional<String> problem(Path out, String what) {
    if (Files.isDirectory(out)) {
      return Optional.of(out + ": is a directory; name " + what + " to write");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      return Optional.of(out + ": its directory does not exist");
    }
    return Optional.empty();
  }
}
