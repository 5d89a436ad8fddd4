package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Parties the parser joined to a place, force on a crowd that names no one, one government's
 * forces told twice, and armed men known by words of their trade. Each on a report written here,
 * and each failed before.
 */
class PartiesJoinedAndForceUnnamedIT {
  private static final String PUBLISHED = "2024-05-08";

  private static Event only(String text) {
    return SharedPipeline.only(text, PUBLISHED);
  }

  private static Event ofType(String text, SubEventType type) {
    return SharedPipeline.extract(text, PUBLISHED).events().stream()
        .filter(e -> e.subEventType() == type).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in " + text));
  }

  /** "the government of Mozambique and Renamo": the parser made Renamo part of the place. */
  @Test
  void aPartyJoinedToThePlaceOfTheOtherIsTheSecondParty() {
    Event e = only("The government of Mozambique and Renamo signed a ceasefire agreement in"
        + " Inhambane on Monday.");
    assertEquals(SubEventType.AGREEMENT, e.subEventType());
    assertTrue(e.actor1().orElseThrow().name().startsWith("Government of Mozambique"),
        e::toString);
    assertTrue(e.actor2().orElseThrow().name().contains("RENAMO"), e::toString);
  }

  /** "were dispersed with tear gas": no one named who met the crowd; by convention the police. */
  @Test
  void aCrowdDispersedByNoOneNamedWasMetByThePolice() {
    Event e = ofType("Dozens of opposition supporters who gathered outside the police"
        + " headquarters in Gulu on Monday to demand the release of their leader were dispersed"
        + " with tear gas.", SubEventType.PROTEST_WITH_INTERVENTION);
    assertEquals(1, e.actor2().orElseThrow().inter(), e::toString);
  }

  /** The headline's "security forces" and the body's police are one government's: one side. */
  @Test
  void soldiersAndPoliceOfOneGovernmentAreNotTheTwoSidesOfAnArrest() {
    Event e = ofType("Uganda: Security forces arrest opposition MP in Gulu\n\nPlain-clothes"
        + " security operatives on Monday arrested an opposition member of parliament and two of"
        + " his aides at a hotel in Gulu, his party said. Police later confirmed the arrest.",
        SubEventType.ARRESTS);
    assertNotEquals(1, e.actor2().map(a -> a.inter()).orElse(7), e::toString);
  }

  /** Rustlers and miscreants are armed men no table knew. */
  @Test
  void rustlersAndMiscreantsAreAnUnidentifiedArmedGroup() {
    Event rustlers = only("Armed rustlers killed a herder and drove away 300 cattle near Kotido"
        + " on Friday, the army said.");
    assertEquals(3, rustlers.actor1().orElseThrow().inter(), rustlers::toString);
    assertTrue(toldAs(rustlers, "rustlers"), rustlers::toString);
    Event miscreants = only("Armed miscreants shot dead a shopkeeper in Bogura town on Friday"
        + " night, police said.");
    assertEquals(3, miscreants.actor1().orElseThrow().inter(), miscreants::toString);
    assertTrue(toldAs(miscreants, "miscreants"), miscreants::toString);
  }

  /** The words of the report that name actor1, not a convention's. */
  private static boolean toldAs(Event e, String word) {
    return e.evidence().stream().anyMatch(x -> x.field().equals("actor1") && x.text().contains(word));
  }
}
