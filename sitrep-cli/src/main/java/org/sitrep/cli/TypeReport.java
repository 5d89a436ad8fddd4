package org.sitrep.cli;

import java.util.Locale;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.sitrep.typing.TypeLabel;
import org.sitrep.typing.TypeScores;

/** Prints typing scores: the summary, a line per label, and the confusion table; or one JSON object. */
final class TypeReport {
  private TypeReport() {}

  static void text(PrintWriter out, TypeScores scores) {
    out.printf(Locale.ROOT, "n %d  accuracy %.3f  macro_f1 %.3f  weighted_f1 %.3f%n", scores.n(),
        scores.accuracy(), scores.macroF1(), scores.weightedF1());
    out.println();
    out.printf(Locale.ROOT, "%-4s %-36s %6s %6s %6s %7s %7s%n", "#", "type", "prec", "recall", "f1", "gold",
        "guessed");
    List<TypeScores.PerType> rows = scores.perType();
    for (TypeScores.PerType t : rows) {
      out.printf(Locale.ROOT, "%-4d %-36s %6.3f %6.3f %6.3f %7d %7d%n", t.label().index() + 1, t.label().label(),
          t.precision(), t.recall(), t.f1(), t.support(), t.predicted());
    }
    out.println();
    out.println("confusion (rows: gold, columns: guessed, by the numbers above)");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-4s", ""));
    for (TypeScores.PerType t : rows) {
      head.append(String.format(Locale.ROOT, "%4d", t.label().index() + 1));
    }
    out.println(head);
    for (TypeScores.PerType gold : rows) {
      if (gold.support() == 0) {
        continue;
      }
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-4d", gold.label().index() + 1));
      for (TypeScores.PerType guess : rows) {
        int c = scores.count(gold.label(), guess.label());
        line.append(String.format(Locale.ROOT, "%4s", c == 0 ? "." : Integer.toString(c)));
      }
      out.println(line);
    }
  }

  static ObjectNode json(ObjectMapper mapper, TypeScores scores) {
    ObjectNode root = mapper.createObjectNode();
    root.put("n", scores.n());
    root.put("accuracy", round(scores.accuracy()));
    root.put("macro_f1", round(scores.macroF1()));
    root.put("weighted_f1", round(scores.weightedF1()));
    ObjectNode perType = root.putObject("per_type");
    for (TypeScores.PerType t : scores.perType()) {
      ObjectNode row = perType.putObject(t.label().label());
      row.put("precision", round(t.precision()));
      row.put("recall", round(t.recall()));
      row.put("f1", round(t.f1()));
      row.put("support", t.support());
      row.put("guessed", t.predicted());
    }
    ObjectNode confusion = root.putObject("confusion");
    for (TypeScores.PerType gold : scores.perType()) {
      ObjectNode row = confusion.putObject(gold.label().label());
      for (TypeScores.PerType guess : scores.perType()) {
        int c = scores.count(gold.label(), guess.label());
        if (c > 0) {
          row.put(guess.label().label(), c);
        }
      }
    }
    return root;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  static String labelList() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < TypeLabel.COUNT; i++) {
      s.append(i == 0 ? "" : ", ").append(TypeLabel.at(i).label());
    }
    return s.toString();
  }
}
