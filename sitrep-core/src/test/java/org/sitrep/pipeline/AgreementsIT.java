package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: ACLED's codebook counts peace talks among agreements. Talks held between the sides of
 * a conflict are an agreement even when no trigger word tells one (the detector finds them);
 * talks on trade between states at peace, and talks only offered, are none. Each on a report
 * written here.
 */
class AgreementsIT {
  private static final String PUBLISHED = "2024-05-08";

  @Test
  void talksBetweenTheSidesOfAConflictAreAnAgreement() {
    SharedPipeline.eachTyped(SubEventType.AGREEMENT, PUBLISHED,
        "Government and rebel delegations opened peace talks in Addis Ababa on Tuesday, mediators"
            + " said.");
  }

  @Test
  void talksOnTradeOrTalksOnlyOfferedAreNone() {
    SharedPipeline.noEventIn(PUBLISHED,
        "The trade ministers of Kenya and Uganda held talks on sugar tariffs in Kampala on"
            + " Tuesday.",
        "The president said on Tuesday that he was ready to hold talks with the rebels in Beni if"
            + " they lay down their arms.");
  }

  /**
   * Rival tribes are parties to the fighting they end; the dead of the week of clashes before the
   * truce are those clashes' total, not an event of the truce's day.
   */
  @Test
  void aTruceBetweenRivalTribesIsOneAgreementAndTheWeeksDeadAreATotal() {
    Event truce = SharedPipeline.only("Rival tribes in Kurram district agreed to a seven-day"
        + " ceasefire on Sunday after a week of clashes that killed at least 43 people, officials"
        + " said.", PUBLISHED);
    assertEquals(SubEventType.AGREEMENT, truce.subEventType());
    assertEquals("Unidentified Tribal Militia (Pakistan)", truce.actor1().orElseThrow().name());
    assertEquals(0, truce.fatalities());
  }

  @Test
  void aPartyNamedSecondSignsWhenTheFirstIsNoActorTheTablesKnow() {
    Event signed = SharedPipeline.only("A church commission and the ELN signed a ceasefire in"
        + " Caracas on Monday.", PUBLISHED);
    assertEquals("ELN: National Liberation Army", signed.actor1().orElseThrow().name());
    // A government is an actor the tables know: it signs first, as the text names it.
    Event withGovernment = SharedPipeline.only("The government and the ELN signed a ceasefire in"
        + " Caracas on Monday.", PUBLISHED);
    assertTrue(withGovernment.actor1().orElseThrow().name().startsWith("Government of"),
        withGovernment::toString);
    assertEquals("ELN: National Liberation Army", withGovernment.actor2().orElseThrow().name());
  }

  /** "Rwanda and Burundi signed": the second state, though NER calls it a place, is a party. */
  @Test
  void aStateJoinedToTheFirstIsTheOtherParty() {
    Event signed = SharedPipeline.only("Rwanda and Burundi signed a ceasefire on Monday, officials"
        + " in both capitals said.", PUBLISHED);
    assertTrue(signed.actor1().orElseThrow().name().contains("Rwanda"), signed::toString);
    assertTrue(signed.actor2().orElseThrow().name().contains("Burundi"), signed::toString);
  }

  /** "a prisoner exchange": the singular noun before the exchange names its captives too. */
  @Test
  void aPrisonerExchangeIsAnAgreementByItsWords() {
    var events = SharedPipeline.extractWithoutDetector("Russia and Ukraine carried out a prisoner"
        + " exchange on Monday, each side freeing 150 soldiers.", PUBLISHED).events();
    org.junit.jupiter.api.Assertions.assertEquals(1, events.size(), () -> "events: " + events);
    org.junit.jupiter.api.Assertions.assertEquals(SubEventType.AGREEMENT,
        events.get(0).subEventType());
  }

  @Test
  void warringFactionsThatSignADealAreAnArmedGroup() {
    // With no party named the deal had no actor, and so was no event.
    Event e = SharedPipeline.only("Warring factions in Yei signed a local peace deal on Saturday,"
        + " the county commissioner said.", PUBLISHED);
    assertEquals(SubEventType.AGREEMENT, e.subEventType());
    assertTrue(e.actor1().map(a -> a.name()).orElse("").startsWith("Unidentified Armed Group"),
        e::toString);
  }

  @Test
  void thePartyADealIsMadeWithIsTheOtherSide() {
    // "signed a ceasefire with X": the parser hangs X on the deal, or on the verb after the deal;
    // the deal stood as the other side, and X only as its associate.
    for (String text : java.util.List.of(
        "The government signed a ceasefire with the Kachin Independence Army in Myitkyina on"
            + " Friday.",
        "The interior minister signed a peace deal with the Chin National Front in Hakha on"
            + " Friday, state media said.")) {
      Event e = SharedPipeline.only(text, PUBLISHED);
      assertEquals(SubEventType.AGREEMENT, e.subEventType(), text);
      assertEquals("Government of Myanmar (2021-)", e.actor1().orElseThrow().name(), text);
      assertTrue(e.actor2().map(a -> a.name().endsWith("Front") || a.name().endsWith("Army"))
          .orElse(false), e::toString);
    }
  }
}
