package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bursts and crashes that are mishaps, not acts: "a gas cylinder exploded", "a fuel truck
 * overturned and exploded". Read by {@link Figurative}.
 */
final class Mishaps {
  private Mishaps() {}

  /** What vehicles, boats and buildings do when no one harms anyone. */
  static final Set<String> MISHAPS = Set.of(
      "plunge", "overturn", "capsize", "collide", "crash", "derail", "skid", "sink", "veer",
      "topple", "collapse", "flip", "roll");

  private static final Set<String> BURSTING = Set.of("explode", "explosion", "blast", "blow");

  /** What bursts by mishap. */
  private static final Set<String> BURST_BY_MISHAP = Set.of(
      "cylinder", "boiler", "transformer", "stove", "generator", "firework", "firecracker",
      "tanker", "gas", "methane", "furnace", "reactor", "kiln", "heater", "compressor");

  /**
   * "a gas cylinder exploded", "a boiler explosion", "a methane blast": a mishap, not a device set
   * off. Told by what burst, since reports of accidents seldom say that no one set it off.
   */
  static boolean burstByMishap(SentenceGraph g, int i) {
    String lemma = g.token(i).lemma().toLowerCase(Locale.ROOT);
    if (!BURSTING.contains(lemma)) {
      return false;
    }
    List<Integer> what = new ArrayList<>(g.exact(i, "nsubj"));
    what.addAll(g.exact(i, "compound"));
    // "an explosion at a fireworks factory": the works where it burst say what burst, unless a
    // device is named ("a bomb explosion at a gas station").
    if (what.stream().noneMatch(o -> Things.isMunition(g.token(o).word()))) {
      for (String rel : List.of("nmod:at", "nmod:in", "obl:at", "obl:in")) {
        g.exact(i, rel).forEach(site -> what.addAll(g.exact(site, "compound")));
      }
    }
    return what.stream().anyMatch(o -> BURST_BY_MISHAP.contains(
        g.token(o).lemma().toLowerCase(Locale.ROOT)));
  }

  /**
   * "A fuel truck overturned and exploded": a mishap told beside the burst, of the same subject,
   * when the sentence names no device ("the truck bomb crashed into the gate and exploded").
   */
  static boolean burstInAMishap(SentenceGraph g, int burst) {
    if (!BURSTING.contains(g.token(burst).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    List<Integer> beside = new ArrayList<>(g.dependents(burst, "conj"));
    if (g.head(burst) >= 0 && g.relation(burst).startsWith("conj")) {
      beside.add(g.head(burst));
    }
    return beside.stream().anyMatch(v ->
        MISHAPS.contains(g.token(v).lemma().toLowerCase(Locale.ROOT))
            && g.exact(v, "nsubj").stream().anyMatch(g.exact(burst, "nsubj")::contains))
        && g.words().stream().noneMatch(Things::isMunition);
  }
}
