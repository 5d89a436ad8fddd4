package org.sitrep.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.Candidate;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.MentionRole;

/**
 * The mentions of one event gathered so far, and the record they make together: the first full
 * report's order of actors, the most specific place, the explicit date, the largest count of each
 * kind, and every mention's evidence. The dead are kept by side, because a report that tells each
 * side's dead separately ("nine soldiers were killed", "four attackers were also killed") is
 * added up, while one figure told twice counts once.
 */
final class Cluster {
  private final List<Candidate> members = new ArrayList<>();
  private Event event;
  private int lastSentence;
  /** The dead of each side (0 unknown, 1, 2) as reported, and the least a party claimed. */
  private final int[] reported = new int[3];
  private final int[] claimed = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
  /** The largest toll told ("raising the death toll to nine"): all the dead, on every side. */
  private int toll;
  /** The lowest figure told against another source's ("a lower toll of nine"), which caps. */
  private int differing = Integer.MAX_VALUE;

  Cluster(Candidate first) {
    members.add(first);
    event = first.event();
    lastSentence = first.sentence();
    count(first.event(), first.event(), first.tollClaimed());
  }

  /**
   * The record with its dead: each side's reported figure, or when only parties to the event
   * counted them, the lowest of their claims (ACLED takes the most conservative figure).
   */
  Event event() {
    int dead = toll > 0 ? toll : Math.max(dead(0), dead(1) + dead(2));
    return event.withFatalities(dead > 0 ? Math.min(dead, differing) : 0);
  }

  private int dead(int side) {
    if (reported[side] > 0) {
      return reported[side];
    }
    return claimed[side] == Integer.MAX_VALUE ? 0 : claimed[side];
  }

  List<Candidate> members() {
    return List.copyOf(members);
  }

  Candidate first() {
    return members.get(0);
  }

  int lastSentence() {
    return lastSentence;
  }

  /** True while only references and outcomes tell the event: a full report may still tell it. */
  boolean weak() {
    return members.stream().allMatch(c -> c.role() != MentionRole.REPORT);
  }

