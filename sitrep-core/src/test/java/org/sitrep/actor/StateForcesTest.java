package org.sitrep.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;

class StateForcesTest {
  private static StateForces forces;

  @BeforeAll
  static void load() {
    forces = StateForces.load(ActorKnowledgeBase.loadDefault());
  }

  @Test
  void aCountryAdjectiveAndASoldierWordNameThatCountrysArmy() {
    Actor a = forces.resolve("Iraqi F-16 jets", ActorScope.NONE.in("IRQ")).orElseThrow();
    assertEquals("Military Forces of Iraq (2014-)", a.name());
    assertEquals(1, a.inter());
  }

  @Test
  void anotherCountrysForcesAreExternal() {
    Actor a = forces.resolve("Turkish drones", ActorScope.NONE.in("SYR")).orElseThrow();
    assertTrue(a.name().startsWith("Military Forces of Turkey"));
    assertEquals(8, a.inter());
  }

  @Test
  void policeWordsNameThePolice() {
    assertTrue(forces.resolve("Nigerian police", ActorScope.NONE.in("NGA")).orElseThrow().name()
        .startsWith("Police Forces of Nigeria"));
  }

  @Test
  void proxiesAndPlainWordsAreNotAStatesForces() {
    assertTrue(forces.resolve("US-backed Syrian forces", ActorScope.NONE.in("SYR")).isEmpty());
    assertTrue(forces.resolve("Iraqi officials", ActorScope.NONE.in("IRQ")).isEmpty());
    assertTrue(forces.resolve("the forces", ActorScope.NONE.in("IRQ")).isEmpty());
  }

  @Test
  void militaryWordsNameTheArmyWhereSecurityForcesArePolice() {
    Actor army = forces.resolve("Egyptian military forces", ActorScope.NONE.in("EGY")).orElseThrow();
    assertTrue(army.name().startsWith("Military Forces of Egypt"), army.name());
    Actor police = forces.resolve("Egyptian security forces", ActorScope.NONE.in("EGY")).orElseThrow();
    assertTrue(police.name().startsWith("Police Forces of Egypt"), police.name());
  }
}
