package org.sitrep.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Ordnance made safe: "a bomb disposal team safely detonated an unexploded mortar shell", "army
 * engineers carried out a controlled explosion". The blast is the device's use disrupted, not an
 * attack, and an unexploded shell tells no explosion of its own.
 */
final class Disposal {
  private Disposal() {}

  private static final Set<String> BLASTS = Set.of("detonate", "explode", "blow", "explosion",
      "detonation", "blast");
  /** Who makes ordnance safe: "sappers", "deminers", "a bomb disposal team", "a bomb squad". */
  private static final Set<String> DISPOSERS = Set.of("sapper", "deminer", "disposal", "squad",
      "demining");
  private static final Set<String> LEFT_OVER = Set.of("unexploded", "abandoned");

  /** Whether the trigger at {@code i} is a blast by which ordnance was made safe. */
  static boolean of(SentenceGraph g, int i) {
    if (!BLASTS.contains(lemma(g, i))) {
      return false;
    }
    // "a controlled explosion", "safely detonated".
    boolean controlled = g.exact(i, "amod").stream().anyMatch(a -> word(g, a).equals("controlled"))
        || g.exact(i, "advmod").stream().anyMatch(a -> word(g, a).equals("safely"));
    boolean ordnance = g.exact(i, "obj").stream().anyMatch(o -> unexploded(g, o));
    boolean disposers = g.exact(i, "nsubj").stream().anyMatch(s -> DISPOSERS.contains(lemma(g, s))
        || g.exact(s, "compound").stream().anyMatch(c -> DISPOSERS.contains(lemma(g, c))));
    return controlled || ordnance || disposers;
  }

  /** "an unexploded shell", "abandoned ordnance": a device that was not set off. */
  static boolean unexploded(SentenceGraph g, int noun) {
    return g.token(noun).isNoun() && g.exact(noun, "amod").stream()
        .anyMatch(a -> LEFT_OVER.contains(word(g, a)));
  }

  private static String word(SentenceGraph g, int i) {
    return g.token(i).word().toLowerCase(Locale.ROOT);
  }

  private static String lemma(SentenceGraph g, int i) {
    return g.token(i).lemma().toLowerCase(Locale.ROOT);
  }
}
