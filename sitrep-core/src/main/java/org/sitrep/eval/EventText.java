package org.sitrep.eval;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * One-line descriptions of gold and system events for the details list, as score.py writes them.
 */
final class EventText {
  private static final Pattern SPACES = Pattern.compile(ScoreText.PY_SPACE + "+");

  private EventText() {}

  /** "DATE TYPE/SUBTYPE | ACTOR1 vs ACTOR2 | LOCATION, COUNTRY | fat N"; None where absent. */
  static String system(SystemEvent s) {
    return text(s.eventDate())
        + " "
        + text(s.eventType())
        + "/"
        + text(s.subEventType())
        + " | "
        + s.actor1().filter(x -> !x.isEmpty()).orElse("-")
        + " vs "
        + s.actor2().filter(x -> !x.isEmpty()).orElse("-")
        + " | "
        + text(s.location())
        + ", "
        + text(s.country())
        + " | fat "
        + number(s.fatalities());
  }

  /** The same for gold, with the date window, the first aliases and "(optional)". */
  static String gold(ArticleGoldEvent g) {
    return g.eventDate().orElse("None")
        + "±"
        + g.dateWindowDays()
        + " "
        + g.eventType()
        + "/"
        + g.subEventType()
        + " | "
        + (g.actor1().isEmpty() ? "-" : g.actor1().get(0))
        + " vs "
        + (g.actor2().isEmpty() ? "-" : g.actor2().get(0))
        + " | "
        + g.location()
        + ", "
        + g.country()
        + " | fat "
        + g.fatalities()
        + (g.optional() ? " (optional)" : "");
  }

  /** Whitespace runs made one space; longer than {@code max} code points, cut with "…". */
  static String shorten(String text, int max) {
    String s = ScoreText.pyStrip(SPACES.matcher(text).replaceAll(" "));
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static String text(Optional<String> value) {
    return value.orElse("None");
  }

  private static String number(OptionalDouble value) {
    if (value.isEmpty()) {
      return "None";
    }
    double v = value.getAsDouble();
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