  /**
   * True unless the candidate names places the gazetteer does not know and none of them is a
   * place this event's mentions named or was placed at. Places the gazetteer knows are compared
   * by {@link ArticleMerger#placesAgree}.
   */
  boolean sharesPlaceWords(Candidate c) {
    if (c.placeWords().isEmpty()) {
      return true;
    }
    List<String> known = new ArrayList<>();
    members.forEach(m -> m.placeWords().forEach(w -> known.add(fold(w))));
    // A country or province the event fell back to frames it too loosely to part two places, as
    // does a province's seat standing for the province named alone, unless a mention named a town
    // or district in it ("two blasts in Q province ... one in X district ... four in Y district").
    boolean provinceAlone = event.geoPrecision() == GeoPrecision.REGION && members.stream()
        .noneMatch(m -> m.ownPlace() && m.event().geoPrecision() != GeoPrecision.REGION);
    event.place().filter(p -> !p.isArea() && !provinceAlone).ifPresent(p -> List.of(p.name(),
        p.admin1(), p.admin2(), p.country()).forEach(w -> known.add(fold(w))));
    known.removeIf(String::isEmpty);
    if (known.isEmpty()) {
      return true;
    }
    for (String w : c.placeWords()) {
      String f = fold(w);
      if (known.stream().anyMatch(k -> k.contains(f) || f.contains(k))) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
        .replaceAll("\\b(district|province|state|governorate|county|city|town|village|area|region)\\b", "")
        .replaceAll("[^a-z0-9]+", " ").trim();
  }

  boolean hasOwnPlace() {
    return members.stream().anyMatch(Candidate::ownPlace);
  }

  /** True when a mention's words surely name a place the gazetteer does not know. */
  boolean namesUnknownPlace() {
    return members.stream().anyMatch(c -> !c.placeWords().isEmpty());
  }

  /** True when a mention's own words date the event within {@code days} before publication. */
  boolean datedLately(Optional<java.time.LocalDate> published, int days) {
    return hasOwnDate() && published.isPresent() && event.eventDate()
        .map(d -> !d.isBefore(published.get().minusDays(days))).orElse(false);
  }

  boolean hasOwnDate() {
    return members.stream().anyMatch(Candidate::ownDate);
  }

  /** A member's words count its day from the account before it ("two days later"). */
  boolean dayCounted() {
    return members.stream().anyMatch(Agreement::countedFromTheAccount);
  }

  /** A member's day is the account's, lent or counted from it ("Hours later", "the next day"). */
  boolean datedByTheAccount() {
    return dayCounted() || members.stream().anyMatch(c -> c.event().evidence().stream()
        .anyMatch(v -> v.field().equals("event_date")
            && v.note().equals(org.sitrep.model.DateExpression.LENT_BY_ACCOUNT)));
  }

  /** A member's own sentence dates the event, if only to the month or year. */
  boolean datedHere() {
    return members.stream().anyMatch(Candidate::datedHere);
  }

  /**
   * Adds a mention of this event; {@code why} is said in the evidence of its trigger.
   *
   * @param riot the mention is a fight told in this demonstration ("... and the two sides
   *     clashed"), which makes it a violent demonstration at least
   * @param leads the mention names the event, which the mentions so far told a part of
   */
  void join(Candidate c, String why, boolean riot, boolean leads) {
    Event told = explained(c, why);
    boolean fuller = leads || weak() && c.role() == MentionRole.REPORT;
    // A full report after a reference or an outcome names the event: its type and sides lead.
    Event base = fuller ? told : event;
    Event other = fuller ? event : told;
    // "The governor condemned the killings": a mention that points to the event counts its dead
    // only when no report has, or when it gives a source's lower figure for them.
    boolean pointer = c.role() != MentionRole.REPORT && c.role() != MentionRole.OUTCOME;
    // "Vigilantes killed four bandits ..., adding that one vigilante died in the gunfight": the
    // pointer's dead are of the side that acted, whom no report has counted: other dead.
    boolean makersUncounted = pointer && reported[0] == 0 && reported[1] == 0
        && reported[2] > 0 && side(base, told) == 1;
    if (!pointer || reportedDead() == 0 || differing(told) || makersUncounted) {
      count(base, told, c.tollClaimed());
    }
    // A day the mention's own words give beats one taken from the account told before it.
    Event dated;
    if (hasOwnDate()) {
      dated = event;
    } else if (c.ownDate()) {
      dated = told;
    } else {
      dated = ArticleMerger.explicitDate(event) || !ArticleMerger.explicitDate(told) ? event : told;
    }
    // A province or town the words of one give beats a place the other took from the report
    // around it (the dateline's town, a place named in an earlier sentence), however much finer
    // that one is; but not a town its own sentence named, which did not fit the province named
    // with it. A country's name is too often who someone is or where they came from to outrank
    // a town so.
    boolean placedHere = hasOwnPlace();
    Optional<Event> placed = Optional.empty();
    if (placedHere != c.ownPlace()) {
      Event own = placedHere ? event : told;
      boolean withinACountry = own.place().map(p -> !p.featureCode().startsWith("PCL"))
          .orElse(false);
      if (withinACountry && !namedInItsSentences(placedHere ? told : event, own)) {
        placed = Optional.of(own);
      }
    }
    event = CombinedEvent.of(base, other, dated == base, riot, placed);
    members.add(c);
    lastSentence = Math.max(lastSentence, c.sentence());
  }

  /** Whether the place {@code borrowed} took was named in a sentence that tells {@code own}. */
  private static boolean namedInItsSentences(Event borrowed, Event own) {
    Optional<Evidence> where = borrowed.evidence().stream()
        .filter(v -> v.field().equals("location")).findFirst();
    return where.map(w -> own.evidence().stream().filter(v -> v.field().equals("sentence"))
        .anyMatch(v -> w.start() >= v.start() && w.end() <= v.end())).orElse(false);
  }

  /** Files the candidate's dead under the side of the event they were on. */
  private void count(Event frame, Event told, boolean byAParty) {
    int dead = told.fatalities();
    if (dead == 0) {
      return;
    }
    if (differing(told)) {
      // ACLED's most conservative figure: one source's lower count of the same dead stands.
      differing = Math.min(differing, dead);
      if (reportedDead() + toll > 0 || claimed[0] < Integer.MAX_VALUE) {
        return;
      }
    }
    if (!byAParty && countSays(told, TOLL)) {
      // A toll counts the dead of every side, those counted before among them: it is not filed
      // under a side, where it would add to a side's figure.
      toll = Math.max(toll, dead);
      return;
    }
    int side = side(frame, told);
    if (byAParty) {
      claimed[side] = Math.min(claimed[side], dead);
    } else if (frame != told && countSays(told, MORE) && !told.tollOfTheMakers()) {
      // "Two more soldiers died of their wounds", "a civilian was also killed": dead besides
      // those counted, not another count of the same dead. They add to the count so far, which
      // may stand on no side when the first report named none ("killing six"). Dead of a side
      // no count stood on yet are that side's: "killed six militants, the army said. Two
      // soldiers were also killed" adds the army's dead to the six it claimed.
      boolean ownSide = side != 0 && reported[0] == 0 && claimed[side] == Integer.MAX_VALUE;
      int counted = reported[side] > 0 || ownSide ? side : largest(reported);
      reported[counted] += dead;
    } else {
      reported[side] = Math.max(reported[side], dead);
    }
  }

  /** The dead reported so far on every side, claims by the parties aside. */
  private int reportedDead() {
    return reported[0] + reported[1] + reported[2];
  }

  /** Whether the candidate's dead are a figure told against another source's. */
  private static boolean differing(Event told) {
    return told.evidence().stream().anyMatch(v -> v.field().equals("fatalities")
        && v.note().contains(Count.DIFFERING));
  }

  private static int largest(int[] counts) {
    int at = 0;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] > counts[at]) {
        at = i;
      }
    }
    return at;
  }

  private static final java.util.regex.Pattern MORE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:more(?!\\s+than)|another|also|additional|further)\\b");

  private static final java.util.regex.Pattern TOLL =
      java.util.regex.Pattern.compile("(?i)\\btoll\\b");

  /**
   * The words of the count of the dead say so: {@link #MORE} that they add to those counted
   * before, {@link #TOLL} that they are all of them.
   */
  private static boolean countSays(Event told, java.util.regex.Pattern words) {
    return told.evidence().stream().anyMatch(v -> v.field().equals("fatalities")
        && words.matcher(v.text()).find());
  }

  /** Which side of the event the candidate's dead were on: 1, 2, or 0 when it cannot be told. */
  private static int side(Event frame, Event told) {
    // "Supporters of two factions clashed": one actor on both sides, whose dead no word parts;
    // a headline's "One dead" and the body's "one person was killed" are the same dead.
    if (frame.actor1().isPresent() && frame.actor1().map(Actor::name)
        .equals(frame.actor2().map(Actor::name))) {
      return 0;
    }
    Optional<Actor> victims = told.actor2();
    boolean ofSide1 = victims.isPresent()
        && frame.actor1().map(a -> Sides.sameSide(a, victims.get())).orElse(false);
    // "SDF fighters repelled the attack and four assailants were killed": told from the side
    // attacked, whose dead are the attackers'.
    boolean toldByTarget = victims.isEmpty()
        && told.actor1().map(a -> frame.actor2().map(b -> Sides.agree(a, b)).orElse(false))
            .orElse(false);
    // "Two soldiers were also killed" after "soldiers killed 23 militants": the toll borrowed
    // the event's sides, and its evidence says whose dead they are.
    if (frame != told && (ofSide1 || toldByTarget || told.tollOfTheMakers())) {
      return 1;
    }
    // The victims of an event that names no target, or of its target, are the second side:
    // "soldiers" claimed dead where police were reported so are the same state's forces.
    boolean ofSide2 = victims.isPresent()
        && frame.actor2().map(a -> Sides.sameSide(a, victims.get())).orElse(true);
    return ofSide2 ? 2 : 0;
  }

  private static Event explained(Candidate c, String why) {
    List<Evidence> evidence = new ArrayList<>();
    for (Evidence e : c.event().evidence()) {
      if (e.field().equals("trigger")) {
        evidence.add(e.withNoteAdded(why));
      } else {
        evidence.add(e);
      }
    }
    return c.event().withEvidence(evidence);
  }}
