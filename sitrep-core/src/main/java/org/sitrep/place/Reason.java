package org.sitrep.place;

import java.util.Locale;
import java.util.Objects;

/**
 * One part of a candidate's score: the points and the words that say why. Formatted only when
 * shown, since the ranker weighs many candidates whose reasons nobody reads.
 */
public record Reason(double points, String words) {
  public Reason {
    Objects.requireNonNull(words, "words");
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%+.1f %s", points, words);
  }
}
