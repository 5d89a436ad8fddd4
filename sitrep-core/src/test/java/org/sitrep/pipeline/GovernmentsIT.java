package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: a government as an actor. It decrees (a curfew, a state of emergency), and ACLED
 * codes it as "Government of X"; when it fights or arrests, its forces do. A crowd against the
 * government is no second side. Each on a report written here.
 */
class GovernmentsIT {
  private static final String DATE = "2024-06-05";

  private static String first(Event e) {
    return e.actor1().map(Actor::name).orElse("");
  }

  @Test
  void aGovernmentThatDecreesIsTheActor() {
    Event emergency = SharedPipeline.only("The government declared a state of emergency in"
        + " Bambari on Monday after a week of fighting nearby.", DATE);
    assertEquals(SubEventType.OTHER, emergency.subEventType(), emergency::toString);
    assertTrue(first(emergency).startsWith("Government of the Central African Republic"),
        emergency::toString);
    Event curfew = SharedPipeline.only("Authorities imposed a dusk-to-dawn curfew in Ndele on"
        + " Monday.", DATE);
    assertTrue(first(curfew).startsWith("Government of the Central African Republic"),
        curfew::toString);
  }

  @Test
  void aGovernmentNamedByItsPeopleIsThatCountrys() {
    Event curfew = SharedPipeline.only("The Chadian government imposed a curfew in Moundou on"
        + " Monday.", DATE);
    assertTrue(first(curfew).startsWith("Government of Chad"), curfew::toString);
  }

  @Test
  void aGovernmentsStaffAreCivilians() {
    Event e = SharedPipeline.only("Gunmen shot dead a government employee in Bria on Monday.",
        DATE);
    assertEquals(SubEventType.ATTACK, e.subEventType(), e::toString);
    assertTrue(e.actor2().map(Actor::name).orElse("").startsWith("Civilians"), e::toString);
  }

  @Test
  void aGovernmentFightsWithItsForcesAndArrestsWithItsPolice() {
    Event shelling = SharedPipeline.only("The government shelled rebel positions near Bria on"
        + " Monday.", DATE);
    assertTrue(first(shelling).startsWith("Military Forces of the Central African Republic"),
        shelling::toString);
    Event arrest = SharedPipeline.only("Authorities arrested 12 protesters in Birao on Monday.",
        DATE);
    assertTrue(first(arrest).startsWith("Police Forces") || arrest.actor2().map(Actor::name)
        .orElse("").startsWith("Police Forces"), arrest::toString);
  }

  @Test
  void theGovernmentACrowdAddressesIsNoSideOfItsProtest() {
    Event e = SharedPipeline.only("Hundreds of teachers protested against the government in Obo"
        + " on Monday over unpaid salaries.", DATE);
    assertEquals(SubEventType.PEACEFUL_PROTEST, e.subEventType(), e::toString);
    assertTrue(e.actor2().isEmpty(), e::toString);
    Event union = SharedPipeline.only("Members of the Government Nurses and Midwives Employees"
        + " Union staged a protest and went on strike in Obo on Monday demanding regular pay.",
        DATE);
    assertEquals(SubEventType.PEACEFUL_PROTEST, union.subEventType(), union::toString);
    assertTrue(union.actor2().isEmpty(), union::toString);
  }

  @Test
  void aCrowdAgainstTheGovernmentHasNoSecondSide() {
    Event march = SharedPipeline.only("Anti-government protesters marched through Obo on"
        + " Monday.", DATE);
    assertEquals(SubEventType.PEACEFUL_PROTEST, march.subEventType(), march::toString);
    assertTrue(march.actor2().isEmpty(), march::toString);
  }
}
