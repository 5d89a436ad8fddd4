package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * An act told as happening during a war long over, or during a period its year names, happened
 * then: it is history in today's report, not an event of the day. Each on a sentence written here.
 */
class PastWarsIT {
  private static final String DATE = "2024-05-08";

  @Test
  void anActDuringAWarLongOverIsNoEventOfTheDay() {
    SharedPipeline.noEventIn(DATE,
        "The destruction in Mariupol has outpaced the Allied bombing of Dresden during World War"
            + " II, analysts said on Monday.",
        "The town was bombed by German aircraft during the Second World War and rebuilt in the"
            + " 1950s.",
        "More than 800,000 people were killed during the 1994 genocide, the president reminded"
            + " the crowd on Monday.",
        "Thousands of civilians were killed in the Bosnian war, the museum's guide told visitors"
            + " in Sarajevo on Monday.");
  }

  @Test
  void anActDuringTodaysWarIsAnEventOfTheDay() {
    Event e = SharedPipeline.only("Russian forces shelled Kherson on Monday during the war,"
        + " killing two civilians.", DATE);
    assertEquals(LocalDate.of(2024, 5, 6), e.eventDate().orElseThrow());
    Event fight = SharedPipeline.only("Two soldiers were killed in the fighting near Bakhmut on"
        + " Monday.", DATE);
    assertTrue(fight.eventDate().isPresent(), fight.toString());
  }

  @Test
  void anActTheStoryCountsYearsOrMonthsFromIsPast() {
    SharedPipeline.noEventIn(DATE,
        "Ten years after gunmen abducted 80 pupils from a school in Zaria, about 20 remain"
            + " missing, rights groups said on Sunday.",
        "A decade after the bombing of the bus station in Gombe, survivors gathered on Sunday to"
            + " remember the dead.",
        "Months after soldiers burned the village of Wusasa, residents have not returned.");
    // Hours or days after an act of the day is still the day's account. (The governor's curfew
    // is an event of its own, the government's.)
    java.util.List<Event> events = SharedPipeline.extract("Hours after gunmen attacked a police"
        + " post in Zaria on Monday, the governor imposed a curfew.", DATE).events();
    Event e = events.stream().filter(x -> x.subEventType() != org.sitrep.model.SubEventType.OTHER)
        .findFirst().orElseThrow();
    assertEquals(LocalDate.of(2024, 5, 6), e.eventDate().orElseThrow());
  }

  @Test
  void whatAGroupHasDoneInThePastOrForYearsIsNoPartOfTheDaysAct() {
    SharedPipeline.noEventIn(DATE,
        "Armed groups have abducted hundreds of travellers on the highway in the past.",
        "Bandits have raided villages in the district for years, residents said on Monday.",
        "Over the years, the militia has attacked dozens of aid convoys.",
        "Militants have killed scores of teachers in recent years, the union said.");
    // Told beside the day's act, the pattern gives it no maker.
    Event e = SharedPipeline.only("Gunmen shot dead a teacher in Kohat on Monday, police said."
        + " The Pakistani Taliban have attacked teachers in the past.", DATE);
    assertEquals(org.sitrep.model.Actor.class, e.actor1().orElseThrow().getClass());
    assertTrue(e.actor1().orElseThrow().name().startsWith("Unidentified"), e.toString());
  }
}
