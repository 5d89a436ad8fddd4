package org.sitrep.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Sitrep's own tab-separated data files (triggers, actors, codes, country adjectives):
 * blank lines and lines starting with '#' are skipped, and each other line is split on tabs with
 * its empty cells kept. These files ship inside the jar, so a missing or unreadable one is a
 * packaging bug and fails loudly.
 */
public final class DataTable {
  /** One data line, with its 1-based line number for messages. */
  public record Line(int number, String[] cells) {
    public String cell(int i) {
      return i < cells.length ? cells[i] : "";
    }
  }

  private DataTable() {}

  /** The data lines of {@code in}; {@code name} names the table in messages. */
  public static List<Line> read(InputStream in, String name) {
    List<Line> lines = new ArrayList<>();
    try {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(new Line(number, line.split("\t", -1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
    return lines;
  }

  /** The data lines of a table bundled beside {@code anchor}'s class. */
  public static List<Line> bundled(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the data file " + resource + " is missing from the classpath");
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + resource + ": " + e.getMessage(), e);
    }
  }
}
