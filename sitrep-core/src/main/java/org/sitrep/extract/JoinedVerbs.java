package org.sitrep.extract;

import static org.sitrep.extract.ArgumentFinder.lemma;

import java.util.Optional;

/**
 * The maker of a verb joined by "and" to another, which the parse often leaves without a subject
 * of its own, or gives the wrong one.
 */
final class JoinedVerbs {
  private JoinedVerbs() {}

  /** An active verb joined by "and" to an earlier verb, with no maker as its own subject. */
  static boolean sharesItsSubject(SentenceGraph g, int verb) {
    int head = g.head(verb);
    return head >= 0 && head < verb && g.relation(verb).startsWith("conj")
        && g.token(head).isVerb() && activeFinite(g, verb) && g.exact(verb, "nsubj").stream()
            .allMatch(s -> Things.isMunition(g.token(s).word()));
  }

  /**
   * "Troops were sent to the area and fought the rebels": the parse lends an active
   * verb joined to a passive one the passive's subject as its own passive subject; it is who did
   * the second act, not whom it was done to.
   */
  static Optional<Integer> subjectOfAPassiveBefore(SentenceGraph g, int verb) {
    int head = g.head(verb);
    if (!finite(g, verb) || head < 0
        || !g.relation(verb).startsWith("conj") || g.exact(head, "aux:pass").isEmpty()
        || !g.exact(verb, "aux:pass").isEmpty() || !g.exact(verb, "nsubj").isEmpty()) {
      return Optional.empty();
    }
    return g.exact(verb, "nsubj:pass").stream().findFirst();
  }

  /**
   * "Gunmen set fire to a school and killed a teacher in Qqq, a spokesman said": a long sentence
   * may be parsed with the second verb under "said", not joined to the first, though its "and"
   * still stands before it. Its maker is then the subject of the verb before that "and", not the
   * object just before it.
   */
  static Optional<Integer> misjoined(SentenceGraph g, int verb) {
    if (!activeFinite(g, verb) || !g.exact(verb, "nsubj").isEmpty()
        || g.relation(verb).startsWith("conj") || g.exact(verb, "cc").stream().noneMatch(
            c -> c == verb - 1 && (lemma(g, c).equals("and") || lemma(g, c).equals("or")))) {
      return Optional.empty();
    }
    for (int k = verb - 2; k >= 0; k--) {
      if (g.token(k).isVerb() && activeFinite(g, k) && !g.exact(k, "nsubj").isEmpty()) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  static boolean activeFinite(SentenceGraph g, int verb) {
    return finite(g, verb) && g.exact(verb, "aux:pass").isEmpty()
        && g.exact(verb, "nsubj:pass").isEmpty();
  }

  /** A verb in a past or present tense of its own. */
  private static boolean finite(SentenceGraph g, int verb) {
    String pos = g.token(verb).pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
  }
}
