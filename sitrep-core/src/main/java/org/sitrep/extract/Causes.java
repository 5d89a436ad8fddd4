package org.sitrep.extract;

import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Dependency;

/** Deaths a sentence tells as what set its act off, which are not among the act's dead. */
final class Causes {
  private Causes() {}

  /** A death told as what set a fight off: "following the killing of a man". */
  private static final Set<String> DEATHS = java.util.stream.Stream.concat(
      ActLinks.DEATH_NOUNS.stream(), java.util.stream.Stream.of("die", "perish"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Verbs whose object is what a crowd protests: "to protest the killing of a rider",
   * "demanding justice for a blogger who died in custody".
   */
  private static final Set<String> OBJECTING =
      Set.of("protest", "denounce", "condemn", "decry", "mourn", "commemorate", "demand");

  /** Words that open what a protest is about or came after: its cause. */
  private static final Set<String> CAUSES =
      Set.of("after", "over", "following", "against", "because");

  /**
   * "Youths burned tyres after a trader died in custody", "marched over the death of a
   * classmate": a death told as a protest's (or a fight's) cause is not among its dead.
   */
  static boolean isCause(SentenceGraph g, int trigger, int anchor, boolean gathering) {
    for (int node = anchor; node >= 0 && node != trigger; node = g.head(node)) {
      // "clashes following the killing of a man": a death that set off a fight is not its toll
      // either; but "took the town after clashes that left 23 dead" tells the fight that took
      // it, and "attacked farmers after they tried to clear them ..., killing one" is parsed
      // with the killing under the clause of "after". "Torched a police station after a man
      // died in custody": the death the act answered.
      if (ActLinks.heldFor(g.sentence(), node)) {
        // "arrested two men for killing a trader": the dead of the act they are held for.
        return true;
      }
      boolean deathTold = DEATHS.contains(g.token(node).lemma().toLowerCase(Locale.ROOT));
      // "blocked the highway to protest the killing of a rider": what a crowd protests is why.
      int head = g.head(node);
      boolean what = g.relation(node).equals("obj")
          || g.relation(node).startsWith("obl") && g.hasCase(node, "for");
      if (gathering && head >= 0 && what
          && OBJECTING.contains(g.token(head).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      for (Dependency d : g.sentence().basicChildren(node)) {
        if (!d.relation().equals("mark") && !d.relation().equals("case")) {
          continue;
        }
        String word = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (CAUSES.contains(word) && (gathering || !word.equals("against") && deathTold)) {
          return true;
        }
        // "arrested two men in connection with the killing of a trader": the act they are tied
        // to is another, told as known.
        if (deathTold && head >= 0 && ActLinks.ties(g.token(head).lemma(), word)) {
          return true;
        }
      }
    }
    return false;
  }
}
