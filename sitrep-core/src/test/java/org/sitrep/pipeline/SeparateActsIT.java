package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;
import org.junit.jupiter.api.Test;

/**
 * Issue #9: two acts told one after the other stay two records when the second is of another
 * kind and placed by its own words where the first was not, or when the first's day is counted
 * from the account ("two days later") and the second's is its own; a detail of the act told with
 * neither place nor day still joins it; fire from afar sent back by the side it struck is
 * another act; a fight told as going on into another day is that day's event, with the same
 * sides. Each on a report written here.
 */
class SeparateActsIT {
  private static final String PUBLISHED = "2025-06-10";

  private static List<Event> events(String text) {
    return SharedPipeline.extract(text, PUBLISHED).events();
  }

  @Test
  void anotherKindOfActPlacedWhereTheFightWasNotIsAnotherAct() {
    // The gazetteer knows neither village: the fight is placed in the country, the mine at the
    // town its own words name.
    List<Event> events = events("On Sunday, armed men attacked a herders' camp near Nakwamoru,"
        + " killing six civilians. On Monday, soldiers attacked a rebel position near Lotiriri. On"
        + " Monday, a truck hit a landmine on the road near Lodwar, killing the driver.");
    assertEquals(List.of(SubEventType.ATTACK, SubEventType.ARMED_CLASH,
        SubEventType.REMOTE_EXPLOSIVE), events.stream().map(Event::subEventType).toList(),
        events::toString);
    assertEquals(0, events.get(1).fatalities(), "the driver died in the blast, not the fight");
    assertEquals("Lodwar", events.get(2).place().orElseThrow().name());
  }

  @Test
  void aDetailToldWithNeitherPlaceNorDayStillJoinsTheAct() {
    List<Event> events = events("Militants attacked an army post near Moroto on Monday. Mortar"
        + " rounds hit the perimeter of the post, wounding three soldiers.");
    assertEquals(1, events.size(), events::toString);
  }

  @Test
  void anActASentenceSaysIsSeparateIsAnotherAct() {
    List<Event> events = events("Police fired tear gas at traders protesting against new taxes in"
        + " Wum on Monday. Separately, hundreds of women marched through the town demanding the"
        + " release of their sons.");
    assertEquals(List.of(SubEventType.PROTEST_WITH_INTERVENTION, SubEventType.PEACEFUL_PROTEST),
        events.stream().map(Event::subEventType).toList(), events::toString);
  }

  @Test
  void aLesserActOfAPartyOnNeitherSideIsThatPartysAct() {
    List<Event> events = events("Gunmen kidnapped a teacher from a school in Wum on Monday."
        + " Soldiers burned down several houses in the town, accusing residents of sheltering"
        + " separatists.");
    assertEquals(List.of(SubEventType.ABDUCTION, SubEventType.LOOTING),
        events.stream().map(Event::subEventType).toList(), events::toString);
    assertEquals("Civilians (Cameroon)", events.get(0).actor2().orElseThrow().name());
    assertEquals(1, events.get(1).actor1().orElseThrow().inter());
    // Houses burned by those who attacked are part of their attack.
    assertEquals(List.of(SubEventType.ATTACK), events("Separatists attacked a village near Wum on"
        + " Monday, killing two farmers. The fighters also burned down several houses.").stream()
        .map(Event::subEventType).toList());
  }

  @Test
  void aFightToldAsGoingOnIntoAnotherDayIsThatDaysEventWithTheSameSides() {
    for (String text : List.of(
        "Al-Shabaab militants attacked a military base near Wanlaweyn on Saturday. Fighting"
            + " resumed on Monday after the militants regrouped, a local elder said.",
        "Al-Shabaab militants attacked a military base near Wanlaweyn on Sunday. The clashes"
            + " continued into Monday, residents said.")) {
      List<Event> events = events(text);
      assertEquals(2, events.size(), text + events);
      assertEquals(events.get(0).actor1(), events.get(1).actor1(), text);
      assertEquals(events.get(0).actor2(), events.get(1).actor2(), text);
      assertEquals("Al Shabaab", events.get(1).actor1().orElseThrow().name(), text);
    }
    // Attacks "continued for months" tell no day of their own, and no second event.
    assertEquals(1, events("Gunmen killed three farmers near Kitgum on Monday. Attacks on"
        + " farmers have continued for months, residents said.").size());
  }

  @Test
  void fireSentBackIsAnotherShelling() {
    List<Event> events = events("Houthi fighters shelled a residential district of Taiz on"
        + " Sunday, killing a boy, a rights group said. Government forces answered with artillery"
        + " fire on Houthi positions north of the city.");
    assertEquals(2, events.size(), events::toString);
    assertEquals("Civilians (Yemen)", events.get(0).actor2().orElseThrow().name());
    assertEquals(1, events.get(0).fatalities());
    assertEquals("Military Forces of Yemen (2012-)", events.get(1).actor1().orElseThrow().name());
    assertEquals(0, events.get(1).fatalities());
  }

  @Test
  void theSameShellingToldByTheSideItStruckIsOneAct() {
    List<Event> events = events("Government forces shelled rebel positions near Sagaing on"
        + " Sunday. The rebels said the shelling by government troops killed three of their"
        + " fighters.");
    assertEquals(1, events.size(), events::toString);
    assertEquals(3, events.get(0).fatalities());
  }

  @Test
  void aDayCountedFromTheAccountKeepsItsActApart() {
    List<Event> events = events("On 2 June, gunmen attacked a clinic in Kitgum, killing two"
        + " nurses. Two days later, armed men attacked a convoy of aid lorries on the road north"
        + " of the town. On 6 June, a nurse was abducted by gunmen on the same road.");
    assertEquals(List.of(Optional.of(LocalDate.of(2025, 6, 2)),
        Optional.of(LocalDate.of(2025, 6, 4)), Optional.of(LocalDate.of(2025, 6, 6))),
        events.stream().map(Event::eventDate).toList(), events::toString);
    assertEquals(SubEventType.ABDUCTION, events.get(2).subEventType());
  }

  /** "A similar protest" with its own place and day is one more protest; "similar protests" a kind. */
  @Test
  void aSimilarActWithItsOwnPlaceAndDayIsAnotherAct() {
    List<Event> two = events("Hundreds of nurses marched in Kasungu on Monday to demand unpaid"
        + " allowances. A similar protest in Dedza on Tuesday ended peacefully.");
    assertEquals(2, two.size(), two::toString);
    List<Event> one = events("Hundreds of nurses marched in Kasungu on Monday to demand unpaid"
        + " allowances. Similar protests have taken place in Dedza in recent weeks.");
    assertEquals(1, one.size(), one::toString);
  }
}
