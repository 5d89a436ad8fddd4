package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

/**
 * The shipped typer parts the two territory types by who takes the ground, not by the verb:
 * state forces that "captured" or "seized" a town regain territory, rebels that "recaptured" one
 * overtake it. Written here; the model trained before the set held passages that part them so
 * typed 2 of these 6, the one trained after, 4. Scored, not proven: two misses are allowed.
 */
class TerritoryTakersIT {
  static ModelTyper typer;

  @BeforeAll
  static void load() {
    typer = ModelTyper.loadDefault();
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
