package org.sitrep.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.internal.HarmWords;
import org.sitrep.model.Candidate;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.MentionRole;

/**
 * What makes a mention an event of the report's own rather than an idiom or an aside: a side it
 * names, or a place, day or count of its own. In general news a sentence with none of them is
 * most often an idiom ("they fought on", "people demonstrated"), unless a reader of whole
 * sentences vouches for it ({@link EventReader}).
 */
final class Grounding {
  static final String UNGROUNDED = "no place, date, count or named actor";

  private Grounding() {}

  /** True when the text counts someone killed, hurt or taken. */
  static boolean counted(Event e) {
    return e.fatalities() + e.injured() + e.captured() > 0;
  }

  /**
   * A report that names no side is an event when its own words place, date or count it. A
   * reference with no event to join is one when the report places it ("The riot occurred after
   * messages were posted"); an aside ("condemned the attack") only when its own words place or
   * count it, and one set before the sentence's time ("since the attack") only when they date
   * it, for its day is not the report's.
   */
  static boolean standsAlone(Candidate c, List<Candidate> all) {
    Event e = c.event();
    boolean own = c.ownPlace() || c.ownDate() || counted(e);
    if (c.role() == MentionRole.REPORT && !own) {
      // "A shoot-out broke out and two suspects died": the toll told with it is its own.
      own = all.stream().anyMatch(o -> o.sentence() == c.sentence()
          && o.role() == MentionRole.OUTCOME && counted(o.event()));
    }
    return switch (c.role()) {
      case REPORT -> c.sidesTold() || own;
      case REFERENCE -> own || e.place().isPresent();
      // "The president condemned Sunday's attack": a day alone does not make an aside an event
      // the report tells; its place or its dead do.
      case ASIDE -> c.ownPlace() || counted(e);
      case BACKGROUND -> c.ownDate();
      case HEADLINE -> false;
      // "The death toll rose to 14" updates an event; with none told, it is a disaster's or a war's.
      case OUTCOME -> !HarmWords.toll(c.trigger().text())
          && !HarmWords.countOnly(c.trigger().text());
      default -> true;
    };
  }

  /**
   * True when nothing of the merged event grounds it: no named actor, no place or day of its
   * own, no count.
   */
  static boolean ungrounded(Event e, Cluster k) {
    boolean named = e.actor1().map(a -> !a.generic()).orElse(false)
        || e.actor2().map(a -> !a.generic()).orElse(false);
    // A place or day taken from the report around it grounds no one's idiom; a place the
    // gazetteer does not know but the words surely name ("the village of X") grounds the act,
    // as does a day counted from the account ("two days later"), which tells another act.
    return !named && !k.hasOwnPlace() && !k.namesUnknownPlace() && !k.hasOwnDate()
        && !k.dayCounted() && !counted(e);
  }

  /**
   * The event with the reader's note on its first mention's trigger, when the reader vouches for
   * that mention's sentence.
   */
  static Optional<Event> vouched(Event e, Candidate first, Evidence sentence, EventReader reader) {
    return reader.vouch(sentence.text()).map(note -> {
      List<Evidence> evidence = new ArrayList<>(e.evidence());
      Evidence trigger = first.trigger();
      Evidence noted = trigger.withNoteAdded(note);
      int at = evidence.indexOf(trigger);
      if (at >= 0) {
        evidence.set(at, noted);
      } else {
        evidence.add(noted);
      }
      return e.withEvidence(evidence);
    });
  }
}
