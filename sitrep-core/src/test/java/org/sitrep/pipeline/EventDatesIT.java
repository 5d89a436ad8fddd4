package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

/** Issue #6: the day of an event as a coder reads it, on short reports written here. */
class EventDatesIT {
  /** A Wednesday. */
  private static final String PUBLISHED = "2024-05-08";

  private static Event only(String text) {
    ExtractionResult r = SharedPipeline.extract(text, PUBLISHED);
    assertEquals(1, r.events().size(), () -> "events: " + r.events() + "\nrejections: " + r.rejections());
    return r.events().get(0);
  }

  private static void dated(String text, String day, TimePrecision precision) {
    Event e = only(text);
    assertEquals(Optional.of(LocalDate.parse(day)), e.eventDate(), () -> "event: " + e);
    assertEquals(precision, e.timePrecision());
  }

  @Test
  void aWeekdayIsTheLastSuchDayBeforePublication() {
    dated("Gunmen attacked a police post in Dori on Monday, killing two officers.", "2024-05-06",
        TimePrecision.DAY);
  }

  /** "May 8 (AFP) -" is the day the report was filed, not the lead's own day. */
  @Test
  void aDatelineOfADayAndAnAgencyIsNotTheEventsDate() {
    dated("Shelling kills 15 in El Fasher\n\nMay 8 (AFP) - Shelling by the paramilitaries killed"
        + " at least 15 civilians in El Fasher on Tuesday, a local committee said.", "2024-05-07",
        TimePrecision.DAY);
  }

  @Test
  void aTimelineEntryIsDatedByTheDayItBeginsWith() {
    Event e = only("Attacks in Balochistan\n\nRecent incidents in the province:\n\n"
        + "- May 3: two policemen wounded by a roadside bomb in Turbat\n");
    assertEquals(Optional.of(LocalDate.parse("2024-05-03")), e.eventDate(), () -> "event: " + e);
  }

  @Test
  void lastWeekendIsItsSaturdayWithWeekPrecision() {
    dated("Gunmen attacked a police post in Dori last weekend, killing two officers.", "2024-05-04",
        TimePrecision.WEEK);
  }

  @Test
  void daysAgoCountBackFromPublication() {
    dated("Gunmen attacked a police post in Dori three days ago, killing two officers.", "2024-05-05",
        TimePrecision.DAY);
  }

  @Test
  void overnightIsTheNightBeforePublication() {
    dated("Gunmen attacked a police post in Dori overnight, killing two officers.", "2024-05-07",
        TimePrecision.DAY);
  }

  @Test
  void theNightOfADateIsThatDate() {
    dated("Gunmen attacked a police post in Dori on the night of 3 May, killing two officers.",
        "2024-05-03", TimePrecision.DAY);
  }

  @Test
  void earlierThisMonthIsTheMonth() {
    Event e = only("Gunmen attacked a police post in Dori earlier this month, killing two officers.");
    assertEquals(TimePrecision.MONTH, e.timePrecision());
    assertEquals(Optional.of(LocalDate.parse("2024-05-01")), e.eventDate());
  }

  @Test
  void aFullDateYearsBackIsHistoryNotNews() {
    ExtractionResult r = SharedPipeline.extract(
        "Gunmen attacked a police post in Dori on March 12, 2019, killing two officers.", PUBLISHED);
    assertTrue(r.events().isEmpty(), () -> "events: " + r.events());
    assertTrue(r.rejections().stream().anyMatch(j -> j.reason().startsWith("historical")));
  }

