package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * One mention coded as an event, before the mentions of one event are merged: the event as this
 * mention alone tells it, the mention's role, and which of its fields its own words gave (rather
 * than the scene named before or the event it refers to), since only those can contradict another
 * mention's.
 *
 * @param sentence index of the mention's sentence in the article
 * @param ownPlace the place was named in the mention's own words
 * @param ownDate the date was given in the mention's own words
 * @param sidesTold the mention's words name a side; otherwise its actors are ACLED's conventions
 *     for an act no one is named for ("Unidentified Armed Group")
 * @param placeWords the place phrases of the mention's own words that the gazetteer does not know
 *     ("Shah Wali Kot district"), which still tell two events apart
 * @param tollClaimed the dead were counted by a party to the event ("the group said its fighters
 *     killed 30"), whose figure gives way to any other source's
 * @param datedHere the mention's own sentence dates it, to the day, month or year ("in 2019"),
 *     rather than lending it the day of the account told before
 */
public record Candidate(
    Event event, MentionRole role, int sentence, boolean ownPlace, boolean ownDate,
    boolean sidesTold, List<String> placeWords, boolean tollClaimed, boolean datedHere) {
  public Candidate {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(role, "role");
    placeWords = List.copyOf(placeWords);
  }

  /** A candidate dated here exactly when it has a day of its own. */
  public Candidate(Event event, MentionRole role, int sentence, boolean ownPlace, boolean ownDate,
      boolean sidesTold, List<String> placeWords, boolean tollClaimed) {
    this(event, role, sentence, ownPlace, ownDate, sidesTold, placeWords, tollClaimed, ownDate);
  }

  /** A mention that tells its event with its own place and, when it has one, its own date. */
  public static Candidate report(Event event, int sentence) {
    return new Candidate(event, MentionRole.REPORT, sentence, event.place().isPresent(),
        event.datedByText(), true, List.of(), false);
  }

  /** The trigger's evidence: where the mention is in the text. */
  public Evidence trigger() {
    return event.evidence().stream().filter(e -> e.field().equals("trigger")).findFirst()
        .orElseThrow(() -> new IllegalStateException("a candidate has a trigger"));
  }
}
