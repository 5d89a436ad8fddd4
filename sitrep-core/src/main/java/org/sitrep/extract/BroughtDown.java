package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What air defences brought down: "shot down 23 of 40 drones launched overnight", "downed 18 of
 * the 25 drones", "intercepted 12 of 15 missiles". The parser often hangs such an object on the
 * particle "down", or makes the weapons the subject of the participle after them, so the verb
 * seemed to take no weapon and read as a shooting, and the weapons as a strike of their own. What
 * was brought down is read from the words that follow the verb: numbers, "of", determiners,
 * adjectives and nouns, up to the first other word.
 */
final class BroughtDown {
  private BroughtDown() {}

  /** Verbs that bring a weapon down by themselves ("downed", "intercepted"). */
  private static final Set<String> BY_THEMSELVES = Set.of("down", "intercept");
  /** Verbs that do with the particle after them ("shot down", "brought down"). */
  private static final Set<String> WITH_DOWN = Set.of("shoot", "bring");
  /** Tags that may stand in the object before its noun: "23 of the 40 Russian". */
  private static final Set<String> BEFORE_NOUN = Set.of("CD", "DT", "JJ", "HYPH");
  /** How many words the object may run to. */
  private static final int REACH = 8;

  /**
   * The lower-cased nouns of what the verb at {@code i} brought down, or the flying weapons of the
   * attacks it beat back ("repelled a missile attack": "missile"), or none.
   */
  static List<String> weapons(SentenceGraph g, int i) {
    List<String> out = new ArrayList<>();
    for (int k : objectNouns(g, i)) {
      out.add(g.token(k).word().toLowerCase(Locale.ROOT));
    }
    for (int o : g.exact(i, "obj")) {
      if (attackBeatenBack(g, o)) {
        airborneModifiers(g, o).forEach(m -> out.add(g.token(m).word().toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }

  /**
   * Weapons that fly, which are brought down and no strike of their own; "intercepted a suicide
   * bomber" keeps the bomber, whose attack was foiled another way.
   */
  private static final Set<String> AIRBORNE = Set.of("drone", "uav", "missile", "rocket",
      "projectile");

  /**
   * Whether the noun at {@code i} is a flying weapon that a verb before it brought down, or an
   * attack of flying weapons that was beaten back ("repelled a Russian drone attack"), which is
   * no strike of its own: the verb tells the disrupted use.
   */
  static boolean isBroughtDown(SentenceGraph g, int i) {
    if (attackBeatenBack(g, i)) {
      return true;
    }
    if (!g.token(i).isNoun() || !AIRBORNE.contains(g.token(i).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int v = i - 1; v >= 0 && v >= i - REACH - 2; v--) {
      if (g.token(v).isVerb()) {
        return objectNouns(g, v).contains(i);
      }
    }
    return false;
  }

  private static final Set<String> ATTACKS = Set.of("attack", "assault", "strike", "raid");
  private static final Set<String> BEATING_BACK = Set.of("repel", "repulse", "thwart", "foil");

  /** "repelled 14 Russian drone attacks": an attack named by a flying weapon, a verb's object. */
  private static boolean attackBeatenBack(SentenceGraph g, int i) {
    int verb = g.head(i);
    return g.token(i).isNoun() && ATTACKS.contains(g.token(i).lemma().toLowerCase(Locale.ROOT))
        && verb >= 0 && g.relation(i).equals("obj")
        && BEATING_BACK.contains(g.token(verb).lemma().toLowerCase(Locale.ROOT))
        && !airborneModifiers(g, i).isEmpty();
  }

  /** The words before a noun that name a flying weapon: "drone" in "drone attacks". */
  private static List<Integer> airborneModifiers(SentenceGraph g, int noun) {
    return g.sentence().basicChildren(noun).stream()
        .filter(d -> d.relation().equals("compound") || d.relation().equals("amod"))
        .map(d -> d.dependent())
        .filter(m -> AIRBORNE.contains(g.token(m).lemma().toLowerCase(Locale.ROOT)))
        .toList();
  }

  private static List<Integer> objectNouns(SentenceGraph g, int i) {
    if (!g.token(i).isVerb()) {
      return List.of();
    }
    String lemma = g.token(i).lemma().toLowerCase(Locale.ROOT);
    int k = i + 1;
    if (WITH_DOWN.contains(lemma) && k < g.size() && g.token(k).word().equalsIgnoreCase("down")) {
      k++;
    } else if (!BY_THEMSELVES.contains(lemma)) {
      return List.of();
    }
    List<Integer> nouns = new ArrayList<>();
    for (int end = Math.min(g.size(), k + REACH); k < end; k++) {
      String pos = g.token(k).pos();
      if (pos.startsWith("NN")) {
        nouns.add(k);
      } else if (!BEFORE_NOUN.contains(pos) && !g.token(k).word().equalsIgnoreCase("of")) {
        break;
      }
    }
    return nouns;
  }
}
