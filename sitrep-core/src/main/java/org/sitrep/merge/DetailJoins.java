package org.sitrep.merge;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sitrep.internal.HarmWords;
import org.sitrep.model.Actor;
import org.sitrep.model.Candidate;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.MentionRole;
import org.sitrep.model.SubEventType;

/**
 * The ways a mention told near an event may belong to it though its type differs: the fight of a
 * demonstration, the force used on it or on a riot, a part of a demonstration told before it, the
 * surrender that ended a fight, the withdrawal that ended a raid, the hurt told before force on a
 * demonstration, the two sides of a fight told again. Read by {@link ArticleMerger} for the event
 * told last before the mention.
 */
final class DetailJoins {
  private DetailJoins() {}

  /** Words that open a sentence to tell another act than those told before it. */
  private static final Pattern TOLD_APART = Pattern.compile("^(?:separately|elsewhere"
      + "|in a separate \\w+|in another (?:incident|attack|case|development))\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * "Separately, hundreds of women marched ...": a sentence that says it tells another act is
   * no part or detail of an event of another kind told before it. One of the same kind, day,
   * place and sides is still that event, as ACLED counts acts: two attacks of a day, a district
   * and a pair of sides are one event, their figures added.
   */
  static List<Cluster> openTo(List<Cluster> clusters, Candidate c) {
    boolean apart = TOLD_APART.matcher(ArticleMerger.sentence(c).text().strip()).find();
    return !apart ? clusters : clusters.stream().filter(k -> k.lastSentence() >= c.sentence()
        || k.event().subEventType() == c.event().subEventType()).toList();
  }

  /**
   * "Gunmen kidnapped a priest ... Soldiers burned down several houses": houses burned or people
   * taken by an armed party the words name, on neither side of an act of political violence, are
   * that party's act, not a part of the event. A maker no words named may be either side's, and so
   * may one of the side a fight was told without; arrests and arms seized after an act answer it,
   * and a demonstration's are the force used on it.
   */
  static boolean byAnotherParty(Cluster k, Candidate c) {
    Event e = c.event();
    List<Actor> sides = Agreement.sides(k.event());
    boolean lesser = e.subEventType() == SubEventType.LOOTING
        || e.subEventType() == SubEventType.ABDUCTION;
    // A fight told with one side has another the lesser act's maker may be.
    boolean sideUntold = k.event().eventType() == EventType.BATTLES && sides.size() < 2;
    boolean armed = e.actor1().map(a -> a.inter() == 1 || Sides.armedGroup(a)).orElse(false);
    return lesser && armed && k.event().eventType().politicalViolence() && !e.makerByConvention()
        && !sides.isEmpty() && !sideUntold
        && sides.stream().noneMatch(s -> Sides.sameSide(s, e.actor1().get()));
  }

  /**
   * "Rioters demonstrating against prices blocked the highway, and the two sides clashed":
   * a fight that names no maker, told in the sentence of a demonstration, is that
   * demonstration's.
   */
  static boolean fightInADemonstration(Cluster k, Candidate c) {
    Event e = c.event();
    return Kinds.demonstration(k.event().eventType())
        && e.subEventType() == SubEventType.ARMED_CLASH
        && k.lastSentence() == c.sentence() && MUTUAL_FIGHT.matcher(c.trigger().text()).matches()
        && e.actor1().map(a -> a.generic() && a.inter() == 3).orElse(true);
  }

  /**
   * "Thousands of protesters stormed the parliament ... Police opened fire and at least five
   * people were shot dead": the state's forces firing, just after a demonstration, on people no
   * word sets apart from it, or on no one named, is the force used on that demonstration, not an
   * attack or a clash of its own.
   */
  static boolean forceOnADemonstration(Cluster k, Candidate c) {
    Event e = c.event();
    // In the demonstration's own sentence a killing is more often its cause ("protested after
    // guards killed 40 prisoners").
    return Kinds.demonstration(k.event().eventType()) && c.sentence() == k.lastSentence() + 1
        && (e.subEventType() == SubEventType.ATTACK
            || e.subEventType() == SubEventType.ARMED_CLASH && e.actor2().isEmpty())
        && e.actor1().map(a -> a.inter() == 1).orElse(false)
        && e.actor2().map(a -> a.inter() == 7 && a.generic()).orElse(true);
  }

  /** Words that tell a crowd gathered to demonstrate. */
  private static final Pattern DEMONSTRATING = Pattern.compile(
      "(?i)\\b(?:protest|demonstrat|march|rall(?:y|ies)|sit-in|picket)");

  /**
   * "Activists of two factions clashed with machetes ... Police fired rubber bullets to bring the
   * situation under control and detained eight people": force the state's forces use, just after
   * a riot, on a crowd no word of the sentence calls demonstrators is how the riot was ended, not
   * a protest of its own.
   */
  static boolean forceOnARiot(Cluster k, Candidate c) {
    Event e = c.event();
    return k.event().eventType() == EventType.RIOTS && c.sentence() > k.lastSentence()
        && e.subEventType() == SubEventType.PROTEST_WITH_INTERVENTION
        && e.actor2().map(a -> a.inter() == 1).orElse(false)
        && !DEMONSTRATING.matcher(ArticleMerger.sentence(c).text()).find();
  }

  /**
   * A part of a demonstration told before it, in its sentence: "Police detained dozens of
   * supporters who had gathered to protest" (the people held were the protest's own), "Inmates
   * set mattresses on fire and clashed with guards to protest" (the same people burned and
   * fought). The arrest or the burning is how the demonstration went, so the demonstration leads,
   * as it does when such a part is told after it.
   */
  static boolean partToldFirst(Cluster k, Candidate c) {
    SubEventType part = k.event().subEventType();
    if (k.members().size() != 1 || k.lastSentence() != c.sentence()
        || !Kinds.partOf(part, c.event().subEventType())) {
      return false;
    }
    return part == SubEventType.ARRESTS
        ? Sides.sameWords(k.event(), "actor2", c.event(), "actor1")
        : Sides.sameWords(k.event(), "actor1", c.event(), "actor1");
  }

  /**
   * "Rebels overran the base after hours of fighting. Some 200 soldiers surrendered": a surrender
   * by a side of the fight told just before ends that fight, which ACLED codes as one event; a
   * surrender told alone is an agreement.
   */
  static boolean surrenderInAFight(Cluster k, Candidate c) {
    return k.event().eventType() == EventType.BATTLES
        && c.event().subEventType() == SubEventType.AGREEMENT
        && c.trigger().text().toLowerCase(Locale.ROOT).startsWith("surrender")
        && Agreement.actorsAgree(k.event(), c.event());
  }

  /**
   * "Militants stormed the village, killing four ... The militants then withdrew": a withdrawal by
   * the side that had just attacked is how its raid ended, not ground changing hands. (A side that
   * withdraws after another attacked it may be giving ground up, and stays an event of its own.)
   */
  static boolean withdrawalAfterARaid(Cluster k, Candidate c) {
    Event e = c.event();
    return e.subEventType() == SubEventType.NON_VIOLENT_TRANSFER
        && e.actor1().isPresent() && e.actor1().equals(k.event().actor1())
        && (k.event().eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS
            || k.members().stream().anyMatch(m -> RAID.matcher(m.trigger().text()).lookingAt()));
  }

  /**
   * "Army says 30 militants killed after attack on post", over a report of the attack (six
   * killed) and then of the army's answer (30 killed): a headline's toll names the event that has
   * it, when it fits more than one act and only one of them has that toll.
   *
   * @param fits whether the headline may name the act at all (its kind agrees, nothing differs)
   */
  static Optional<Cluster> byHeadlinesToll(List<Cluster> clusters, Candidate headline,
      Predicate<Cluster> fits) {
    Event e = headline.event();
    if (!Grounding.counted(e)) {
      return Optional.empty();
    }
    List<Cluster> fitting = clusters.stream().filter(fits).toList();
    List<Cluster> tolled = fitting.stream().filter(k -> sameCounts(k.event(), e)).toList();
    return fitting.size() > 1 && tolled.size() == 1 ? Optional.of(tolled.get(0))
        : Optional.empty();
  }

  /** The counts the headline gives are the event's. */
  private static boolean sameCounts(Event event, Event headline) {
    return (headline.fatalities() == 0 || headline.fatalities() == event.fatalities())
        && (headline.injured() == 0 || headline.injured() == event.injured())
        && (headline.captured() == 0 || headline.captured() == event.captured());
  }

  /**
   * "At least five people were injured when police baton-charged lawyers protesting": injuries
   * told before force used on a demonstration, or before a riot, in their sentence are its hurt.
   * A death so told, or injuries before a peaceful protest, are more often the protest's cause;
   * and a report of violence so told already joins the hurt as the same kind of act.
   */
  static boolean hurtBeforeForce(Candidate c, List<Candidate> all) {
    String hurt = c.trigger().text();
    return HarmWords.onlyHurt(hurt) && !HarmWords.dying(hurt)
        && all.stream().anyMatch(o -> o.role() == MentionRole.REPORT && toldAfter(o, c)
            && o.sentence() == c.sentence() && FORCE_OR_RIOT.contains(o.event().subEventType()));
  }

  private static final Set<SubEventType> FORCE_OR_RIOT = Set.of(
      SubEventType.PROTEST_WITH_INTERVENTION, SubEventType.EXCESSIVE_FORCE,
      SubEventType.VIOLENT_DEMONSTRATION);

  /** Whether {@code m} is told after {@code c}: in a later sentence, or later in its own. */
  static boolean toldAfter(Candidate m, Candidate c) {
    return m.sentence() > c.sentence()
        || m.sentence() == c.sentence() && m.trigger().start() > c.trigger().start();
  }

  /**
   * The two sides told before, as the subject of a clause: "the two groups attacked", "said both
   * sides fired", "the rivals fought".
   */
  private static final Pattern THE_TWO_SIDES = Pattern.compile("(?i)(?:^|said\\s+|,\\s*)"
      + "(?:(?:the\\s+)?(?:two|both|rival|warring)\\s+(?:groups|sides|factions|camps|parties"
      + "|gangs|clans|communities)|(?:the\\s+)?rivals)\\s+\\p{Ll}+");

  /**
   * "Activists of Qqq and Zzz clashed ... Witnesses said the two groups attacked each other with
   * sticks and wrecked shops": the two sides told again, in the sentence after, are the fight
   * told just before, whatever kind the words of the second telling make of its acts.
   */
  static boolean theTwoSidesAgain(Cluster k, Candidate c) {
    Event fight = k.event();
    EventType kind = c.event().eventType();
    return fight.actor1().isPresent() && fight.actor2().isPresent()
        && (fight.eventType() == EventType.BATTLES || fight.eventType() == EventType.RIOTS)
        && (kind.politicalViolence() || kind == EventType.RIOTS)
        && k.first().sentence() < c.sentence() && c.sentence() - k.lastSentence() <= 1
        && THE_TWO_SIDES.matcher(ArticleMerger.sentence(c).text()).find();
  }

  /** Words of an attack that goes in and comes out: a raid, a storming, an ambush. */
  private static final Pattern RAID = Pattern.compile(
      "(?i)(storm|raid|attack|assault|ambush|overr[au]n|swoop)\\w*");

  /** Words of a fight both sides took part in; not "an attack on media freedom". */
  static final Pattern MUTUAL_FIGHT = Pattern.compile(
      "(?i)clash\\w*|fought|fight(s|ing)?|scuffle\\w*|skirmish\\w*");
}
