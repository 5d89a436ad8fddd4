package org.sitrep.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * People a report ties to a group by suspicion or belief: "two men believed to be members of
 * al-Qaeda", "three men suspected of belonging to Boko Haram" are that group's, not civilians; but
 * "men believed to be from Gwoza" are tied to a town, which is no group.
 */
final class Suspects {
  private Suspects() {}

  private static final Set<String> PERSONS = Set.of("man", "men", "person", "people",
      "individual", "youth", "woman", "boy", "gunman", "assailant", "attacker", "kidnapper",
      "raider");
  /** Verbs of a clause that ties men to a group: "believed to be", "belonging to". */
  private static final Set<String> SUSPECTING = Set.of("believe", "suspect", "say", "think",
      "allege", "identify", "describe", "belong");
  private static final Set<String> MEMBERS =
      Set.of("member", "fighter", "militant", "rebel", "insurgent", "jihadist", "operative");

  /** The group within a clause of suspicion: its members, or a name it holds. */
  private static Optional<Integer> memberOf(SentenceGraph g, int clause) {
    java.util.BitSet under = g.sentence().subtree(clause);
    for (int k = under.nextSetBit(clause + 1); k >= 0; k = under.nextSetBit(k + 1)) {
      // "believed to be from Gwoza": a place is no group.
      boolean name = g.token(k).isProperNoun() && !g.inTime(k)
          && (!ArgumentFinder.PLACE_NER.contains(g.token(k).ner())
              || ArgumentFinder.GROUP_HEADS.contains(g.token(k).lemma().toLowerCase(Locale.ROOT)));
      if (g.token(k).isNoun() && (name
          || MEMBERS.contains(g.token(k).lemma().toLowerCase(Locale.ROOT)))) {
        int named = k;
        // "Boko Haram": the name's head, not its first word.
        while (g.relation(named).equals("compound") || g.relation(named).equals("flat")) {
          named = g.head(named);
        }
        return Optional.of(named);
      }
    }
    return Optional.empty();
  }

  /** The group the person noun at {@code head} is tied to by a clause of suspicion, if any. */
  static Optional<Integer> groupOf(SentenceGraph g, int head) {
    if (!PERSONS.contains(g.token(head).lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    for (int acl : g.exact(head, "acl")) {
      if (SUSPECTING.contains(g.token(acl).lemma().toLowerCase(Locale.ROOT))) {
        Optional<Integer> group = memberOf(g, acl);
        if (group.isPresent()) {
          return group;
        }
      }
    }
    return Optional.empty();
  }
}
