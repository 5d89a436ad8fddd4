package org.sitrep.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.internal.HarmWords;
import org.sitrep.model.Actor;
import org.sitrep.model.Candidate;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.MentionRole;
import org.sitrep.model.Place;
import org.sitrep.model.Rejection;
import org.sitrep.model.StoryKind;
import org.sitrep.model.SubEventType;

/**
 * Folds the mentions of one article into one record per event, in text order.
 *
 * <ul>
 *   <li>A report joins an event told before when both are the same kind of act, their actors
 *       agree (one side's actors are among the other's; a description such as "gunmen" agrees
 *       with a named group of its kind), their places agree (the same place, or one unknown or a
 *       region around the other) and their days agree (the same day, or one not given). Two
 *       places or two days make two events.
 *   <li>A reference ("the attack", "a probe into the explosion") joins the latest event of its
 *       kind that its own words do not contradict; with none, it is an event of its own only when
 *       its own words say where or when, or count its dead.
 *   <li>An outcome ("twenty insurgents were killed") joins the violent event told within a few
 *       sentences before it, unless its own place or day differ.
 * </ul>
 *
 * Each join is said in the evidence of the joining trigger. An event that, with all its mentions,
 * has no place, no date of its own, no count and no named actor is set aside: in general news
 * such sentences are idioms ("they fought", "people demonstrated"), unless the {@link EventReader}
 * vouches for its sentence.
 */
public final class ArticleMerger {
  /** How many sentences after an event an outcome may still be part of it. */
  private static final int OUTCOME_WINDOW = 10;
  /** How many sentences after a toll the act it counts may be told. */
  private static final int TOLD_AFTER = 2;

  private final EventReader reader;

  /** A merger that sets aside every ungrounded event. */
  public ArticleMerger() {
    this(EventReader.NONE);
  }

  /** @param reader asked of each event that nothing in its words grounds */
  public ArticleMerger(EventReader reader) {
    this.reader = reader;
  }

