package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.eval.ArticleMatcher.Pair;

/**
 * An articles evaluation for a person to read, laid out as score.py prints it: the table per
 * article, the event-level line, the field accuracies, the false alarms, then the details list (+
 * matched, - missed, ~ optional, ! spurious with the sentence it came from).
 */
public final class ArticleReportText {
  private ArticleReportText() {}

  /**
   * @param gold where the gold set was read, for the heading
   * @param details also list every pair, miss and spurious event
   */
  public static String render(
      ArticleReport report, ArticleReport.Run run, String gold, boolean details) {
    List<String> out = new ArrayList<>();
    out.add("Conflict gold check — " + run.system());
    String filter =
        run.articlesFilter()
            .map(f -> "  (articles: " + f + ", " + report.articles().size() + ")")
            .orElse("");
    out.add("gold: " + gold + filter);
    out.add("");
    out.add(f("%-28s %4s %4s %4s %4s %4s %4s", "article", "gold", "opt", "sys", "TP", "FP", "FN"));
    for (ArticleResult a : report.articles()) {
      out.add(
          f(
              "%-28s %4d %4d %4d %4d %4d %4d",
              a.article().id(),
              a.requiredGold(),
              a.optionalGold(),
              a.system().size(),
              a.truePositives(),
              a.falsePositives(),
              a.falseNegatives()));
    }
    out.add(
        f(
            "%-28s %4d %4d %4d %4d %4d %4d",
            "total",
            report.goldEvents(),
            report.optionalGold(),
            report.systemEvents(),
            report.truePositives(),
            report.falsePositives(),
            report.falseNegatives()));
    out.add("");
    out.add(
        "event-level  P "
            + ArticleReport.fixed(report.precision(), 3)
            + "  R "
            + ArticleReport.fixed(report.recall(), 3)
            + "  F1 "
            + ArticleReport.fixed(report.f1(), 3)
            + "   (matched to optional gold, not counted: "
            + report.matchedOptional()
            + "; TP read from the gold's sentence: "
            + report.truePositivesSameSentence()
            + " of "
            + report.truePositives()
            + ")");
    out.add(
        "on matched pairs (n="
            + report.truePositives()
            + "): "
            + FieldScores.NAMES.stream()
                .map(name -> name + " " + twoPlaces(report.fieldAccuracy(name)))
                .collect(Collectors.joining("  ")));
    OptionalDouble alarms = report.falseAlarmsPerControl();
    out.add(
        "false alarms per non-conflict article: "
            + (alarms.isPresent() ? ArticleReport.round(alarms.getAsDouble(), 3) : "-"));
    if (run.seconds().isPresent()) {
      out.add("Sitrep time: " + ArticleReport.fixed(run.seconds().getAsDouble(), 1) + " s");
    }
    if (details) {
      out.add("");
      out.add(
          "Details (+ matched, - missed gold, ! spurious system event, ~ matched optional gold):");
      report.articles().forEach(a -> details(a, out));
      out.add("");
    }
    return String.join("\n", out) + "\n";
  }

  /** As score.py: the rounded (3-place) figure, shown with 2 places. */
  private static String twoPlaces(OptionalDouble rate) {
    return rate.isPresent()
        ? ArticleReport.fixed(ArticleReport.round(rate.getAsDouble(), 3), 2)
        : "-";
  }

  private static void details(ArticleResult a, List<String> out) {
    out.add("");
    out.add(
        "## "
            + a.article().id()
            + "  (published "
            + a.article().published()
            + ", "
            + (a.article().conflict() ? "conflict" : "non-conflict")
            + ")");
    for (Pair p : a.pairs()) {
      SystemEvent s = a.system().get(p.system());
      ArticleGoldEvent g = a.gold().get(p.gold());
      if (g.optional()) {
        out.add("  ~ optional  " + EventText.gold(g));
        out.add("      sys: " + EventText.system(s));
        continue;
      }
      FieldScores fs = FieldScores.of(s, g);
      String km =
          fs.distanceKm().isPresent()
              ? ArticleReport.fixed(fs.distanceKm().getAsDouble(), 0) + " km"
              : "no coords";
      String tag = SameSentence.test(s, g) ? "" : "  (no shared sentence)";
      out.add("  + matched   " + EventText.gold(g));
      out.add("      sys: " + EventText.system(s) + "  [" + km + "]" + tag);
      List<String> wrong = FieldScores.NAMES.stream().filter(n -> !fs.get(n)).toList();
      out.add(
          wrong.isEmpty() ? "      all fields right" : "      wrong: " + String.join(", ", wrong));
    }
    Set<Integer> pairedGold = a.pairs().stream().map(Pair::gold).collect(Collectors.toSet());
    Set<Integer> pairedSystem = a.pairs().stream().map(Pair::system).collect(Collectors.toSet());
    for (int j = 0; j < a.gold().size(); j++) {
      ArticleGoldEvent g = a.gold().get(j);
      if (!pairedGold.contains(j) && !g.optional()) {
        out.add("  - MISSED    " + EventText.gold(g));
        out.add("      gold evidence: " + EventText.shorten(g.evidence(), 160));
      }
    }
    for (int j = 0; j < a.gold().size(); j++) {
      ArticleGoldEvent g = a.gold().get(j);
      if (!pairedGold.contains(j) && g.optional()) {
        out.add("  . optional, not output: " + EventText.gold(g));
      }
    }
    for (int i = 0; i < a.system().size(); i++) {
      if (!pairedSystem.contains(i)) {
        SystemEvent s = a.system().get(i);
        out.add("  ! SPURIOUS  " + EventText.system(s));
        String from = s.sentences().isEmpty() ? "" : s.sentences().get(0);
        out.add("      from: " + EventText.shorten(from, 160));
      }
    }
  }

  private static String f(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
