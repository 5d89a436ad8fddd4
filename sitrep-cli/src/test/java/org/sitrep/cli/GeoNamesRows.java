package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small GeoNames-format main tables that tests write, with names no real place has. */
final class GeoNamesRows {
  private GeoNamesRows() {}

  /** A main-table row (19 columns) of a populated place. */
  static String town(long id, String name, String iso2, String admin1, double lat, double lon,
      long population) {
    return String.join("\t", Long.toString(id), name, name, "", Double.toString(lat),
        Double.toString(lon), "P", "PPL", iso2, "", admin1, "", "", "", Long.toString(population),
        "", "300", "Asia/Damascus", "2024-01-01");
  }

  /** Writes the lines as dir/fileName. */
  static Path write(Path dir, String fileName, List<String> lines) throws IOException {
    Path file = dir.resolve(fileName);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /** SY.txt: two Syrian towns with a malformed third line between them, and one Iraqi town. */
  static Path syria(Path dir) throws IOException {
    return write(dir, "SY.txt", List.of(
        town(99000001, "Zorblaxville", "SY", "09", 36.2, 37.1, 12000),
        town(99000002, "Qurnet Flimsy", "SY", "09", 36.3, 37.2, 800),
        "99000003\tBroken row",
        town(99000004, "Blorptown", "IQ", "07", 33.3, 44.4, 5000)));
  }
}
