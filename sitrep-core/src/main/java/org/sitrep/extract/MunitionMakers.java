package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whose a munition or a machine was, when it is what the sentence says acted: the name on it ("a
 * Russian missile"), the owner a possessive refers to ("its drones"), or who planted, fired or
 * handled it ("a bomb planted by X", "bulldozers escorted by troops").
 */
final class MunitionMakers {
  private MunitionMakers() {}

  /** Possessive pronouns that refer back to an owner named before. */
  private static final Set<String> OWNERS_BEFORE = Set.of("its", "their");

  /**
   * A modifier of a munition that is a people's adjective or a group's name; not a common noun
   * capitalised at the start of the sentence ("Artillery shells by ... killed").
   */
  static Optional<Integer> owner(SentenceGraph g, int munition) {
    for (String rel : List.of("amod", "compound", "nmod:poss")) {
      for (int m : g.exact(munition, rel)) {
        var t = g.token(m);
        if (Character.isUpperCase(t.word().charAt(0))
            && (t.isProperNoun() || t.pos().startsWith("JJ"))) {
          return Optional.of(m);
        }
        // "the army said its helicopters attacked": "its drones" are whoever "its" refers to,
        // which the coder reads from the words before.
        if (rel.equals("nmod:poss") && OWNERS_BEFORE.contains(t.word().toLowerCase(Locale.ROOT))) {
          return Optional.of(munition);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "a bomb planted by Taliban militants killed", "a bomb suspected to have been planted by the
   * Taliban": who planted, laid or fired the munition, in a participle that describes it.
   */
  static Optional<Integer> placedBy(SentenceGraph g, int munition) {
    for (int described : g.exact(munition, "acl")) {
      List<Integer> verbs = new ArrayList<>(List.of(described));
      verbs.addAll(g.exact(described, "xcomp"));
      for (int verb : verbs) {
        for (String rel : List.of("obl:agent", "obl:by", "nmod:agent")) {
          Optional<Integer> by = g.first(verb, rel);
          if (by.isPresent()) {
            return Optional.of(ArgumentFinder.actorHead(g, by.get()));
          }
        }
      }
    }
    return Optional.empty();
  }
}
