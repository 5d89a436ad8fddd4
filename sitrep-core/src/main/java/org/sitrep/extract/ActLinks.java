package org.sitrep.extract;

import java.util.Locale;
import java.util.Map;

/**
 * Words that tie a person or a thing to an act told as known from before: "a pistol linked to a
 * murder", "arrested in connection with the attack", "suspected of involvement in the kidnapping".
 * The act so named is not the one the sentence reports, nor are its dead among that one's.
 */
public final class ActLinks {
  /** The tying word's lemma, and the preposition that then names the act. */
  private static final Map<String, String> LINKS = Map.of(
      "link", "to", "relate", "to", "connect", "to", "tie", "to", "connection", "with",
      "involvement", "in");

  private ActLinks() {}

  /** Whether {@code preposition} after the word of lemma {@code tie} names the act tied to. */
  public static boolean ties(String tie, String preposition) {
    return preposition.equalsIgnoreCase(LINKS.get(tie.toLowerCase(Locale.ROOT)));
  }
}
