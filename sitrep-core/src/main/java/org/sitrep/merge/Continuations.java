package org.sitrep.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.internal.WordFamilies;
import org.sitrep.model.Candidate;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;

/**
 * "Fighting broke out between two armed groups on Wednesday ... The firing continued into
 * Thursday": an act told as going on into a later day, naming no side of its own, is the act
 * told before it on another day. ACLED codes each day of a fight as an event, so it stays a
 * record of its own; but its sides, and its place when its words give none, are that act's.
 */
final class Continuations {
  private static final WordFamilies WORDS = WordFamilies.bundled(Continuations.class,
      "continuations.tsv", Set.of("going-on"));
  /** How many days on a fight may be told as going on. */
  private static final int MAX_DAYS = 3;

  private Continuations() {}

  /**
   * The mention with the sides of the act it continues, when it tells one going on into a later
   * day and the latest act of its kind is that act; otherwise the mention as it is.
   */
  static Candidate withSidesOfTheActContinued(List<Cluster> clusters, Candidate c) {
    Event e = c.event();
    boolean noSides = (e.actor1().isEmpty() || e.makerByConvention()) && e.actor2().isEmpty();
    if (!noSides || !c.ownDate() || e.eventDate().isEmpty() || !goingOn(e)) {
      return c;
    }
    Optional<Cluster> last = ArticleMerger.latest(clusters);
    if (last.isEmpty()) {
      return c;
    }
    Event k = last.get().event();
    LocalDate day = e.eventDate().get();
    boolean later = k.eventDate().filter(d -> d.isBefore(day)
        && !d.plusDays(MAX_DAYS).isBefore(day)).isPresent();
    if (!later || !k.eventType().politicalViolence() || k.actor1().isEmpty()
        || !Kinds.referenceAgrees(e.subEventType(), k.subEventType())
        || !Agreement.placesAgree(k, e)) {
      return c;
    }
    Evidence t = c.trigger();
    String note = "the act of " + ArticleMerger.at(last.get()) + ", told as going on into this day";
    List<Evidence> evidence = new ArrayList<>(e.evidence().stream()
        .filter(v -> !v.field().equals("actor1") && !v.field().equals("actor2")).toList());
    evidence.add(new Evidence("actor1", t.text(), t.start(), t.end(), note));
    k.actor2().ifPresent(a -> evidence.add(new Evidence("actor2", t.text(), t.start(), t.end(),
        note)));
    boolean ownPlace = c.ownPlace() && e.place().isPresent();
    Event continued = new Event(e.eventId(), e.article(), e.eventDate(), e.timePrecision(),
        k.subEventType(), k.actor1(), k.assocActor1(), k.actor2(), k.assocActor2(),
        ownPlace ? e.place() : k.place(), ownPlace ? e.geoPrecision() : k.geoPrecision(),
        e.source(), e.notes(), e.fatalities(), e.injured(), e.captured(), e.cameo(), e.plover(),
        e.modality(), e.confidence(), evidence);
    return new Candidate(continued, c.role(), c.sentence(), c.ownPlace(), c.ownDate(), c.sidesTold(),
        c.placeWords(), c.tollClaimed(), c.datedHere());
  }

  /** Whether the sentence tells its act as going on ("continued", "resumed", "raged"). */
  private static boolean goingOn(Event e) {
    return e.evidence().stream().filter(v -> v.field().equals("sentence"))
        .flatMap(v -> List.of(v.text().toLowerCase(Locale.ROOT).split("[^a-z]+")).stream())
        .anyMatch(w -> WORDS.has("going-on", w));
  }
}
