package org.sitrep.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Places a sentence names that are not where its event happened: how far it reached, where it
 * came from, who did it, or where a crowd wants something to be.
 */
final class PlacesElsewhere {
  private PlacesElsewhere() {}

  /**
   * "sirens were heard as far away as Tel Aviv", "rockets fired from Gaza": a place named for how
   * far the event reached or where it came from, not where it happened.
   */
  static boolean of(SentenceGraph g, int first) {
    if (demanded(g, first)) {
      return true;
    }
    for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
      String w = g.token(k).word().toLowerCase(Locale.ROOT);
      if (w.equals("as") || w.equals("than") || w.equals("from") && !leftFrom(g, first)
          || w.equals("by") && doneBy(g, first)) {
        return true;
      }
      // "shelled the town from across the Dnipro": where the fire came from, beyond a word.
      if (!g.token(k).pos().equals("DT") && !BEYOND.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "demonstrated at the camp, calling for their safe return to Myanmar": a place in what a
   * crowd calls for is where they want something to be, not where they are. Only a clause of
   * demand that hangs on another act (a participle or a clause of its own), so "called for calm
   * in Goma" as the sentence's own verb keeps its place for whatever else it tells.
   */
  private static boolean demanded(SentenceGraph g, int place) {
    int node = place;
    for (int hop = 0; hop < 6 && node >= 0; hop++) {
      int head = g.head(node);
      if (head >= 0 && DEMANDING.contains(g.token(head).lemma().toLowerCase(Locale.ROOT))
          && g.token(head).pos().equals("VBG") && !g.relation(node).startsWith("nsubj")
          && (g.relation(head).startsWith("advcl") || g.relation(head).startsWith("xcomp")
              || g.relation(head).startsWith("acl") || g.relation(head).equals("dep"))) {
        return true;
      }
      node = head;
    }
    return false;
  }

  /** Verbs by which a crowd says what it wants: "calling for", "demanding", "urging". */
  private static final Set<String> DEMANDING = Set.of("call", "demand", "urge", "seek", "ask",
      "press", "appeal");

  /** Words between "from" and a place that still say where something came from. */
  private static final Set<String> BEYOND = Set.of("across", "over", "beyond", "behind");

  /**
   * "drones launched by Russia", "shelled by Ukraine": a place that names who did an act of a
   * verb is its doer, not where it was done; "villages by the lake" stand near it.
   */
  private static boolean doneBy(SentenceGraph g, int place) {
    int head = g.head(place);
    return head >= 0 && g.token(head).isVerb() && g.relation(place).startsWith("obl");
  }

  /**
   * "Troops withdrew from Kitui": the place left is where the withdrawal happened. "Gunmen
   * abducted five youths from Wum": the place people were taken from is where they were taken.
   */
  private static boolean leftFrom(SentenceGraph g, int place) {
    int head = g.head(place);
    // "from Wum district": the name is a word of the phrase the verb governs.
    if (head >= 0 && g.relation(place).equals("compound") && g.token(head).isNoun()) {
      head = g.head(head);
    }
    return head >= 0 && LEFT_OR_TAKEN.contains(g.token(head).lemma().toLowerCase(Locale.ROOT));
  }

  /** Verbs of leaving a place, and of taking people or things from it. */
  private static final Set<String> LEFT_OR_TAKEN = Set.of("withdraw", "retreat", "pull",
      "evacuate", "abduct", "kidnap", "snatch", "pick", "take", "seize", "arrest", "detain",
      "grab", "drag");
}
