package org.sitrep.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sitrep.model.Actor;
import org.sitrep.model.Candidate;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Mention;
import org.sitrep.model.MentionRole;
import org.sitrep.model.SubEventType;

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
    return event.withFatalities(toll > 0 ? toll : Math.max(dead(0), dead(1) + dead(2)));
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
    // only when no report has.
    boolean pointer = c.role() != MentionRole.REPORT && c.role() != MentionRole.OUTCOME;
    boolean reportedAlready = reported[0] + reported[1] + reported[2] > 0;
    if (!pointer || !reportedAlready) {
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
    event = combine(base, other, dated == base, riot, placed);
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
    if (!byAParty && countSays(told, TOLL)) {
      // A toll counts the dead of every side, those counted before among them: it is not filed
      // under a side, where it would add to a side's figure.
      toll = Math.max(toll, dead);
      return;
    }
    int side = side(frame, told);
    if (byAParty) {
      claimed[side] = Math.min(claimed[side], dead);
    } else if (frame != told && countSays(told, MORE) && !makersDead(told)) {
      // "Two more soldiers died of their wounds", "a civilian was also killed": dead besides
      // those counted, not another count of the same dead. They add to the count so far, which
      // may stand on no side when the first report named none ("killing six").
      int counted = reported[side] > 0 ? side : largest(reported);
      reported[counted] += dead;
    } else {
      reported[side] = Math.max(reported[side], dead);
    }
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

  /** Whether the candidate's toll is marked as the dead of the side that acted. */
  private static boolean makersDead(Event told) {
    return told.evidence().stream().anyMatch(v -> v.field().equals("fatalities")
        && v.note().contains(Event.MAKERS_DEAD));
  }

  /** Which side of the event the candidate's dead were on: 1, 2, or 0 when it cannot be told. */
  private static int side(Event frame, Event told) {
    Optional<Actor> victims = told.actor2();
    boolean ofSide1 = victims.isPresent() && frame.actor1().map(a -> sameSide(a, victims.get())).orElse(false);
    // "SDF fighters repelled the attack and four assailants were killed": told from the side
    // attacked, whose dead are the attackers'.
    boolean toldByTarget = victims.isEmpty()
        && told.actor1().map(a -> frame.actor2().map(b -> agree(a, b)).orElse(false)).orElse(false);
    // "Two soldiers were also killed" after "soldiers killed 23 militants": the toll borrowed
    // the event's sides, and its evidence says whose dead they are.
    if (frame != told && (ofSide1 || toldByTarget || makersDead(told))) {
      return 1;
    }
    // The victims of an event that names no target, or of its target, are the second side:
    // "soldiers" claimed dead where police were reported so are the same state's forces.
    boolean ofSide2 = victims.isPresent()
        && frame.actor2().map(a -> sameSide(a, victims.get())).orElse(true);
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
  }

  /**
   * "Nine attackers were also killed" after "Taliban fighters attacked": a description of armed
   * men is on the side of the armed group that acted, whether or not the dictionary names the same
   * kind of group for both.
   */
  static boolean sameSide(Actor x, Actor y) {
    return agree(x, y) || (x.generic() || y.generic()) && armedGroup(x) && armedGroup(y)
        || oneCrowd(x, y) || oneState(x, y);
  }

  /** "Police Forces of Afghanistan (2014-) ...": the state and the period of its government. */
  private static final java.util.regex.Pattern STATE = java.util.regex.Pattern.compile(
      "^(?:Military|Police) Forces of (.+? \\(\\d{4}-(?:\\d{4})?\\))");

  /**
   * The forces of one government: one side, whether a report says police or soldiers ("a
   * policeman was killed at a checkpoint ... the Taliban claimed four soldiers were killed").
   * Rival governments of one country (Yemen's since 2016, Libya's since 2014) are not one.
   */
  private static boolean oneState(Actor x, Actor y) {
    if (x.inter() != 1 || y.inter() != 1) {
      return false;
    }
    java.util.regex.Matcher a = STATE.matcher(x.name());
    java.util.regex.Matcher b = STATE.matcher(y.name());
    return a.find() && b.find() && a.group(1).equals(b.group(1));
  }

  /** Rioters and protesters of one country: one crowd, whether it marched or threw stones. */
  private static boolean crowd(Actor a) {
    return a.inter() == 5 || a.inter() == 6;
  }

  private static boolean oneCrowd(Actor x, Actor y) {
    return crowd(x) && crowd(y) && x.iso3().equals(y.iso3());
  }

  static boolean armedGroup(Actor a) {
    return a.inter() >= 2 && a.inter() <= 4;
  }

  static boolean agree(Actor x, Actor y) {
    if (x.name().equals(y.name())) {
      return true;
    }
    return (x.generic() || y.generic()) && x.inter() == y.inter() && !(x.generic() && y.generic());
  }

  /**
   * @param dateOfA whether the record takes {@code a}'s date rather than {@code b}'s
   * @param riot a fight was told in the demonstration: it is a violent demonstration at least
   * @param placed the record whose place the event takes, when it is settled already
   */
  static Event combine(Event a, Event b, boolean dateOfA, boolean riot, Optional<Event> placed) {
    SubEventType type = CombinedTypes.of(a, b, riot);
    // Of two descriptions of one side ("Protesters", "Rioters"), the one that goes with the type
    // the event is coded as; a name beats either.
    boolean typedByB = type == b.subEventType() && type != a.subEventType();
    Optional<Actor> actor1 = a.actor1().filter(x -> !x.generic()).or(() -> b.actor1()
        .filter(x -> !x.generic() || typedByB || a.actor1().isEmpty())
        .filter(x -> a.actor1().map(y -> sameSide(x, y)).orElse(true))).or(a::actor1);
    Optional<Actor> actor2 = otherSide(actor1, a, b);
    boolean flipped = b.actor1().map(x -> actor2.map(y -> agree(x, y)).orElse(false)).orElse(false)
        || b.actor2().map(x -> actor1.map(y -> agree(x, y)).orElse(false)).orElse(false);
    List<Actor> assoc1 = union(a.assocActor1(), flipped ? b.assocActor2() : b.assocActor1(), actor1, actor2);
    List<Actor> assoc2 = union(a.assocActor2(), flipped ? b.assocActor1() : b.assocActor2(), actor1, actor2);
    Event placeFrom = placed.orElseGet(() -> betterPlace(a, b));
    Event dateFrom = dateOfA ? a : b;
    List<Evidence> evidence = new ArrayList<>(a.evidence());
    for (Evidence e : b.evidence()) {
      // Two triggers of one sentence quote the same sentence: once is enough.
      boolean known = evidence.stream().anyMatch(x -> x.field().equals(e.field())
          && x.start() == e.start() && x.end() == e.end());
      if (!known) {
        evidence.add(e);
      }
    }
    return new Event(a.eventId(), a.article(), dateFrom.eventDate(), dateFrom.timePrecision(),
        type, actor1, assoc1, actor2, assoc2, placeFrom.place(),
        placeFrom.geoPrecision(), a.source(), "", Math.max(a.fatalities(), b.fatalities()),
        Math.max(a.injured(), b.injured()), Math.max(a.captured(), b.captured()), a.cameo(),
        a.plover(), a.modality(), 1 - (1 - a.confidence()) * (1 - b.confidence() / 2),
        evidence);
  }

  /** True when one record's side and another's are the same words ("them" told back). */
  static boolean sameWords(Event a, String fieldA, Event b, String fieldB) {
    return anyPair(a, fieldA, b, fieldB, (x, y) -> y.start() == x.start() && y.end() == x.end());
  }

  /** Whether some evidence of one record's field and some of another's are alike, as told. */
  static boolean anyPair(Event a, String fieldA, Event b, String fieldB,
      java.util.function.BiPredicate<Evidence, Evidence> alike) {
    return a.evidence().stream().filter(x -> x.field().equals(fieldA))
        .anyMatch(x -> b.evidence().stream().filter(y -> y.field().equals(fieldB))
            .anyMatch(y -> alike.test(x, y)));
  }

  /** The opponent of {@code actor1} among both records' actors, named before generic. */
  private static Optional<Actor> otherSide(Optional<Actor> actor1, Event a, Event b) {
    List<Actor> candidates = new ArrayList<>();
    a.actor2().ifPresent(candidates::add);
    b.actor2().ifPresent(candidates::add);
    // "A bomb exploded ... police blamed al-Shabaab": a named maker that took the place of an
    // unnamed armed group is that group named, not its opponent.
    a.actor1().filter(x -> actor1.map(y -> !armedGroup(x) || !x.generic() || !sameSide(x, y))
        .orElse(true)).ifPresent(candidates::add);
    // "Inmates set mattresses on fire and clashed with guards": the words that made the burning
    // are the rioters, however the burning alone had coded them.
    // "The shelling came a day after ...": a maker coded by convention, since the words named
    // none, is no opponent either.
    b.actor1().filter(x -> !sameWords(a, "actor1", b, "actor1") && !b.makerByConvention())
        .ifPresent(candidates::add);
    // "Traders protesting a levy threw stones at police": the protesters who riot are the
    // rioters, not their opponents.
    Optional<Actor> opponent = candidates.stream()
        .filter(x -> actor1.map(y -> !agree(x, y) && !oneCrowd(x, y)).orElse(true))
        .min((x, y) -> Boolean.compare(x.generic(), y.generic()));
    // "Two rival armed groups clashed ... The fighting lasted hours": a record that coded both
    // sides as the same party keeps its second side when another record joins it.
    return opponent.or(() -> Stream.of(a, b)
        .filter(r -> r.actor2().isPresent() && r.actor1().equals(r.actor2()))
        .map(r -> r.actor2().get())
        .filter(x -> actor1.map(y -> y.equals(x)).orElse(false))
        .findFirst());
  }


  private static List<Actor> union(List<Actor> x, List<Actor> y, Optional<Actor> a1,
      Optional<Actor> a2) {
    List<Actor> out = new ArrayList<>();
    for (List<Actor> list : List.of(x, y)) {
      for (Actor actor : list) {
        boolean main = a1.map(actor::equals).orElse(false) || a2.map(actor::equals).orElse(false);
        if (!main && !out.contains(actor)) {
          out.add(actor);
        }
      }
    }
    return out;
  }

  /** A town beats a region, a place named in the sentence beats one inferred near it. */
  private static Event betterPlace(Event a, Event b) {
    if (b.place().isEmpty()) {
      return a;
    }
    if (a.place().isEmpty()) {
      return b;
    }
    return rank(b) < rank(a) ? b : a;
  }

  private static int rank(Event e) {
    int area = e.place().get().isArea() ? 10 : 0;
    return area + (e.geoPrecision() == GeoPrecision.EXACT ? 0 : e.geoPrecision().code());
  }
}
