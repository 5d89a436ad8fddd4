package org.sitrep.eval;

import static org.sitrep.eval.EvaluationReport.accuracy;
import static org.sitrep.eval.EvaluationReport.ratio;
import static org.sitrep.eval.EvaluationReport.round;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Fields scored over every row, a row with no event counting as wrong: what a user of the coded
 * data sees, unlike the accuracies on found rows, which rise when hard rows are missed. Beside them
 * the events returned beyond the one matched, per row, and the same figures by country.
 *
 * @param fields one accuracy per field, over all scored rows (location: over rows with coordinates)
 * @param spuriousPerRow events beyond the best match, per row
 * @param byCountry per gold country: rows, found, actor1, actor pair and location over all rows
 */
public record EndToEnd(List<Accuracy> fields, double spuriousPerRow, List<Country> byCountry) {
  /** One country's rows. */
  public record Country(String country, int rows, int found, int actor1, int actorPair,
      int located, int locationNear) {}

  public EndToEnd {
    fields = List.copyOf(fields);
    byCountry = List.copyOf(byCountry);
  }

  /** Scores the rows extraction did not fail on. */
  static EndToEnd of(List<RowScore> scored) {
    List<RowScore> located = scored.stream().filter(s -> s.gold().hasCoordinates()).toList();
    List<Accuracy> fields = List.of(
        accuracy("event_type", scored, RowScore::eventTypeCorrect),
        accuracy("sub_event_type", scored, RowScore::subEventTypeCorrect),
        accuracy("actor1", scored, RowScore::actor1Correct),
        accuracy("actor2", scored, RowScore::actor2Correct),
        accuracy("actor_pair", scored, RowScore::actorPairCorrect),
        accuracy("inter1", scored, RowScore::inter1Correct),
        accuracy("location_25km", located, RowScore::locationNear),
        accuracy("fatalities", scored, RowScore::fatalitiesCorrect),
        accuracy("event_date", scored, RowScore::dateCorrect));
    double spurious = scored.isEmpty() ? 0
        : scored.stream().mapToInt(RowScore::spurious).sum() / (double) scored.size();
    Map<String, List<RowScore>> groups = new TreeMap<>();
    for (RowScore s : scored) {
      groups.computeIfAbsent(s.gold().country(), k -> new ArrayList<>()).add(s);
    }
    List<Country> countries = new ArrayList<>();
    groups.forEach((country, rows) -> countries.add(new Country(country, rows.size(),
        count(rows, RowScore::found), count(rows, RowScore::actor1Correct),
        count(rows, RowScore::actorPairCorrect), count(rows, s -> s.gold().hasCoordinates()),
        count(rows, RowScore::locationNear))));
    countries.sort((a, b) -> Integer.compare(b.rows(), a.rows()));
    return new EndToEnd(fields, spurious, countries);
  }

  /** Adds the figures to a JSON report as the object {@code end_to_end}. */
  void addTo(ObjectNode root) {
    ObjectNode e2e = root.putObject("end_to_end");
    for (Accuracy a : fields) {
      e2e.put(a.name(), round(a.rate()));
    }
    e2e.put("spurious_per_row", round(spuriousPerRow));
    e2e.put("rows", fields.isEmpty() ? 0 : fields.get(0).n());
  }

  /** The figures as Markdown: one table of fields, one of countries. */
  String toMarkdown() {
    StringBuilder md = new StringBuilder("\n## End to end, over all rows\n\n");
    md.append("A row with no event counts as wrong; this is what a user of the coded data sees.\n\n");
    md.append("| field | accuracy | correct / rows |\n|---|---:|---|\n");
    for (Accuracy a : fields) {
      md.append(String.format(Locale.ROOT, "| %s | %.3f | %d / %d |%n", a.name(), a.rate(),
          a.correct(), a.n()));
    }
    md.append(String.format(Locale.ROOT, "| spurious events per row | %.3f | |%n", spuriousPerRow));
    md.append("\n## By country, over all rows\n\n");
    md.append("| country | rows | found | actor1 | actor pair | location within 25 km |\n");
    md.append("|---|---:|---:|---:|---:|---:|\n");
    for (Country c : byCountry) {
      md.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n",
          c.country(), c.rows(), ratio(c.found(), c.rows()), ratio(c.actor1(), c.rows()),
          ratio(c.actorPair(), c.rows()), ratio(c.locationNear(), c.located())));
    }
    return md.toString();
  }

  private static int count(List<RowScore> rows, Predicate<RowScore> right) {
    return (int) rows.stream().filter(right).count();
  }
}
