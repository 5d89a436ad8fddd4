package org.sitrep.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.Token;
import org.sitrep.internal.WordFamilies;
import org.sitrep.model.SubEventType;

/**
 * A claim of responsibility that names no act: "The TTP claimed responsibility", "the group took
 * responsibility for it". It claims the act the report has just told, and so it is a mention
 * that points back to that act, with the claimant as its maker ({@link AgentFinder} reads the
 * claimant). A claim that names its act ("claimed responsibility for the bombing") needs none:
 * the act's own word is the trigger. No one claims what nobody claimed ("No group has claimed
 * responsibility", {@link AgentFinder#claimant}), and a claim denied ("did not claim") is set
 * aside as negated, as any act is.
 */
final class BareClaims {
  private static final WordFamilies WORDS = WordFamilies.bundled(BareClaims.class,
      "bare-claims.tsv", Set.of("claiming", "claimed"));

  private BareClaims() {}

  /**
   * The type of act token {@code i} claims, when it is the responsibility a named party claims:
   * an attack of any kind, which the act it points back to makes precise.
   */
  static Optional<SubEventType> of(SentenceGraph g, int i) {
    var t = g.token(i);
    int verb = g.head(i);
    if (!t.isNoun() || !WORDS.has("claimed", lemma(g, i)) || verb < 0
        || !g.relation(i).equals("obj") || !WORDS.has("claiming", lemma(g, verb))
        || namesItsAct(g, i) || AgentFinder.claimant(g, verb).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(SubEventType.ATTACK);
  }

  /** A cheap test before the parse: a word of claiming and the responsibility claimed. */
  static boolean mayTell(Sentence sentence) {
    boolean claiming = false;
    boolean claimed = false;
    for (Token t : sentence.tokens()) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      claiming |= WORDS.has("claiming", lemma);
      claimed |= WORDS.has("claimed", lemma);
    }
    return claiming && claimed;
  }

  /**
   * "responsibility for the bombing": a noun after "for" names the act (not "for it"); "in a
   * statement" does not.
   */
  private static boolean namesItsAct(SentenceGraph g, int i) {
    return g.exact(i, "nmod:for").stream().anyMatch(d -> !g.token(d).pos().startsWith("PRP"));
  }

  private static String lemma(SentenceGraph g, int i) {
    return g.token(i).lemma().toLowerCase(Locale.ROOT);
  }
}
