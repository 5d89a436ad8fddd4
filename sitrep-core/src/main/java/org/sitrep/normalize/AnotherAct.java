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
 * before, not an unidentified group: the report would have said if someone else struck. So too
 * an act done by "the drones" or "the missiles" after "Russian drones attacked the city": the
 * weapons the report has named, and so their maker.
 */
final class AnotherAct {
  /** Words that count an act as one more of its kind. */
  private static final Set<String> ONE_MORE = Set.of("another", "second", "third", "further");
  /** How far before the act's noun the counting word may stand ("another deadly air strike"). */
  private static final int REACH = 3;
  static final String NOTE = "one more act of the kind told before ('%s'): its maker";
  static final String WEAPONS_NOTE = "the %s named before ('%s'): their maker";
  /** Weapons and craft an act may be told as done by, once the report has named whose they are. */
  private static final Set<String> WEAPONS = Set.of("drone", "missile", "rocket", "shell",
      "jet", "warplane", "aircraft", "plane", "helicopter", "bomber", "gunship", "artillery");
  /** Determiners that point back: "the drones", "these missiles". */
  private static final Set<String> POINTING = Set.of("the", "these", "those");

  private AnotherAct() {}

  /**
   * The event with the maker of the last earlier event of its type, when the act is counted as
   * another and its own maker was set by convention; else the event as it is.
   */
  static Event madeByEarlier(AnnotatedArticle article, Mention m, Event e, List<Event> earlier) {
    // "the drones" is the act's subject, but names whose only by pointing back.
    Optional<Weapons> weapons = weaponsPointedBack(article, m);
    if (weapons.isPresent()) {
      return byTheirMaker(m, e, earlier, weapons.get());
    }
    if (m.actor1().isPresent()) {
      return e;
    }
    if (!countedAsAnother(article, m)) {
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
    Optional<Token> trigger = s.tokenAt(m.trigger().start());
    // "another shelling": a gerund named as an act is its noun.
    if (trigger.isEmpty() || !trigger.get().isNoun() && !trigger.get().pos().equals("VBG")) {
      return false;
    }
    int at = trigger.get().index();
    for (int k = at - 1; k >= Math.max(0, at - REACH); k--) {
      Token before = s.token(k);
      if (ONE_MORE.contains(before.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!before.isNoun() && !before.pos().startsWith("JJ") && !before.pos().equals("HYPH")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The event made by the maker of the last earlier event whose maker was named with these
   * weapons ("Russian drones"), when there is one; else the event as it is.
   */
  private static Event byTheirMaker(Mention m, Event e, List<Event> earlier, Weapons weapons) {
    Optional<Event> before = earlier.stream()
        .filter(x -> x.actor1().isPresent() && !x.actor1().get().generic()
            && x.evidence().stream().anyMatch(v -> v.field().equals("actor1")
                && namesWeapon(v.text(), weapons.lemma())))
        .reduce((a, b) -> b);
    if (before.isEmpty() || before.get().actor1().equals(e.actor2())) {
      return e;
    }
    Evidence t = m.trigger();
    Evidence why = new Evidence("actor1", t.text(), t.start(), t.end(),
        String.format(Locale.ROOT, WEAPONS_NOTE, weapons.word(), before.get().eventId()));
    return e.madeBy(before.get().actor1().get(), why);
  }

  private static boolean namesWeapon(String text, String lemma) {
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.equals(lemma) || w.equals(lemma + "s")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The drones hit a power plant": the lemma of the weapons that are the act's subject, when a
   * determiner points back to them and no word says whose they are.
   */
  /** The weapons' lemma ("drone") and word as written ("drones"). */
  private record Weapons(String lemma, String word) {}

  private static Optional<Weapons> weaponsPointedBack(AnnotatedArticle article, Mention m) {
    Sentence s = article.sentences().get(m.sentence());
    Optional<Token> trigger = s.tokenAt(m.trigger().start()).filter(Token::isVerb);
    if (trigger.isEmpty()) {
      return Optional.empty();
    }
    // "The drones damaged a depot and wounded two": the enhanced graph gives the second verb
    // its subject too.
    for (var d : s.children(trigger.get().index())) {
      Token subject = s.token(d.dependent());
      String lemma = subject.lemma().toLowerCase(Locale.ROOT);
      if (!d.relation().equals("nsubj") || !WEAPONS.contains(lemma)) {
        continue;
      }
      boolean pointing = false;
      for (var c : s.basicChildren(subject.index())) {
        String word = s.token(c.dependent()).word().toLowerCase(Locale.ROOT);
        if (c.relation().equals("det") && POINTING.contains(word)) {
          pointing = true;
        } else if (!c.relation().equals("punct")) {
          return Optional.empty();
        }
      }
      return pointing ? Optional.of(new Weapons(lemma, subject.word().toLowerCase(Locale.ROOT)))
          : Optional.empty();
    }
    return Optional.empty();
  }
}
