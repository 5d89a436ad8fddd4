package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The figures of one evaluation run: detection, the field accuracies on found rows, the fatalities'
 * mean absolute error, a breakdown by ACLED event type, the fields end to end (over all rows, with
 * a breakdown by country), and the rows that failed.
 */
public record EvaluationReport(
    Detection detection,
    List<Accuracy> accuracies,
    double fatalitiesMae,
    int fatalitiesN,
    List<TypeBreakdown> byEventType,
    EndToEnd endToEnd,
    List<RowError> errors) {
  /** Rows of one ACLED event type: how many were found, and how many got that type. */
  public record TypeBreakdown(String eventType, int rows, int found, int typeCorrect) {}

  /** A row extraction failed on. */
  public record RowError(String id, String problem) {}

  public EvaluationReport {
    accuracies = List.copyOf(accuracies);
    byEventType = List.copyOf(byEventType);
    errors = List.copyOf(errors);
  }

  /** Sums up scored rows. */
  public static EvaluationReport of(List<RowScore> scores) {
    List<RowScore> scored = scores.stream().filter(s -> s.error().isEmpty()).toList();
    List<RowScore> found = scored.stream().filter(RowScore::found).toList();
    Detection detection =
        new Detection(
            scored.stream().mapToInt(RowScore::eventsOfGoldType).sum(),
            scored.stream().mapToInt(RowScore::events).sum(),
            found.size(),
            (int) scored.stream().filter(s -> s.eventsOfGoldType() > 0).count(),
            scored.size());
    List<RowScore> located = found.stream().filter(s -> s.gold().hasCoordinates()).toList();
    List<Accuracy> accuracies =
        List.of(
            accuracy("event_type", found, RowScore::eventTypeCorrect),
            accuracy("sub_event_type", found, RowScore::subEventTypeCorrect),
            accuracy("actor1 (exact name)", found, RowScore::actor1Correct),
            accuracy("actor1 as actor1 or actor2", found, RowScore::actor1OnEitherSide),
            accuracy("inter1", found, RowScore::inter1Correct),
            accuracy("location within 25 km", located, RowScore::locationNear),
            accuracy("country", found, RowScore::countryCorrect),
            accuracy("fatalities (exact)", found, RowScore::fatalitiesCorrect),
            accuracy("event_date (exact)", found, RowScore::dateCorrect));
    double mae = found.stream().mapToInt(RowScore::fatalitiesError).average().orElse(0);
    List<RowError> errors =
        scores.stream()
            .filter(s -> s.error().isPresent())
            .map(s -> new RowError(s.gold().id(), s.error().get()))
            .toList();
    return new EvaluationReport(detection, accuracies, mae, found.size(), byType(scored),
        EndToEnd.of(scored), errors);
  }

  static Accuracy accuracy(String name, List<RowScore> rows, Predicate<RowScore> right) {
    return new Accuracy(name, (int) rows.stream().filter(right).count(), rows.size());
  }

  private static List<TypeBreakdown> byType(List<RowScore> scored) {
    Map<String, List<RowScore>> groups = new TreeMap<>();
    for (RowScore s : scored) {
      groups.computeIfAbsent(s.gold().eventType(), k -> new ArrayList<>()).add(s);
    }
    List<TypeBreakdown> rows = new ArrayList<>();
    groups.forEach(
        (type, group) ->
            rows.add(
                new TypeBreakdown(
                    type,
                    group.size(),
                    (int) group.stream().filter(RowScore::found).count(),
                    (int) group.stream().filter(RowScore::eventTypeCorrect).count())));
    return rows;
  }

  /** The report as a Markdown section: tables of figures with their counts. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    Detection d = detection;
    md.append("## Detection\n\n| measure | value | counts |\n|---|---:|---|\n");
    md.append(
        row(
            "precision (events of the gold type)",
            d.precision(),
            d.eventsOfGoldType() + " / " + d.events() + " events"));
    md.append(
        row(
            "recall (rows with any event)",
            d.recall(),
            d.rowsFound() + " / " + d.rows() + " rows"));
    md.append(row("F1", d.f1(), ""));
    md.append(
        row(
            "recall (rows with an event of the gold type)",
            d.typedRecall(),
            d.rowsWithGoldType() + " / " + d.rows() + " rows"));
    md.append("\n## Fields, on found rows (best-matching event)\n\n");
    md.append("Accuracy on found rows falls when more rows are found, since the rows found last are"
        + " the hardest; over all rows counts a row with no event as wrong, as the guide's figures do.\n\n");
    md.append("| field | accuracy | correct / n | over all rows |\n|---|---:|---|---:|\n");
    for (Accuracy a : accuracies) {
      md.append(format("| %s | %.3f | %d / %d | %.3f |%n", a.name(), a.rate(), a.correct(), a.n(),
          ratio(a.correct(), d.rows())));
    }
    md.append(
        format("| fatalities mean absolute error | %.2f | n = %d |%n", fatalitiesMae, fatalitiesN));
    md.append("\n## By ACLED event type\n\n");
    md.append("| event_type | rows | found | recall | event_type right | accuracy on found |\n");
    md.append("|---|---:|---:|---:|---:|---:|\n");
    for (TypeBreakdown t : byEventType) {
      md.append(
          format(
              "| %s | %d | %d | %.3f | %d | %.3f |%n",
              t.eventType(),
              t.rows(),
              t.found(),
              ratio(t.found(), t.rows()),
              t.typeCorrect(),
              ratio(t.typeCorrect(), t.found())));
    }
    md.append(endToEnd.toMarkdown());
    md.append(format("%n## Errors%n%n%d rows failed and are not scored.%n", errors.size()));
    for (RowError e : errors) {
      md.append("- ").append(e.id()).append(": ").append(e.problem()).append('\n');
    }
    return md.toString();
  }

  /** The report as one JSON object; rates rounded to 4 places, counts exact. */
  public String toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    ObjectNode det = root.putObject("detection");
    det.put("precision", round(detection.precision()));
    det.put("recall", round(detection.recall()));
    det.put("f1", round(detection.f1()));
    det.put("typed_recall", round(detection.typedRecall()));
    det.put("events_of_gold_type", detection.eventsOfGoldType());
    det.put("events", detection.events());
    det.put("rows_found", detection.rowsFound());
    det.put("rows_with_gold_type", detection.rowsWithGoldType());
    det.put("rows", detection.rows());
    ArrayNode acc = root.putArray("accuracies");
    for (Accuracy a : accuracies) {
      acc.addObject()
          .put("field", a.name())
          .put("accuracy", round(a.rate()))
          .put("correct", a.correct())
          .put("n", a.n())
          .put("over_all_rows", round(ratio(a.correct(), detection.rows())));
    }
    root.putObject("fatalities_mae").put("value", round(fatalitiesMae)).put("n", fatalitiesN);
    endToEnd.addTo(root);
    ArrayNode types = root.putArray("by_event_type");
    for (TypeBreakdown t : byEventType) {
      types
          .addObject()
          .put("event_type", t.eventType())
          .put("rows", t.rows())
          .put("found", t.found())
          .put("type_correct", t.typeCorrect());
    }
    ArrayNode errs = root.putArray("errors");
    for (RowError e : errors) {
      errs.addObject().put("id", e.id()).put("problem", e.problem());
    }
    return root.toString();
  }

  private static String row(String label, double value, String counts) {
    return format("| %s | %.3f | %s |%n", label, value, counts);
  }

  static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
