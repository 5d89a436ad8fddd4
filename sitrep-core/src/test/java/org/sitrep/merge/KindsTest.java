package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class KindsTest {
  @Test
  void aBombAndASuicideBombMayBeOneEventButAnAirStrikeAndABombAreTwo() {
    assertTrue(Kinds.reportsAgree(SubEventType.REMOTE_EXPLOSIVE, SubEventType.SUICIDE_BOMB));
    assertFalse(Kinds.reportsAgree(SubEventType.AIR_DRONE_STRIKE, SubEventType.REMOTE_EXPLOSIVE));
  }

  @Test
  void theAttackMayReferToAnyViolenceButTheAirStrikeOnlyToAStrikeOrAFight() {
    assertTrue(Kinds.referenceAgrees(SubEventType.ARMED_CLASH, SubEventType.SUICIDE_BOMB));
    assertFalse(Kinds.referenceAgrees(SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING_ARTILLERY_MISSILE));
    assertFalse(Kinds.referenceAgrees(SubEventType.PEACEFUL_PROTEST, SubEventType.ARMED_CLASH));
  }

  @Test
  void arrestsBelongToTheProtestOrTheRaidAndHousesBurnedToTheAttack() {
    assertTrue(Kinds.partOf(SubEventType.ARRESTS, SubEventType.VIOLENT_DEMONSTRATION));
    assertTrue(Kinds.partOf(SubEventType.LOOTING, SubEventType.ATTACK));
    assertFalse(Kinds.partOf(SubEventType.ATTACK, SubEventType.PEACEFUL_PROTEST));
    // Weapons recovered after a clash are the clash's; with no fight they are an event.
    assertTrue(Kinds.partOf(SubEventType.DISRUPTED_WEAPONS_USE, SubEventType.ARMED_CLASH));
    assertFalse(Kinds.partOf(SubEventType.DISRUPTED_WEAPONS_USE, SubEventType.PEACEFUL_PROTEST));
  }

  @Test
  void aRiotOutranksTheProtestItGrewFrom() {
    assertTrue(Kinds.severity(SubEventType.VIOLENT_DEMONSTRATION) > Kinds.severity(SubEventType.PEACEFUL_PROTEST));
  }
}
