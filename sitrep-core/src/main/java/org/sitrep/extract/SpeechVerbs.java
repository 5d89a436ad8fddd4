package org.sitrep.extract;

import java.util.Locale;
import java.util.Set;

/** Verbs that report what someone said: their subject is a source, their date the statement's. */
public final class SpeechVerbs {
  private static final Set<String> LEMMAS = Set.of(
      "say", "tell", "confirm", "announce", "state", "add", "explain", "indicate", "claim",
      "report", "note", "point", "declare", "assert", "insist", "accuse", "deny");

  private SpeechVerbs() {}

  public static boolean contains(String lemma) {
    return LEMMAS.contains(lemma.toLowerCase(Locale.ROOT));
  }
}