  /**
   * Remembering is no news of what is remembered: an act whose anniversary is kept happened
   * years before, and one told in passing keeps the date its own clause gives it; a funeral of
   * those an act of this week killed still tells that act, on its day.
   */
  @Test
  void actsRememberedOnAnAnniversaryOrMournedYearsLaterAreHistory() {
    for (String text : List.of(
        "Villagers in Kotido marked on Sunday the fifth anniversary of the massacre in which"
            + " raiders killed 30 herders.",
        "Villagers in Kotido marked on Sunday the anniversary of a raid in which gunmen killed"
            + " 30 herders.",
        "Widows in Kotido mourned on Sunday the 14 soldiers who died in an ambush in 2021.")) {
      ExtractionResult r = SharedPipeline.extract(text, PUBLISHED);
      assertTrue(r.events().isEmpty(), () -> text + "\nevents: " + r.events());
      assertTrue(r.rejections().stream().anyMatch(j -> j.reason().startsWith("historical")),
          () -> text + "\nrejections: " + r.rejections());
    }
    Event funeral = only("Mourners in Kotido buried on Sunday the 14 soldiers who died in an"
        + " ambush on Saturday.");
    assertEquals(Optional.of(LocalDate.parse("2024-05-04")), funeral.eventDate(),
        funeral::toString);
  }

  @Test
  void anAttackOfYearsBackToldBesideTodaysIsNotJoinedToIt() {
    // Background with a year only: the same act and place, but not the same event, so its dead
    // are not today's.
    ExtractionResult r = SharedPipeline.extract("Gunmen killed four people near Meru on Monday."
        + " In 2019, an attack on a village near Meru left 15 people dead.", PUBLISHED);
    assertEquals(1, r.events().size(), () -> "events: " + r.events());
    assertEquals(4, r.events().get(0).fatalities());
    assertEquals(Optional.of(LocalDate.parse("2024-05-06")), r.events().get(0).eventDate());
    assertTrue(r.rejections().stream().anyMatch(j -> j.reason().startsWith("historical")));
  }

  @Test
  void aDayWrittenWithoutItsYearTakesTheYearWrittenBeforeIt() {
    // Without the year of "May 1, 2019", "May 3" would be five days before publication: news.
    ExtractionResult r = SharedPipeline.extract("Fighting went on in Meru from May 1, 2019, when"
        + " gunmen attacked a police post, until May 3, when soldiers clashed with the gunmen.",
        PUBLISHED);
    assertTrue(r.events().isEmpty(), () -> "events: " + r.events());
  }

  @Test
  void theNextDayCountsFromTheDayToldBefore() {
    ExtractionResult r = SharedPipeline.extract("Gunmen attacked a police post in Dori on Monday, killing two "
        + "officers. The next day, soldiers clashed with the gunmen near Gorom-Gorom.", PUBLISHED);
    assertTrue(r.events().stream().anyMatch(e -> e.eventDate().equals(Optional.of(LocalDate.parse("2024-05-07")))
        && e.place().map(p -> !p.name().equals("Dori")).orElse(false)), () -> "events: " + r.events());
  }

  /** A day counted from the account before is another day, even with the same sides told. */
  @Test
  void anActTwoDaysEarlierIsNotTheActToldBefore() {
    ExtractionResult r = SharedPipeline.extract("Soldiers shelled a village near Falam on Monday,"
        + " killing four civilians. A resistance group said its fighters had clashed with the"
        + " soldiers near the village two days earlier.", PUBLISHED);
    assertEquals(2, r.events().size(), () -> "events: " + r.events());
    // "Its fighters" are the group's, neither the civilians killed nor the soldiers fought.
    assertTrue(r.events().stream().anyMatch(e -> e.eventDate().equals(
        Optional.of(LocalDate.parse("2024-05-04")))
        && e.actor1().map(a -> a.inter() == 3).orElse(false)), () -> "events: " + r.events());
    // So with the same sides and kind of act, which are otherwise one event's two reports.
    ExtractionResult same = SharedPipeline.extract("Soldiers clashed with rebels near Falam on"
        + " Monday, killing four rebels. The rebels said they had clashed with the soldiers near"
        + " Falam two days earlier.", PUBLISHED);
    assertEquals(2, same.events().size(), () -> "events: " + same.events());
  }

