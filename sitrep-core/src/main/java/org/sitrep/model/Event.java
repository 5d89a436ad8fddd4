package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One coded event, the record Sitrep writes. Field meanings and their output names are the public
 * contract in {@code docs/schema.md}; ACLED's derived fields (event type, inter codes, interaction,
 * civilian targeting) are computed here from the coded ones so that they cannot disagree.
 */
public record Event(
    String eventId,
    String article,
    Optional<LocalDate> eventDate,
    TimePrecision timePrecision,
    SubEventType subEventType,
    Optional<Actor> actor1,
    List<Actor> assocActor1,
    Optional<Actor> actor2,
    List<Actor> assocActor2,
    Optional<Place> place,
    GeoPrecision geoPrecision,
    String source,
    String notes,
    int fatalities,
    int injured,
    int captured,
    String cameo,
    String plover,
    Modality modality,
    double confidence,
    List<Evidence> evidence) {
  public Event {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(eventDate, "eventDate");
    Objects.requireNonNull(timePrecision, "timePrecision");
    Objects.requireNonNull(subEventType, "subEventType");
    Objects.requireNonNull(actor1, "actor1");
    assocActor1 = List.copyOf(assocActor1);
    Objects.requireNonNull(actor2, "actor2");
    assocActor2 = List.copyOf(assocActor2);
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(geoPrecision, "geoPrecision");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(plover, "plover");
    Objects.requireNonNull(modality, "modality");
    evidence = List.copyOf(evidence);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within 0-1, was " + confidence);
    }
  }

  public EventType eventType() {
    return subEventType.eventType();
  }

  public int inter1() {
    return actor1.map(Actor::inter).orElse(0);
  }

  public int inter2() {
    return actor2.map(Actor::inter).orElse(0);
  }

  /** ACLED's two-digit interaction code: the smaller inter code first, e.g. 12; 10 × inter1 alone. */
  public int interaction() {
    int a = inter1();
    int b = inter2();
    return b == 0 ? a * 10 : Math.min(a, b) * 10 + Math.max(a, b);
  }

  /**
   * ACLED's civilian_targeting: "Civilian targeting" when civilians are the primary target of
   * political violence or a demonstration; never for battles, nor for strategic developments
   * (arrests, looting), which ACLED leaves out of the field.
   */
  public String civilianTargeting() {
    boolean civiliansTargeted = actor2.map(a -> a.inter() == 7).orElse(false);
    return civiliansTargeted && eventType() != EventType.BATTLES
        && eventType() != EventType.STRATEGIC_DEVELOPMENTS ? "Civilian targeting" : "";
  }

  /**
   * The note on a toll of the side that acted in the event told before ("Two soldiers were also
   * killed" after "soldiers killed 23 militants"): other dead than the event's own, added to them.
   */
  public static final String MAKERS_DEAD = "the dead of the side that acted";

  /**
   * How many days before publication an event's date makes it history, told as background, not
   * news: the coder and the article merger both count so.
   */
  public static final int HISTORY_DAYS = 30;

  public Event withFatalities(int value) {
    return new Event(eventId, article, eventDate, timePrecision, subEventType, actor1, assocActor1,
        actor2, assocActor2, place, geoPrecision, source, notes, value, injured, captured, cameo,
        plover, modality, confidence, evidence);
  }

  /** The same event at another place, as one of a wave told in one sentence. */
  public Event atPlace(String newId, Place newPlace, GeoPrecision precision, int newFatalities,
      List<Evidence> newEvidence) {
    return new Event(newId, article, eventDate, timePrecision, subEventType, actor1, assocActor1,
        actor2, assocActor2, Optional.of(newPlace), precision, source, notes, newFatalities,
        injured, captured, cameo, plover, modality, confidence, newEvidence);
  }

  /** The same event coded as another sub-event type, {@code why} said by its first trigger. */
  public Event retyped(SubEventType newType, String why) {
    List<Evidence> newEvidence = new java.util.ArrayList<>(evidence);
    for (int i = 0; i < newEvidence.size(); i++) {
      Evidence e = newEvidence.get(i);
      if (e.field().equals("trigger")) {
        newEvidence.set(i, e.withNoteAdded(why));
        break;
      }
    }
    return new Event(eventId, article, eventDate, timePrecision, newType, actor1, assocActor1,
        actor2, assocActor2, place, geoPrecision, source, notes, fatalities, injured, captured,
        cameo, plover, modality, confidence, newEvidence);
  }

  public Event withCodes(String newCameo, String newPlover) {
    return new Event(eventId, article, eventDate, timePrecision, subEventType, actor1, assocActor1,
        actor2, assocActor2, place, geoPrecision, source, notes, fatalities, injured, captured,
        newCameo, newPlover, modality, confidence, evidence);
  }

  /** The same event with another first side, {@code why} its evidence in place of the old. */
  public Event madeBy(Actor maker, Evidence why) {
    List<Evidence> newEvidence = new java.util.ArrayList<>(evidence);
    newEvidence.removeIf(e -> e.field().equals("actor1"));
    newEvidence.add(why);
    return new Event(eventId, article, eventDate, timePrecision, subEventType, Optional.of(maker),
        assocActor1, actor2, assocActor2, place, geoPrecision, source, notes, fatalities, injured,
        captured, cameo, plover, modality, confidence, newEvidence);
  }

  public Event withEvidence(List<Evidence> newEvidence) {
    return new Event(eventId, article, eventDate, timePrecision, subEventType, actor1, assocActor1,
        actor2, assocActor2, place, geoPrecision, source, notes, fatalities, injured, captured,
        cameo, plover, modality, confidence, newEvidence);
  }

  public Event withNotes(String newNotes, double newConfidence) {
    return new Event(eventId, article, eventDate, timePrecision, subEventType, actor1, assocActor1,
        actor2, assocActor2, place, geoPrecision, source, newNotes, fatalities, injured, captured,
        cameo, plover, modality, newConfidence, evidence);
  }

  /** True when the report's own words date the event, resolved or not (evidence "event_date"). */
  public boolean datedByText() {
    return evidence.stream().anyMatch(e -> e.field().equals("event_date"));
  }

  /**
   * True when the sides are those of a front line, since the words did not say who fired at whom.
   */
  public boolean sidesOfAFrontLine() {
    return makerNoted(Mention.FRONT_LINE_SIDES);
  }

  /** True when no words named the maker: ACLED's unidentified group, by its convention. */
  public boolean makerByConvention() {
    return makerNoted(Mention.NO_MAKER_NAMED);
  }

  /** True when the toll is noted as the dead of the side that acted ({@link #MAKERS_DEAD}). */
  public boolean tollOfTheMakers() {
    return evidence.stream().anyMatch(v -> v.field().equals("fatalities")
        && v.note().contains(MAKERS_DEAD));
  }

  /** Whether the maker's evidence says it was set so: its note begins with {@code how}. */
  private boolean makerNoted(String how) {
    return evidence.stream().anyMatch(v -> v.field().equals("actor1") && v.note().startsWith(how));
  }
}
