package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.SubEventType;

/**
 * Provinces named in a list that shares one division word ("in the A and B regions"), the one
 * province a headline names by its short name, and a crowd that fought itself and was dispersed.
 * Each on a report written here, and each failed before.
 */
class ListedDivisionsAndCrowdsIT {
  private static final String PUBLISHED = "2024-05-08";

  private static List<Event> events(String text) {
    return SharedPipeline.extract(text, PUBLISHED).events();
  }

  /**
   * "in Kebbi and Kwara states": two states, each an event coded at the province, the toll split
   * between them; the parser had taken "states" for what was killed, and the count was lost.
   */
  @Test
  void aListOfStatesIsOneEventInEach() {
    List<Event> es = events("Report\n\nGunmen killed 14 villagers in Kebbi and Kwara states on"
        + " Tuesday, police said.");
    assertEquals(2, es.size(), es::toString);
    assertEquals(List.of("NGA", "NGA"), es.stream().map(e -> e.place().orElseThrow().iso3())
        .toList(), es::toString);
    assertTrue(es.stream().allMatch(e -> e.geoPrecision() == GeoPrecision.REGION), es::toString);
    assertTrue(es.stream().allMatch(e -> e.subEventType() == SubEventType.ATTACK), es::toString);
    assertEquals(14, es.stream().mapToInt(Event::fatalities).sum(), es::toString);
  }

  /** "the Poltava and Vinnytsia regions" are two regions, not the town of Poltava alone. */
  @Test
  void regionsNamedTogetherAreRegions() {
    List<Event> es = events("Report\n\nRussian drones struck energy facilities in the Poltava"
        + " and Vinnytsia regions overnight, killing two people, officials said on Wednesday.");
    assertEquals(2, es.size(), es::toString);
    assertTrue(es.stream().allMatch(e -> e.geoPrecision() == GeoPrecision.REGION), es::toString);
    assertTrue(es.stream().anyMatch(e -> e.place().orElseThrow().admin1().contains("Vinn")),
        es::toString);
  }

  /**
   * A headline's "Sagaing" over the body's "Sagaing region": one seat, named once as the
   * province's, which the headline shortens.
   */
  @Test
  void aHeadlinesShortNameOfAProvinceStaysTheProvince() {
    List<Event> es = events("Junta jets hit villages in Sagaing, Magway\n\nJunta jets bombed"
        + " villages in the Sagaing and Magway regions on Friday, killing at least nine civilians,"
        + " local resistance groups said.");
    assertEquals(2, es.size(), es::toString);
    assertTrue(es.stream().allMatch(e -> e.geoPrecision() == GeoPrecision.REGION), es::toString);
  }

  /**
   * "Qqq province" where GeoNames files provinces second ("Province of Qqq", the Philippines') is
   * a province, whether its seat or the province ranks first; and a later sentence that borrows
   * the place, or a headline that names it bare, makes it no nearer.
   */
  @Test
  void aProvinceFiledSecondIsStillAProvince() {
    Event seat = SharedPipeline.only("Soldiers, rebels clash in Masbate\n\nThree rebels were"
        + " killed in a clash with government troops in a village in Masbate province on Tuesday,"
        + " the army said.\n\nThe fighting lasted about 20 minutes, an army spokesman said.",
        PUBLISHED);
    assertEquals(GeoPrecision.REGION, seat.geoPrecision(), seat::toString);
    Event area = SharedPipeline.only("Report\n\nTwo soldiers were wounded when rebels ambushed an"
        + " army patrol in Ifugao province on Monday, police said.", PUBLISHED);
    assertEquals(GeoPrecision.REGION, area.geoPrecision(), area::toString);
  }

  /**
   * "Police used water cannon and rubber bullets to break up the march": force used on the
   * marchers, though the parser hung the cannon on the bullets.
   */
  @Test
  void rubberBulletsUsedOnAMarchAreAnIntervention() {
    Event e = SharedPipeline.only("Report\n\nThousands of pensioners marched to the provincial"
        + " legislature in Neuquen on Wednesday to demand higher payments. Police used water"
        + " cannon and rubber bullets to break up the march and arrested 14, organisers said.",
        PUBLISHED);
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, e.subEventType(), e::toString);
  }

  /**
   * Rival supporters who clashed, then police who broke up the crowd: one riot, with one dead
   * (the headline's "One dead" is the body's one person, not a second), and the 12 detained.
   */
  @Test
  void aCrowdThatFoughtItselfAndWasDispersedIsOneRiot() {
    List<Event> es = events("One dead as rival party supporters clash in Pabna\n\nOne person was"
        + " killed and at least 20 injured on Tuesday when supporters of two rival factions of a"
        + " local party clashed in Pabna district, police said.\n\nPolice fired tear gas to break"
        + " up the crowd and detained 12 people.");
    assertEquals(1, es.size(), es::toString);
    Event e = es.get(0);
    assertEquals(SubEventType.MOB_VIOLENCE, e.subEventType(), e::toString);
    assertEquals(1, e.fatalities(), e::toString);
    assertEquals(12, e.captured(), e::toString);
  }
}