  @Test
  void aDetailLaterInTheStoryKeepsTheDayToldFirst() {
    Event e = only("Gunmen attacked a police post in Dori on Monday, killing two officers. At about 3am, "
        + "the attackers set fire to the post, a police spokesman said on Tuesday.");
    assertEquals(Optional.of(LocalDate.parse("2024-05-06")), e.eventDate());
  }

  @Test
  void aDateInsideAGroupsNameDatesNothing() {
    // Published on a Wednesday: Sunday is 5 May; "March 23" is the group's name.
    dated("Fighters of the March 23 Movement set up a base in North Kivu on Sunday.", "2024-05-05",
        TimePrecision.DAY);
  }

  @Test
  void aDayToldWithNoPublicationDateStillMakesTheActOneThatHappened() {
    // With no publication date "on Monday" names no calendar day, but it tells a day of the
    // act's own, as a place or a count would; the act is no idiom.
    for (String text : java.util.List.of(
        "Teachers marched to the education ministry on Monday to demand unpaid salaries.",
        "Villagers marched through the market yesterday to demand water.")) {
      ExtractionResult r = SharedPipeline.extract(text, null);
      assertEquals(1, r.events().size(), () -> text + "\nrejections: " + r.rejections());
      assertEquals(Optional.empty(), r.events().get(0).eventDate(), text);
    }
    // Years back tell no day of the act's own, nor does no time at all; the second is kept only
    // where the typer is sure the sentence reports a march (the detector's bar, on by default).
    assertEquals(0, SharedPipeline.extract("Five years ago, teachers marched to the education"
        + " ministry to demand unpaid salaries.", null).events().size());
    String undated = "Teachers marched to the education ministry to demand unpaid salaries.";
    assertEquals(0, SharedPipeline.extractWithoutDetector(undated, null).events().size());
    ExtractionResult vouched = SharedPipeline.extract(undated, null);
    assertEquals(1, vouched.events().size());
    assertEquals(Optional.empty(), vouched.events().get(0).eventDate());
  }

  @Test
  void anOvernightRaidInTheLeadIsTheNightALaterSentenceDates() {
    // Published on a Wednesday: the lead's "overnight" counts back from the report, the body
    // gives the night; one raid, on the body's day.
    Event e = only("ABUJA, Nigeria (Wire) - Armed bandits killed nine villagers in an overnight"
        + " raid on a village in northwestern Nigeria, police said.\n\nThe attackers stormed"
        + " Tungan Dutse village in Bakura district late on Monday, shooting residents and"
        + " setting homes on fire, police said.");
    assertEquals("2024-05-06", e.eventDate().orElseThrow().toString());
    assertEquals(9, e.fatalities());
  }

  /** "X came a day after Y": the act the "after" introduces was the day before X's day. */
  @Test
  void theActAnAfterClauseIntroducesWasBeforeTheAccount() {
    List<Event> events = SharedPipeline.extract("Government forces shelled Kafr Nabl on Tuesday,"
        + " killing two civilians. The shelling came a day after rebels attacked an army post in"
        + " Maarat al-Numan, killing three soldiers.", "2024-06-05").events();
    assertEquals(2, events.size(), () -> "events: " + events);
    assertEquals(LocalDate.parse("2024-06-04"), events.get(0).eventDate().orElseThrow());
    assertEquals(LocalDate.parse("2024-06-03"), events.get(1).eventDate().orElseThrow(),
        () -> "events: " + events);
    assertEquals(SubEventType.ARMED_CLASH, events.get(1).subEventType(), () -> "events: " + events);
    // "The shelling" names no maker: the group ACLED's convention gives it is no second side of
    // the shelling it refers to.
    assertTrue(events.get(0).actor2().map(a -> !a.name().startsWith("Unidentified")).orElse(true),
        () -> "events: " + events);
  }

