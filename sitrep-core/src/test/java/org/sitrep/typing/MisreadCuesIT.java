package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

/**
 * The shipped typer on passages written here where it had read the wrong cue, each kind answered
 * by passages of the training set. Scored, not proven: the misses allowed are named.
 * <ul>
 *   <li>Background after the event (a law, prices, a dispute's history, who the victim was) had
 *       read as a sign of no event: the model trained on 10,369 passages typed 4 of the 6 notes
 *       below, the one on 10,922 all 6; one miss is allowed.
 *   <li>The verb had typed a taking of ground rather than who took it: state forces that
 *       "captured" a town regain territory, rebels that "recaptured" one overtake it. 2 of the 6
 *       sentences below before the set held passages that part them, 4 after; two misses are
 *       allowed.
 * </ul>
 */
class MisreadCuesIT {
  static SubEventTyper typer;

  @BeforeAll
  static void load() {
    typer = AveragedTyper.loadDefault();
  }

  private static final Map<String, SubEventType> NOTES = Map.of(
      "On 3 June 2021, in Oruro, miners protested against a new mining law, demanding that it be"
          + " withdrawn. The law was passed by parliament in May and took effect this week amid"
          + " widespread criticism from cooperatives. [size=no report]",
      SubEventType.PEACEFUL_PROTEST,
      "On 11 August 2022, bus drivers marched to the transport ministry in Accra to demand a cut"
          + " in fuel levies. Diesel prices have doubled since January, and operators say fares"
          + " set by the government no longer cover their costs. The ministry has promised a"
          + " review by the end of the month. [size=around 300]",
      SubEventType.PEACEFUL_PROTEST,
      "On 2 February 2023, gunmen shot dead a village chief in Kaya (Sanmatenga). The chief had"
          + " led talks between herders and farmers over grazing routes, and had received threats"
          + " from armed men in the area since last year. Fatalities coded as 1.",
      SubEventType.ATTACK,
      "On 19 September 2022, residents blocked the main road into Kisii with rocks and burning"
          + " tyres. The county has had no piped water for three weeks, after the utility cut"
          + " supply over unpaid bills owed by the county government. [size=no report]",
      SubEventType.VIOLENT_DEMONSTRATION,
      "On 7 May 2019, soldiers and fighters of a local militia clashed near Beni (Nord-Kivu). The"
          + " militia was formed in 2016 by farmers who accuse the army of failing to protect them"
          + " from rebel raids, and it has fought both the rebels and the army since. Fatalities"
          + " coded as 4.",
      SubEventType.ARMED_CLASH,
      "On 25 October 2021, police fired tear gas to disperse nurses who had gathered outside the"
          + " health ministry in Harare. The nurses have been on strike for two weeks over pay,"
          + " which the government says it cannot raise until the next budget. [size=dozens]",
      SubEventType.PROTEST_WITH_INTERVENTION);

  @Test
  void backgroundAfterTheEventLeavesItsType() {
    List<String> misses = TyperMisses.of(typer, NOTES);
    assertTrue(misses.size() <= 1, "missed: " + misses);
  }
  private static final Map<String, SubEventType> TAKINGS = Map.of(
      "Government troops captured the rebel-held town of Kitshanga on Sunday after two days of"
          + " fighting, the army said.", SubEventType.GOVERNMENT_REGAINS_TERRITORY,
      "Soldiers seized a militant camp in the hills above Marawi and raised the national flag,"
          + " the military said.", SubEventType.GOVERNMENT_REGAINS_TERRITORY,
      "On 4 May 2019, the army took control of Damasak (Mobbar, Borno) from ISWAP fighters."
          + " Fatalities unknown.", SubEventType.GOVERNMENT_REGAINS_TERRITORY,
      "Rebels recaptured the district centre of Gelan on Monday, a week after losing it to"
          + " government forces, residents said.", SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
      "Militants seized the town of Menaka after the army withdrew overnight, local officials"
          + " said.", SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
      "Jihadist fighters overran an army base near Diffa and took control of the nearby town,"
          + " the defence ministry said.", SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);

  @Test
  void whoTakesTheGroundTypesTheTaking() {
    List<String> misses = TyperMisses.of(typer, TAKINGS);
    assertTrue(misses.size() <= 2, "missed: " + misses);
  }
}
