package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** The size of an index directory on disk, in words. */
final class IndexSize {
  private IndexSize() {}

  /** Bytes of the regular files under dir; 0 when it does not exist. */
  static long bytes(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(IndexSize::size).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;  // removed while we walked: a concurrent build's merge
    }
  }

  /** "23.4 MB", "1.2 GB", "512 bytes". */
  static String format(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    String[] units = {"kB", "MB", "GB", "TB"};
    double value = bytes / 1024.0;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
