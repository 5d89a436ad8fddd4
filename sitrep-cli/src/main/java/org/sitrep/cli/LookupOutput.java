package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Place;
import org.sitrep.place.ScoredPlace;

/** How {@code gazetteer lookup} prints ranked candidates: lines to read, or a JSON array. */
final class LookupOutput {
  private LookupOutput() {}

  /**
   * One line per candidate (rank, score, name, feature code, admin1, country, lat/lon, geonameid),
   * then its reasons, indented.
   */
  static void text(List<ScoredPlace> ranked, PrintWriter out) {
    int rank = 0;
    for (ScoredPlace scored : ranked) {
      Place p = scored.place();
      rank++;
      out.printf(Locale.ROOT, "%d. %.1f  %s  %s  %s  %s  %.5f,%.5f  geonameid %d%n", rank,
          scored.score(), p.name(), p.featureCode(), p.admin1().isEmpty() ? "-" : p.admin1(),
          country(p), p.latitude(), p.longitude(), p.geonameId());
      for (String reason : scored.reasons()) {
        out.println("     " + reason);
      }
    }
  }

  static void json(List<ScoredPlace> ranked, PrintWriter out) {
    List<Map<String, Object>> array = new ArrayList<>();
    for (ScoredPlace scored : ranked) {
      Place p = scored.place();
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("name", p.name());
      o.put("feature_code", p.featureCode());
      o.put("admin1", p.admin1());
      o.put("admin2", p.admin2());
      o.put("country", p.country());
      o.put("iso3", p.iso3());
      o.put("latitude", p.latitude());
      o.put("longitude", p.longitude());
      o.put("geonameid", p.geonameId());
      o.put("population", p.population());
      o.put("score", Math.round(scored.score() * 100) / 100.0);
      o.put("reasons", scored.reasons());
      array.add(o);
    }
    try {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(array));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String country(Place p) {
    if (p.iso3().isEmpty()) {
      return "-";
    }
    return (p.country().isEmpty() ? p.iso3() : p.country()) + " (" + p.iso3() + ")";
  }
}
