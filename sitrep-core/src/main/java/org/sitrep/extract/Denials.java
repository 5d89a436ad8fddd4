package org.sitrep.extract;

import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Denials, for the modality filter: "denied that troops attacked", "rejected claims that troops
 * attacked", and a party's claim the other side denied ("a claim the army denied"). A clause that
 * is denied tells no event; a claim that is denied is the claimant's allegation.
 */
final class Denials {
  private static final Set<String> DENIALS = Set.of("deny", "reject", "dismiss", "refute", "fail");

  /** What a denied report names: "rejected claims that", "dismissed reports that". */
  private static final Set<String> REPORT_NOUNS = Set.of(
      "claim", "report", "allegation", "accusation", "rumour", "rumor", "suggestion", "assertion");

  private Denials() {}

  /** Subjects that say no one was: "nobody was hurt", "none of the soldiers were killed". */
  private static final Set<String> NO_ONE = Set.of("nobody", "none", "no-one", "noone");

  /**
   * "No one was arrested", "Nobody was hurt", "No soldiers were killed": an act whose passive
   * subject is no one did not happen to anyone.
   */
  static Optional<Integer> noOneHarmed(SentenceGraph g, int trigger) {
    if (!g.token(trigger).isVerb()) {
      return Optional.empty();
    }
    for (int subject : g.exact(trigger, "nsubj:pass")) {
      if (NO_ONE.contains(g.token(subject).word().toLowerCase(Locale.ROOT))) {
        return Optional.of(subject);
      }
      for (int det : g.exact(subject, "det")) {
        if (g.token(det).word().equalsIgnoreCase("no")) {
          return Optional.of(det);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the word at {@code i} is a verb of denying. */
  static boolean denies(SentenceGraph g, int i) {
    return DENIALS.contains(lemma(g, i));
  }

  /** The denial of a clause that hangs on {@code head}: the verb itself, or one that denies it. */
  static Optional<Integer> ofClauseOn(SentenceGraph g, int head) {
    if (DENIALS.contains(lemma(g, head)) && !g.token(head).isNoun()) {
      return Optional.of(head);
    }
    int verb = g.head(head);
    boolean deniedReport = REPORT_NOUNS.contains(lemma(g, head)) && verb >= 0
        && (g.relation(head).equals("obj") || g.relation(head).startsWith("nsubj:pass"))
        && DENIALS.contains(lemma(g, verb));
    return deniedReport ? Optional.of(verb) : Optional.empty();
  }

  /**
   * "The rebels said the army had attacked farmers, a claim the army denied": what one party says
   * and the other denies is that party's claim.
   */
  static Optional<Integer> deniedClaim(SentenceGraph g, int trigger) {
    int node = trigger;
    for (int hop = 0; hop < 5 && g.head(node) >= 0; hop++, node = g.head(node)) {
      if (!g.relation(node).equals("ccomp") || !SpeechVerbs.contains(lemma(g, g.head(node)))) {
        continue;
      }
      // The parser may hang the claim on the clause, or on the verb of saying after it.
      BitSet said = g.subtree(g.head(node));
      for (int n = said.nextSetBit(0); n >= 0; n = said.nextSetBit(n + 1)) {
        if (!REPORT_NOUNS.contains(lemma(g, n))) {
          continue;
        }
        // "..., a claim denied by the government" read as the claim's own clause.
        if (g.relation(n).startsWith("nsubj") && g.head(n) >= 0
            && DENIALS.contains(lemma(g, g.head(n)))) {
          return Optional.of(g.head(n));
        }
        for (var d : g.sentence().basicChildren(n)) {
          if (d.relation().startsWith("acl") && DENIALS.contains(lemma(g, d.dependent()))) {
            return Optional.of(d.dependent());
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String lemma(SentenceGraph g, int i) {
    return g.token(i).lemma().toLowerCase(Locale.ROOT);
  }
}
