package org.sitrep.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.Token;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;

/**
 * "Another airstrike on the port", "a second bombing": an act the report counts as one more of
 * a kind it has told. When it names no maker, it is the maker of the last act of that kind told
 * before, not an unidentified group: the report would have said if someone else struck.
 */
final class AnotherAct {
  /** Words that count an act as one more of its kind. */
  private static final Set<String> ONE_MORE = Set.of("another", "second", "third", "further");
  /** How far before the act's noun the counting word may stand ("another deadly air strike"). */
  private static final int REACH = 3;
  static final String NOTE = "one more act of the kind told before ('%s'): its maker";

  private AnotherAct() {}

  /**
   * The event with the maker of the last earlier event of its type, when the act is counted as
   * another and its own maker was set by convention; else the event as it is.
   */
  static Event madeByEarlier(AnnotatedArticle article, Mention m, Event e, List<Event> earlier) {
    if (m.actor1().isPresent() || !countedAsAnother(article, m)) {
      return e;
    }
    Optional<Event> before = earlier.stream()
        .filter(x -> x.subEventType() == e.subEventType() && x.actor1().isPresent()
            && !x.actor1().get().generic())
        .reduce((a, b) -> b);
    if (before.isEmpty() || before.get().actor1().equals(e.actor2())) {
      return e;
    }
    Evidence t = m.trigger();
    Evidence why = new Evidence("actor1", t.text(), t.start(), t.end(),
        String.format(Locale.ROOT, NOTE, before.get().eventId()));
    return e.madeBy(before.get().actor1().get(), why);
  }

  private static boolean countedAsAnother(AnnotatedArticle article, Mention m) {
    Sentence s = article.sentences().get(m.sentence());
    for (Token t : s.tokens()) {
      if (t.start() != m.trigger().start()) {
        continue;
      }
      // "another shelling": a gerund named as an act is its noun.
      if (!t.isNoun() && !t.pos().equals("VBG")) {
        return false;
      }
      for (int k = t.index() - 1; k >= Math.max(0, t.index() - REACH); k--) {
        Token before = s.token(k);
        if (ONE_MORE.contains(before.word().toLowerCase(Locale.ROOT))) {
          return true;
        }
        if (!before.isNoun() && !before.pos().startsWith("JJ") && !before.pos().equals("HYPH")) {
          return false;
        }
      }
    }
    return false;
  }
}