  /**
   * "The insurgency began in August 2022 ... seized several towns in the weeks that followed": a
   * month long past sets the sentences after it in its time, and the day told before does not
   * reach across it.
   */
  @Test
  void aMonthLongPastSetsTheSentencesAfterItInItsTime() {
    ExtractionResult r = SharedPipeline.extract("Rebels abducted a district official near Kitgum"
        + " on Monday. The insurgency began in August 2022, when the government moved to disarm"
        + " local militias. The rebels briefly seized several towns, including Gulu and Lira, in"
        + " the weeks that followed.", PUBLISHED);
    assertEquals(List.of(SubEventType.ABDUCTION),
        r.events().stream().map(Event::subEventType).toList(), () -> "events: " + r.events());
    // Nor do its arrests join the march told today.
    Event march = only("About 2,000 people marched peacefully through Sumy on Sunday to demand"
        + " new elections. The protests began in October 2023, when the government suspended"
        + " talks with the opposition. Police detained more than 400 people in the first two"
        + " weeks of the protests.");
    assertEquals(0, march.captured());
  }

  /**
   * A stretch that began long ago and lasts to the telling ("since 2019") is no account of its
   * time: the acts told after it are still the day's.
   */
  @Test
  void aStretchLastingToTheTellingSetsNoSentenceAfterItInThePast() {
    ExtractionResult r = SharedPipeline.extract("Gunmen shot dead a trader in Wum on Monday. The"
        + " separatists have stepped up attacks on traders since 2019. Hours later, a roadside"
        + " bomb struck an army truck near Ndop, wounding four soldiers.", PUBLISHED);
    assertEquals(List.of(SubEventType.ATTACK, SubEventType.REMOTE_EXPLOSIVE),
        r.events().stream().map(Event::subEventType).toList(), () -> "events: " + r.events());
    assertEquals(Optional.of(LocalDate.parse("2024-05-06")), r.events().get(1).eventDate());
  }

  /** An act the account dates ("Hours later") is of its time; one its words date long ago is not. */
  @Test
  void anActOfYearsBackIsNotJoinedToOneTheAccountDates() {
    ExtractionResult r = SharedPipeline.extract("Separatist fighters attacked an army post near"
        + " Wum on Sunday. Hours later, they ambushed a patrol near Ndop, killing two soldiers. In"
        + " March 2019, separatists ambushed a patrol near Ndop, killing five soldiers.", PUBLISHED);
    assertEquals(2, r.events().size(), () -> "events: " + r.events());
    assertEquals(2, r.events().get(1).fatalities(), () -> "events: " + r.events());
  }

  @Test
  void aDateInThePhraseOfTheActProtestedOverDatesThatAct() {
    // The protest is dated by its own day, not by the murder's week inside its phrase.
    dated("Traders in Kitgum closed their shops on Monday in protest over the murder of two"
        + " colleagues last week.", "2024-05-06", TimePrecision.DAY);
  }

  @Test
  void aDayCountedInsideTheActsOwnPhraseDatesALaterActNotIt() {
    // The release the next morning dates the release; the abduction was on Monday night.
    assertEquals(Optional.of(LocalDate.parse("2024-05-06")), abductionIn("Armed men set fire to a"
        + " health centre in Wum on Monday night. The men also abducted two nurses, who were"
        + " released the next morning after residents paid a ransom.").eventDate());
    // Told of the act itself, the next morning still counts from the account.
    assertEquals(Optional.of(LocalDate.parse("2024-05-07")), abductionIn("Armed men set fire to a"
        + " health centre in Wum on Monday night. The next morning they abducted two nurses from"
        + " the town's clinic.").eventDate());
  }

  private static Event abductionIn(String text) {
    ExtractionResult r = SharedPipeline.extract(text, PUBLISHED);
    return r.events().stream().filter(e -> e.subEventType() == SubEventType.ABDUCTION).findFirst()
        .orElseThrow(() -> new AssertionError("no abduction: " + r.events()));
  }
}