  /**
   * @param published the report's publication date: events dated well before it are history
   * @param story in a court story or a retrospective, only events the report itself dates lately
   *     are news
   */
  public Merged merge(List<Candidate> candidates, Optional<LocalDate> published, StoryKind story) {
    List<Cluster> clusters = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    List<Candidate> deferred = new ArrayList<>();
    // The headline comes first in the text but names what the body tells: it is joined last.
    List<Candidate> ordered = new ArrayList<>(candidates);
    ordered.sort(java.util.Comparator.comparing((Candidate c) -> c.role() == MentionRole.HEADLINE));
    for (Candidate c : ordered) {
      // "Gunmen killed five on Sunday. In 2019, an attack on a village left 12 dead": what the
      // text dates long before publication is history, and history and the news the text dates
      // are two events, however alike they are told. (A mention whose day was only borrowed from
      // the sentences before may still be either; in a court story or a retrospective the day
      // of the hearing dates many sentences, and the background is set aside whole, below.)
      // A mention lent a month long past by the account before it ("Protests began in November
      // 2024 ... Police detained 400 people in the first weeks") is history as well. An event
      // the account dated ("Hours later, ...") is of the account's time, not history's.
      boolean history = historical(c.event(), published);
      List<Cluster> open = story != StoryKind.NEWS || !c.datedHere() && !history ? clusters
          : clusters.stream().filter(k -> !k.datedHere() && !k.datedByTheAccount()
              || historical(k.event(), published) == history).toList();
      Optional<Join> home = home(DetailJoins.openTo(open, c), c);
      if (home.isPresent()) {
        home.get().cluster().join(c, home.get().why(), home.get().riot(), home.get().leads());
      } else if (c.role() == MentionRole.OUTCOME && DetailJoins.hurtBeforeForce(c, ordered)) {
        // "Five people were injured when police baton-charged lawyers protesting": the hurt
        // told before the force used on a demonstration in their sentence are its.
        deferred.add(c);
        continue;
      } else if (!Grounding.standsAlone(c, ordered)) {
        if (c.role() == MentionRole.OUTCOME || c.role() == MentionRole.REFERENCE) {
          deferred.add(c);
          continue;
        }
        rejections.add(rejection(c, c.role() == MentionRole.REPORT ? Grounding.UNGROUNDED
            : "refers to an event the report does not tell", ""));
      } else {
        // "The firing continued into Thursday": a day of its own, with the sides of the act.
        clusters.add(new Cluster(Continuations.withSidesOfTheActContinued(clusters, c)));
      }
    }
    // "The death toll from last week's attack has risen to 23. Gunmen stormed the mosque ...": a
    // lead that tells the toll of an act before the act joins the act told just after it.
    for (Candidate c : deferred) {
      // "The toll ... rose to 42 after more injured died. Gunmen had opened fire on the convoy":
      // the act may be told after the toll by a report that joined what the toll's sentence
      // said of the hurt.
      Optional<Cluster> after = clusters.stream()
          .filter(k -> k.first().sentence() >= c.sentence()
              && k.members().stream().anyMatch(m -> DetailJoins.toldAfter(m, c)
                  && m.sentence() - c.sentence() <= TOLD_AFTER && m.role() == MentionRole.REPORT)
              && (k.event().eventType().politicalViolence()
                  || Kinds.demonstration(k.event().eventType()))
              && !contradicts(k, c, true))
          .min(java.util.Comparator.comparingInt(k -> k.first().sentence()));
      if (after.isPresent()) {
        after.get().join(c, "tells the toll of the event told after it, " + at(after.get()),
            false, false);
      } else {
        rejections.add(rejection(c, "refers to an event the report does not tell", ""));
      }
    }
    List<Event> events = new ArrayList<>();
    for (Cluster k : clusters) {
      Event e = takenOnly(k);
      if (historical(e, published)) {
        // Every mention of an event long past is background: "the attack" that refers to it too.
        String when = e.evidence().stream().filter(v -> v.field().equals("event_date"))
            .map(Evidence::text).findFirst().orElse("");
        k.members().forEach(c -> rejections.add(
            rejection(c, "historical (dated long before publication)", when)));
      } else if (story != StoryKind.NEWS && published.isPresent()
          && !k.datedLately(published, Event.HISTORY_DAYS)) {
        String why = story == StoryKind.COURT ? "background of a court report"
            : "background of a retrospective";
        k.members().forEach(c -> rejections.add(rejection(c, why, "")));
      } else {
        Optional<Event> grounded = !Grounding.ungrounded(e, k) ? Optional.of(e)
            : Grounding.vouched(e, k.first(), sentence(k.first()), reader);
        if (grounded.isEmpty()) {
          rejections.add(rejection(k.first(), Grounding.UNGROUNDED, ""));
        } else if (injuriesOnly(k)) {
          k.members().forEach(c -> rejections.add(rejection(c, "injuries with no act of violence", "")));
        } else {
          events.add(grounded.get());
        }
      }
    }
    return new Merged(MakersOfFireFromAfar.named(events).stream().map(EventNotes::withNotes)
        .toList(), rejections);
  }

  /**
   * "Armed men stormed a bus and abducted 12 passengers": an attack whose only harm told is the
   * people it took is an abduction; one that also killed or wounded stays an attack.
   */
  private static Event takenOnly(Cluster k) {
    Event e = k.event();
    // People an attack on civilians captured were abducted, whether the abduction was told as a
    // mention of its own or within the attack's ("stormed a bus ... and abducted 12").
    boolean took = e.captured() > 0 || k.members().stream()
        .anyMatch(c -> c.event().subEventType() == SubEventType.ABDUCTION);
    // Those the state's forces take are arrested, which an arrest's own record tells.
    boolean state = e.actor1().map(a -> a.inter() == 1).orElse(false);
    if (e.subEventType() != SubEventType.ATTACK || !took || state
        || e.fatalities() + e.injured() > 0) {
      return e;
    }
    return e.retyped(SubEventType.ABDUCTION, "an attack whose only harm is the people it took");
  }

  /**
   * @param riot a fight joins a demonstration, which it makes a violent one
   * @param leads the joining mention names the event, whose type and sides lead
   */
  private record Join(Cluster cluster, String why, boolean riot, boolean leads) {
    Join(Cluster cluster, String why) {
      this(cluster, why, false, false);
    }
  }

