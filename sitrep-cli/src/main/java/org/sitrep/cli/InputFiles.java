package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.source.Sources;

/**
 * The inputs of a command that takes folders: a folder stands for every file in it and below,
 * sorted by path so that runs are repeatable; hidden files and folders ({@code .git},
 * {@code .DS_Store}) are left out, and so are files whose extension names no kind Sitrep reads
 * (a README.md, a photo, a PDF). Anything else (a file, a URL, "-", a name that does not exist)
 * is kept as given, for the batch to read or to report.
 */
final class InputFiles {
  private InputFiles() {}

  static List<String> expand(List<String> inputs) {
    List<String> expanded = new ArrayList<>();
    for (String input : inputs) {
      Path path = input.equals("-") || input.contains("://") ? null : Path.of(input);
      if (path != null && Files.isDirectory(path)) {
        expanded.addAll(filesUnder(path));
      } else {
        expanded.add(input);
      }
    }
    return expanded;
  }

  private static List<String> filesUnder(Path dir) {
    try {
      return Sources.filesUnder(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
