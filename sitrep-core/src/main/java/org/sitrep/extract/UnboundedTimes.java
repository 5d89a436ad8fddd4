package org.sitrep.extract;

import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Dependency;

/**
 * Times no day bounds: "have attacked polio teams in the past", "in recent years", "over the
 * years", "for decades". What a report says was done in them is a pattern it recalls as
 * background, not the event it reports; a span that is counted ("in the past two weeks") may
 * hold a toll and is left to the rules for tolls.
 */
final class UnboundedTimes {
  private static final Set<String> SPANS = Set.of("years", "decades", "months");
  private static final Set<String> OPEN_ADJECTIVES = Set.of("recent", "past", "previous");
  private static final Set<String> THROUGH = Set.of("over", "for", "in", "during");

  private UnboundedTimes() {}

  /** True when the phrase headed by this noun is such a time. */
  static boolean of(SentenceGraph g, int noun) {
    String word = g.token(noun).word().toLowerCase(Locale.ROOT);
    String preposition = "";
    boolean counted = false;
    boolean open = false;
    boolean determiner = false;
    for (Dependency d : g.sentence().basicChildren(noun)) {
      String child = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      switch (d.relation()) {
        case "case" -> preposition = child;
        case "nummod" -> counted = true;
        case "amod" -> open |= OPEN_ADJECTIVES.contains(child);
        case "det" -> determiner = true;
        default -> { }
      }
    }
    if (counted) {
      return false;
    }
    if (word.equals("past")) {
      // "in the past", not "in the past week", whose noun is "week".
      return preposition.equals("in") && determiner;
    }
    if (!SPANS.contains(word) || !THROUGH.contains(preposition)) {
      return false;
    }
    // "in recent years", "over the past months", "over the years", "for years".
    return open || preposition.equals("over") && determiner
        || preposition.equals("for") && !determiner;
  }
}