  private static Optional<Join> home(List<Cluster> clusters, Candidate c) {
    Event e = c.event();
    return switch (c.role()) {
      case REPORT -> {
        for (Cluster k : clusters) {
          if (Agreement.sameEvent(k, c)) {
            yield Optional.of(new Join(k, "same event as " + at(k) + ": same act, sides, place and day"));
          }
        }
        // "Five soldiers were killed on Monday. Militants ambushed their convoy": the full report.
        // "Gunmen attacked a village. The attackers opened fire on residents": a detail of it.
        Optional<Cluster> last = latest(clusters).filter(k -> c.sentence() - k.lastSentence() <= OUTCOME_WINDOW
            && !placeOrDayDiffer(k, c) && !townBesideAnUnknownPlace(k, c));
        // A report that names no side but gives a place, a day or a count of its own ("three
        // children were among those killed in Hodeida") has ACLED's conventional sides, which
        // cannot disagree with those told; one that gives nothing ("it is not clear who was
        // behind the killings") tells no more of the event.
        boolean toldBare = noParty(c) && (c.ownPlace() || c.ownDate() || Grounding.counted(e));
        Optional<Join> detail = last.filter(k -> (Kinds.referenceAgrees(e.subEventType(),
                k.event().subEventType()) || Kinds.blastOfAStrike(c, k.event()))
                && (k.weak() || toldBare || Agreement.actorsAgree(k.event(), e)) && !contradicts(k, c)
                && !anotherActToldApart(k, c))
            .map(k -> new Join(k, k.weak() ? "tells in full the event of " + at(k)
                : "tells more of the event of " + at(k) + (c.sidesTold() ? ": the same sides"
                    : ": no side named") + ", no other place or day"));
        // "They set fire to houses", "41 people were detained": part of the attack or protest.
        yield detail.or(() -> last.filter(k -> Kinds.partOf(e.subEventType(), k.event().subEventType())
                && !DetailJoins.byAnotherParty(k, c))
            .map(k -> new Join(k, "part of the event of " + at(k))))
            .or(() -> last.filter(k -> DetailJoins.forceOnADemonstration(k, c))
                .map(k -> new Join(k, "the force used on the demonstration of " + at(k))))
            .or(() -> last.filter(k -> DetailJoins.forceOnARiot(k, c))
                .map(k -> new Join(k, "the force used to end the riot of " + at(k))))
            .or(() -> last.filter(k -> DetailJoins.fightInADemonstration(k, c))
                .map(k -> new Join(k, "the fight of the demonstration of " + at(k), true, false)))
            .or(() -> last.filter(k -> DetailJoins.partToldFirst(k, c))
                .map(k -> new Join(k, "the demonstration " + at(k) + " was part of", false, true)))
            .or(() -> last.filter(k -> DetailJoins.surrenderInAFight(k, c))
                .map(k -> new Join(k, "the surrender that ended the fight of " + at(k))))
            .or(() -> last.filter(k -> DetailJoins.withdrawalAfterARaid(k, c))
                .map(k -> new Join(k, "the withdrawal that ended the raid of " + at(k))))
            .or(() -> last.filter(k -> DetailJoins.theTwoSidesAgain(k, c))
                .map(k -> new Join(k, "the two sides of the fight of " + at(k) + " again")));
      }
      case OUTCOME -> latest(clusters).filter(k -> (k.event().eventType().politicalViolence()
              || Kinds.demonstration(k.event().eventType()))
              && c.sentence() - k.lastSentence() <= OUTCOME_WINDOW
              && (!contradicts(k, c) || diedLater(k, c)) && !Agreement.anotherYear(k, c))
          .map(k -> new Join(k, "tells who was hurt in the event of " + at(k)));
      case REFERENCE, ASIDE, BACKGROUND, HEADLINE -> {
        // "the attack" refers back to the latest act it fits; a headline names what the story
        // leads with, so it is tried against the acts in the order the body tells them.
        boolean lead = c.role() == MentionRole.HEADLINE;
        Optional<Cluster> tolled = lead ? DetailJoins.byHeadlinesToll(clusters, c,
            k -> Kinds.referenceAgrees(e.subEventType(), k.event().subEventType())
                && !contradicts(k, c)) : Optional.empty();
        if (tolled.isPresent()) {
          yield Optional.of(new Join(tolled.get(), "the headline names the event of "
              + at(tolled.get()) + " by its toll", false, false));
        }
        for (int n = 0; n < clusters.size(); n++) {
          Cluster k = clusters.get(lead ? n : clusters.size() - 1 - n);
          // "fired tear gas at riders who blocked a road over the killing of a colleague": an
          // act set before the sentence's own is not the act its sentence reports.
          if (c.role() == MentionRole.BACKGROUND && k.members().stream()
              .anyMatch(m -> m.sentence() == c.sentence() && m.role() == MentionRole.REPORT)) {
            continue;
          }
          // "Gang members set fire to a police station ... three officers were killed in the
          // attack": the attack is what the burning was part of, and it names the event.
          boolean namesTheAct = Kinds.attackOnADestruction(e.subEventType(), k.event());
          boolean defended = Kinds.attackOnADefendedTown(e, k.event()) && !placeDiffers(k, c);
          if (defended || (namesTheAct || Kinds.referenceAgrees(e.subEventType(),
              k.event().subEventType())) && !contradicts(k, c)) {
            String how = c.role() == MentionRole.HEADLINE ? "the headline names the event of "
                : "refers to the event of ";
            yield Optional.of(new Join(k, how + at(k), false, namesTheAct || defended));
          }
        }
        yield Optional.empty();
      }
    };
  }

