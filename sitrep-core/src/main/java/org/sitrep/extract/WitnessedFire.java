package org.sitrep.extract;

import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.internal.WordFamilies;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.Token;
import org.sitrep.model.SubEventType;

/**
 * Fire counted by those who watch it from afar: "the monitors recorded 27 explosions near X",
 * "observers heard 40 bursts of small-arms fire". Ceasefire monitors report each day's
 * violations near a place this way, naming no side and no target. The words of the trigger
 * lexicon read "explosions" as a bomb and "shots" as nothing; counted and witnessed, explosions
 * are shelling, and shots, bursts or small arms among them an exchange of fire between armed
 * groups.
 */
final class WitnessedFire {
  private static final WordFamilies WORDS = WordFamilies.bundled(WitnessedFire.class,
      "witnessed-fire.tsv",
      Set.of("witness", "blasts", "shots", "firearms", "devices", "quantity", "sides"));

  private WitnessedFire() {}

  /** The type token {@code i} reports as fire counted by a witness, or none. */
  static Optional<SubEventType> of(SentenceGraph g, int i) {
    String lemma = lemma(g, i);
    boolean blast = WORDS.has("blasts", lemma);
    if (!blast && !WORDS.has("shots", lemma) || !counted(g, i)) {
      return Optional.empty();
    }
    int verb = witnessing(g, i);
    if (!witnessedBy(g, verb) || anyIn(g, g.subtree(verb), "devices")) {
      return Optional.empty();
    }
    BitSet phrase = g.subtree(i);
    boolean gunfire = !blast || anyIn(g, phrase, "firearms") || anyIn(g, phrase, "shots")
        || coordinatedShots(g, i) || bothWays(g, verb);
    return Optional.of(
        gunfire ? SubEventType.ARMED_CLASH : SubEventType.SHELLING_ARTILLERY_MISSILE);
  }

  /** A cheap test before the parse: a word of witnessing and a word of fire counted. */
  static boolean mayTell(Sentence sentence) {
    boolean witness = false;
    boolean fire = false;
    for (Token t : sentence.tokens()) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      witness |= WORDS.has("witness", lemma);
      fire |= t.isNoun() && (WORDS.has("blasts", lemma) || WORDS.has("shots", lemma));
    }
    return witness && fire;
  }

  /**
   * "27 explosions", "a total of 40 shots", "dozens of explosions": fire counted. A bare plural
   * ("residents heard explosions") is left alone: it is more often the colour of an event told
   * elsewhere in the report.
   */
  private static boolean counted(SentenceGraph g, int i) {
    int node = g.firstConjunct(i);
    return hasNumber(g, i) || hasNumber(g, node) || quantity(g, node) >= 0;
  }

  private static boolean hasNumber(SentenceGraph g, int i) {
    return g.exact(i, "nummod").stream().anyMatch(n -> g.token(n).pos().equals("CD"));
  }

  /** The quantity noun the fire hangs on ("a total of", "dozens of"), or -1. */
  private static int quantity(SentenceGraph g, int node) {
    int head = g.head(node);
    return g.relation(node).startsWith("nmod") && head >= 0
        && WORDS.has("quantity", lemma(g, head)) ? head : -1;
  }

  /** Whether the verb that takes the noun is one of witnessing: "recorded 27 explosions". */
  private static boolean witnessedBy(SentenceGraph g, int verb) {
    return verb >= 0 && g.token(verb).isVerb() && WORDS.has("witness", lemma(g, verb));
  }

  /**
   * The verb that takes the noun as its object or passive subject ("27 explosions were
   * recorded"), through a coordination ("25 bursts of fire and 3 explosions") or a quantity
   * ("a total of 12 explosions"); -1 when none.
   */
  private static int witnessing(SentenceGraph g, int i) {
    int node = g.firstConjunct(i);
    int quantity = quantity(g, node);
    node = quantity >= 0 ? quantity : node;
    String rel = g.relation(node);
    return rel.equals("obj") || rel.startsWith("nsubj:pass") ? g.head(node) : -1;
  }

  /** "25 bursts of machine-gun fire and 3 explosions": the blasts are told beside gunfire. */
  private static boolean coordinatedShots(SentenceGraph g, int i) {
    int first = g.firstConjunct(i);
    if (WORDS.has("shots", lemma(g, first))) {
      return true;
    }
    for (var d : g.sentence().basicChildren(first)) {
      if (d.relation().startsWith("conj") && WORDS.has("shots", lemma(g, d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "in both directions", "on both sides of the line": fire from each side at the other, which
   * is an exchange between armed groups whatever the weapon.
   */
  private static boolean bothWays(SentenceGraph g, int verb) {
    BitSet clause = g.subtree(verb);
    for (int t = clause.nextSetBit(0); t >= 0; t = clause.nextSetBit(t + 1)) {
      // "both" is tagged a determiner or, before a plural, a conjunction ("cc:preconj").
      if (WORDS.has("sides", lemma(g, t)) && g.sentence().basicChildren(t).stream()
          .anyMatch(d -> lemma(g, d.dependent()).equals("both"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyIn(SentenceGraph g, BitSet tokens, String family) {
    for (int t = tokens.nextSetBit(0); t >= 0; t = tokens.nextSetBit(t + 1)) {
      String word = g.token(t).word().toLowerCase(Locale.ROOT);
      if (WORDS.has(family, word) || WORDS.has(family, lemma(g, t))) {
        return true;
      }
    }
    return false;
  }

  private static String lemma(SentenceGraph g, int i) {
    return g.token(i).lemma().toLowerCase(Locale.ROOT);
  }
}
