package org.sitrep.eval.geo;

import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.Span;

/**
 * Puts a gold toponym's span on its name. Gold offsets are not always exact (every span of
 * GeoVirus starts one character late), so the span kept is the occurrence of the name nearest the
 * given start; a name that does not occur keeps the given offsets, cut to the text.
 */
public final class GoldSpans {
  private GoldSpans() {}

  /** The span of {@code name} in {@code text} nearest {@code start}. */
  public static Span align(String text, String name, int start, int end) {
    if (name.isEmpty()) {
      return clamp(text, start, end);
    }
    if (start >= 0 && text.startsWith(name, start)) {
      return new Span(start, start + name.length());
    }
    Optional<Integer> at = nearest(text, name, start);
    if (at.isEmpty()) {
      at = nearest(text.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT), start);
    }
    return at.map(i -> new Span(i, i + name.length())).orElseGet(() -> clamp(text, start, end));
  }

  private static Optional<Integer> nearest(String text, String name, int start) {
    Integer best = null;
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (best == null || Math.abs(i - start) < Math.abs(best - start)) {
        best = i;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Span clamp(String text, int start, int end) {
    int s = Math.max(0, Math.min(start, text.length()));
    return new Span(s, Math.max(s, Math.min(end, text.length())));
  }
}