  private static boolean historical(Event e, Optional<LocalDate> published) {
    return published.isPresent() && explicitDate(e)
        && e.eventDate().get().isBefore(published.get().minusDays(Event.HISTORY_DAYS));
  }

  static Optional<Cluster> latest(List<Cluster> clusters) {
    return clusters.stream().max((a, b) -> Integer.compare(a.lastSentence(), b.lastSentence()));
  }

  static String at(Cluster k) {
    Evidence t = k.first().trigger();
    return "'" + t.text() + "' at " + t.start();
  }

  /**
   * "soldiers attacked a rebel position near Qqq. ... a truck hit a landmine near Kitui": the
   * event was told at a place the gazetteer does not know, and a report of its own at a town it
   * knows, which is not that place, tells another act.
   */
  private static boolean townBesideAnUnknownPlace(Cluster k, Candidate c) {
    Optional<Place> town = c.event().place().filter(p -> !p.isArea());
    return c.ownPlace() && k.namesUnknownPlace() && !k.hasOwnPlace() && town.isPresent()
        // The place the event fell back to, a town named before, may be the same town.
        && !k.event().place().map(p -> p.name().equals(town.get().name())).orElse(false);
  }

  /**
   * "Soldiers attacked a rebel camp near Qqq. A bus hit a landmine near Lodwar": an act of
   * another kind than the event, which names no one and is placed by its own words where the
   * event was not placed (its place unknown), is another act, not a detail of the fight. (Told
   * at the fight's own place, "explosions were heard near Qqq", it may be the fight's.)
   */
  private static boolean anotherActToldApart(Cluster k, Candidate c) {
    SubEventType act = c.event().subEventType();
    return noParty(c) && c.ownPlace() && !k.hasOwnPlace() && !Kinds.generic(act)
        && act.eventType() != k.event().eventType();
  }

  /** A mention's own place or day that the event cannot have. */
  private static boolean placeOrDayDiffer(Cluster k, Candidate c) {
    return placeDiffers(k, c) || Agreement.daysDiffer(k, c);
  }

  /**
   * The mention names no party: no side at all, or words that name none ("The strike hit a
   * gathering": the act, a crowd).
   */
  private static boolean noParty(Candidate c) {
    Event e = c.event();
    return !c.sidesTold() || e.makerByConvention() && e.actor2().isEmpty();
  }

