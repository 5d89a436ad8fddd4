package org.sitrep.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.DateExpression;
import org.sitrep.model.Evidence;
import org.sitrep.model.TimePrecision;

/**
 * "marked the tenth anniversary of the massacre in which rebels killed 60 people": an act whose
 * anniversary is kept happened that many years before the report (at least one when no number is
 * given), whatever day the remembering is dated by. Dated so, it is history, not news.
 */
final class Anniversaries {
  /** How far up the tree the anniversary may govern the act: "of the massacre in which ... killed". */
  private static final int HOPS = 3;
  private static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3),
      Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
      Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
      Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
      Map.entry("fifteenth", 15), Map.entry("twentieth", 20), Map.entry("twenty-fifth", 25),
      Map.entry("thirtieth", 30), Map.entry("fortieth", 40), Map.entry("fiftieth", 50),
      Map.entry("sixtieth", 60), Map.entry("seventieth", 70), Map.entry("hundredth", 100));
  private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})(st|nd|rd|th)");

  private Anniversaries() {}

  static Optional<DateExpression> of(SentenceGraph g, int trigger, Optional<LocalDate> published) {
    if (published.isEmpty()) {
      return Optional.empty();
    }
    int node = trigger;
    for (int hop = 0; hop < HOPS; hop++) {
      int head = g.head(node);
      String rel = g.relation(node);
      boolean held = rel.startsWith("nmod") || rel.startsWith("acl") || rel.startsWith("conj")
          || rel.equals("compound");
      if (head < 0 || !held) {
        return Optional.empty();
      }
      node = head;
      if (g.token(node).lemma().equalsIgnoreCase("anniversary")) {
        return Optional.of(dated(g, node, published.get()));
      }
    }
    return Optional.empty();
  }

  private static DateExpression dated(SentenceGraph g, int anniversary, LocalDate published) {
    int years = 1;
    int first = anniversary;
    for (var d : g.sentence().basicChildren(anniversary)) {
      String w = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      var numbered = NUMBERED.matcher(w);
      Integer n = ORDINALS.getOrDefault(w, numbered.matches() ? Integer.valueOf(numbered.group(1))
          : null);
      if (n != null && d.dependent() < anniversary) {
        years = Math.max(1, n);
        first = Math.min(first, d.dependent());
      }
    }
    Evidence evidence = g.span(first, anniversary, "event_date").withNote(
        "an anniversary kept: that many years before publication");
    return new DateExpression(evidence,
        Optional.of(published.minusYears(years).withDayOfMonth(1)), TimePrecision.MONTH);
  }
}
