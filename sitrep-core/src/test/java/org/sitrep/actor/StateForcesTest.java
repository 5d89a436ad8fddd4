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
  void countriesOfFewerConflictsAreNamedByTheirAdjectiveToo() {
    // The table had no adjective for Djibouti, Moldova or Ecuador, among others.
    assertTrue(forces.resolve("Djiboutian troops", ActorScope.NONE.in("ERI")).orElseThrow()
        .name().startsWith("Military Forces of Djibouti"));
    assertTrue(forces.resolve("Moldovan police", ActorScope.NONE.in("MDA")).orElseThrow()
        .name().startsWith("Police Forces of Moldova"));
    assertTrue(forces.ofACountry("Ecuadorian", "soldiers", ActorScope.NONE.in("ECU"))
        .orElseThrow().name().startsWith("Military Forces of Ecuador"));
    assertTrue(forces.ofACountry("Kurdish", "fighters", ActorScope.NONE.in("SYR")).isEmpty());
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

  @Test
  void theArmsOfTheStateStandForItsArmy() {
    for (String arms : new String[] {"government artillery", "Regime tanks", "junta gunboats"}) {
      Actor a = forces.resolve(arms, ActorScope.NONE.in("CAF")).orElseThrow();
      assertTrue(a.name().startsWith("Military Forces of the Central African Republic"), arms);
      assertEquals(1, a.inter());
    }
    // Forces that fight beside the state are not its army; arms with no story country name none.
    assertTrue(forces.resolve("pro-government artillery", ActorScope.NONE.in("CAF")).isEmpty());
    assertTrue(forces.resolve("government artillery", ActorScope.NONE).isEmpty());
    assertTrue(forces.resolve("government spokesmen", ActorScope.NONE.in("CAF")).isEmpty());
  }
}