  private static boolean placeDiffers(Cluster k, Candidate c) {
    Event ev = k.event();
    Event e = c.event();
    // "... in the Segou region. The strike hit a village near Tominian": a town in the province the
    // event was told in, by a mention that names no other party, says where in it the event was;
    // so does one that tells the same act by the same maker ("A military air strike on a village
    // in the Qqq region killed 12. Two fighter jets dropped bombs on Zzz village").
    // The maker named, not one by convention: "two blasts in Qqq province" may be told blast by
    // blast, each by unidentified militants.
    boolean sameActAndMaker = e.subEventType() == ev.subEventType()
        && e.actor1().filter(a -> !a.generic()).isPresent()
        && ev.actor1().filter(a -> !a.generic()).isPresent()
        && Sides.agree(ev.actor1().get(), e.actor1().get());
    boolean inProvinceTold = ev.geoPrecision() == GeoPrecision.REGION
        && (noParty(c) || sameActAndMaker)
        && ev.place().flatMap(p -> e.place().map(q -> p.iso3().equals(q.iso3())
            && !p.admin1().isEmpty() && p.admin1().equals(q.admin1()))).orElse(false);
    if (inProvinceTold) {
      return false;
    }
    // "Earlier in the day, a march in Valparaiso ...": a town the mention names is another
    // place than the town the event was placed in, though that was only named before.
    boolean townBefore = ev.place().map(p -> !p.isArea()).orElse(false);
    if (c.ownPlace() && (k.hasOwnPlace() || townBefore) && !Agreement.placesAgree(ev, e)) {
      return true;
    }
    if (!k.sharesPlaceWords(c)) {
      // "Four militants were killed in neighbouring Shah Wali Kot district": a place the
      // gazetteer may not know, but not the place of the event before.
      return true;
    }
    return false;
  }

  /** A mention's own place, day or named actor that the event cannot have. */
  private static boolean contradicts(Cluster k, Candidate c) {
    return contradicts(k, c, false);
  }

  /**
   * @param weekWide a day within the week or month the other is dated to agrees ("last week's
   *     attack", then the attack's own day); otherwise days agree only when they are one
   */
  private static boolean contradicts(Cluster k, Candidate c, boolean weekWide) {
    Event ev = k.event();
    Event e = c.event();
    boolean dayOnly = weekWide && !ReportedDays.compare(ev, e).contradicts();
    if (placeOrDayDiffer(k, c) && !(dayOnly && !placeDiffers(k, c))) {
      return true;
    }
    return sidesContradict(k, c);
  }

  /**
   * "Two more officers died of their wounds on Monday": the wounded of an event die days after
   * it, and the day of their death is not the event's.
   */
  private static boolean diedLater(Cluster k, Candidate c) {
    Optional<java.time.LocalDate> died = c.event().eventDate();
    Optional<java.time.LocalDate> day = k.event().eventDate();
    return HarmWords.dying(c.trigger().text()) && died.isPresent() && day.isPresent()
        && died.get().isAfter(day.get()) && !placeDiffers(k, c) && !sidesContradict(k, c);
  }

  private static boolean sidesContradict(Cluster k, Candidate c) {
    Event ev = k.event();
    Event e = c.event();
    Optional<Actor> named = e.actor1().filter(a -> !a.generic());
    // "A military jet bombed a school ..." under "Junta air strike hits school": an act whose
    // maker no words named may be the one the other mention names.
    if (named.isPresent() && !ev.makerByConvention()
        && Agreement.sides(ev).stream().noneMatch(a -> Sides.sameSide(a, named.get()))) {
      return true;
    }
    // "the deadliest attack on the SDF" is not the air strike on Islamic State told before; but
    // "the air strike killed three Islamic State members" names whom the strike told before hit.
    Optional<Actor> target = e.actor2().filter(a -> !a.generic());
    boolean bothSides = ev.actor1().isPresent() && ev.actor2().isPresent();
    return target.isPresent() && bothSides
        && Agreement.sides(ev).stream().noneMatch(a -> Sides.sameSide(a, target.get()));
  }

  /**
   * "Two people were injured as a tree fell", "died of her injuries": mentions that tell only who
   * was hurt tell no violence on their own, even when a death is counted beside them (a storm, a
   * quake, a crash); in a report of violence they join the act told with them.
   */
  private static boolean injuriesOnly(Cluster k) {
    return k.members().stream().allMatch(c -> (c.role() == MentionRole.OUTCOME
        || c.role() == MentionRole.HEADLINE) && HarmWords.onlyHurt(c.trigger().text()));
  }

  /** True when the text gave the date, not the publication date standing in for it. */
  static boolean explicitDate(Event e) {
    return e.datedByText() && e.eventDate().isPresent();
  }

  private static Rejection rejection(Candidate c, String reason, String cue) {
    return new Rejection(c.trigger(), sentence(c), reason, cue);
  }

  static Evidence sentence(Candidate c) {
    return c.event().evidence().stream().filter(e -> e.field().equals("sentence"))
        .findFirst().orElse(c.trigger());
  }
}
