package org.sitrep.place;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small GeoNames-format files written by a test, imported with the bundled code tables. */
final class GeoNamesFixture {
  private GeoNamesFixture() {}

  /**
   * One main-table row with the 19 columns of GeoNames' dump.
   *
   * @param admin "01" or "01.0203" (admin1, admin1.admin2)
   */
  static String row(long id, String name, String alternates, double lat, double lon,
      String featureCode, String iso2, String admin, long population) {
    String[] codes = admin.split("\\.", -1);
    String featureClass = featureCode.startsWith("PPL") ? "P" : "A";
    return String.join("\t", Long.toString(id), name, name, alternates, Double.toString(lat),
        Double.toString(lon), featureClass, featureCode, iso2, "", codes[0],
        codes.length > 1 ? codes[1] : "", "", "", Long.toString(population), "", "0",
        "Asia/Damascus", "2024-01-01");
  }

  static Path write(Path dir, String file, List<String> lines) throws IOException {
    Path path = dir.resolve(file);
    Files.write(path, lines, StandardCharsets.UTF_8);
    return path;
  }

  /** Imports the files into dataDir and opens the result. */
  static LuceneGazetteer importAndOpen(Path dataDir, List<Path> files, java.util.Set<String> only,
      ImportListener listener) throws IOException {
    List<GeoNamesSource> sources = new ArrayList<>();
    for (Path file : files) {
      sources.add(GeoNamesSource.file(file));
    }
    Gazetteers.importInto(dataDir, GeoNamesInputs.of(sources), only, listener);
    return LuceneGazetteer.open(Gazetteers.root(dataDir).resolve(Gazetteers.IMPORTED));
  }
}
