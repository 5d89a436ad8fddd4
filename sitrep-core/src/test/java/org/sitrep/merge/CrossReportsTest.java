package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.merge.Report.*;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

class CrossReportsTest {
  private static Report ambush() {
    return Report.of(SubEventType.ARMED_CLASH).by(JNIM).against(MALI_ARMY).on("2024-02-05").at(SEVARE);
  }

  @Test
  void aParaphraseWithTheSidesTurnedAroundAndTheNextTownIsTheSameEvent() {
    Event wire = ambush().event();
    Event local = Report.of(SubEventType.ARMED_CLASH).by(MALI_ARMY).against(JNIM)
        .published("2024-02-06").at(MOPTI).event();
    Decision d = CrossReports.decide(wire, local);
    assertTrue(d.same(), d.reason());
    assertTrue(d.reason().contains("actors agree"), d.reason());
    assertTrue(d.reason().contains("within a day"), d.reason());
    assertTrue(d.reason().contains("km apart"), d.reason());
    assertEquals(d.score(), CrossReports.decide(local, wire).score(), 1e-9, "symmetric");
  }

  @Test
  void theSameReportIsTheSameEventWithFullScore() {
    Decision d = CrossReports.decide(ambush().event(), ambush().event());
    assertTrue(d.same());
    assertEquals(1.0, d.score(), 1e-9);
    assertEquals("same sub-event type (Armed clash); actors agree (JNIM: Group for Support of Islam"
        + " and Muslims, Military Forces of Mali (2021-)); same date 2024-02-05; same place Sevare",
        d.reason());
  }

  @Test
  void twoDaysEachReportTellsAreTwoEvents() {
    Decision d = CrossReports.decide(ambush().event(), ambush().on("2024-02-06").event());
    assertFalse(d.same(), d.reason());
    assertTrue(d.reason().contains("1 day apart"), d.reason());
  }

  @Test
  void aTownSixtyKmAwayIsAnotherEvent() {
    Decision d = CrossReports.decide(ambush().event(), ambush().at(DJENNE).event());
    assertFalse(d.same(), d.reason());
    assertTrue(d.reason().contains("km apart (Sevare / Djenne)"), d.reason());
  }

  @Test
  void twoNamedGroupsInOneRoleAreTwoEvents() {
    Event other = Report.of(SubEventType.ARMED_CLASH).by(IS_SAHEL).against(MALI_ARMY)
        .on("2024-02-05").at(SEVARE).event();
    Decision d = CrossReports.decide(ambush().event(), other);
    assertFalse(d.same(), d.reason());
    assertTrue(d.reason().contains("actors differ"), d.reason());
  }

  @Test
  void gunmenMayBeTheNamedGroupAndAMissingSideDoesNotPart() {
    Event gunmen = Report.of(SubEventType.ARMED_CLASH).by(GUNMEN).on("2024-02-05").at(SEVARE).event();
    assertTrue(CrossReports.decide(ambush().event(), gunmen).same());
    Event soldiersOfBurkina = Report.of(SubEventType.ARMED_CLASH).by(BURKINA_ARMY).against(JNIM)
        .on("2024-02-05").at(SEVARE).event();
    Event malianSoldiers = Report.of(SubEventType.ARMED_CLASH).by(SOLDIERS_OF_MALI)
        .on("2024-02-05").at(SEVARE).event();
    assertFalse(CrossReports.decide(soldiersOfBurkina, malianSoldiers).same());
  }

  @Test
  void aClashAndAnAttackOnTheSameSidesMayBeOneButAnAirStrikeIsNotShelling() {
    Event attack = ambush().event();
    Event told = Report.of(SubEventType.ATTACK).by(JNIM).against(MALI_ARMY).on("2024-02-05")
        .at(SEVARE).event();
    assertTrue(CrossReports.decide(attack, told).same());
    Event strike = Report.of(SubEventType.AIR_DRONE_STRIKE).by(MALI_ARMY).on("2024-02-05").at(SEVARE).event();
    Event shelling = Report.of(SubEventType.SHELLING_ARTILLERY_MISSILE).by(MALI_ARMY)
        .on("2024-02-05").at(SEVARE).event();
    Decision d = CrossReports.decide(strike, shelling);
    assertFalse(d.same());
    assertTrue(d.reason().contains("sub-event types differ"), d.reason());
    Event protest = Report.of(SubEventType.PEACEFUL_PROTEST).on("2024-02-05").at(SEVARE).event();
    Event riot = Report.of(SubEventType.VIOLENT_DEMONSTRATION).on("2024-02-05").at(SEVARE).event();
    assertTrue(CrossReports.decide(protest, riot).same());
  }

  @Test
  void aMissingPlaceLowersTheScoreButAMissingPlaceAndDayPart() {
    Event placeless = ambush().event();
    Event noPlace = Report.of(SubEventType.ARMED_CLASH).by(JNIM).against(MALI_ARMY).on("2024-02-05").event();
    Decision d = CrossReports.decide(placeless, noPlace);
    assertTrue(d.same(), d.reason());
    assertTrue(d.score() < 1);
    assertTrue(d.reason().contains("no place in one report"), d.reason());
    Event bare = Report.of(SubEventType.ARMED_CLASH).by(JNIM).against(MALI_ARMY).event();
    assertFalse(CrossReports.decide(placeless, bare).same());
  }

  @Test
  void aTownAndItsProvinceAgreeAnotherProvinceOrCountryDoesNot() {
    assertTrue(CrossReports.decide(ambush().event(), ambush().at(MOPTI_REGION).event()).same());
    assertFalse(CrossReports.decide(ambush().event(), ambush().at(GAO_REGION).event()).same());
    assertFalse(CrossReports.decide(ambush().event(), ambush().at(DORI).event()).same());
    assertTrue(CrossReports.decide(ambush().event(), ambush().at(MALI).event()).same());
  }

  @Test
  void weekAndMonthPrecisionWidenTheWindow() {
    Event week = ambush().on("2024-02-09").within(TimePrecision.WEEK).event();
    assertTrue(CrossReports.decide(ambush().event(), week).same());
    Event nextWeek = ambush().on("2024-02-12").within(TimePrecision.WEEK).event();
    assertFalse(CrossReports.decide(ambush().event(), nextWeek).same());
    Event month = ambush().on("2024-02-20").within(TimePrecision.MONTH).event();
    Decision d = CrossReports.decide(ambush().event(), month);
    assertTrue(d.same(), d.reason());
    assertFalse(CrossReports.decide(ambush().event(),
        ambush().on("2024-03-01").within(TimePrecision.MONTH).event()).same());
  }

  @Test
  void eachReportToldFromOneSideOfTheFightIsNotOpposed() {
    Event byArmy = Report.of(SubEventType.ARMED_CLASH).by(MALI_ARMY).on("2024-02-05").at(SEVARE).event();
    Event byJnim = Report.of(SubEventType.ARMED_CLASH).by(JNIM).on("2024-02-05").at(SEVARE).event();
    Decision d = CrossReports.decide(byArmy, byJnim);
    assertTrue(d.same(), d.reason());
    assertTrue(d.reason().contains("no actor in common; other actors not opposed"), d.reason());
  }

  @Test
  void aQualifierInParenthesesMayBeLeftOff() {
    var plain = new org.sitrep.model.Actor("Islamic State", 2, "", "", false);
    var mozambique = new org.sitrep.model.Actor("Islamic State (Mozambique)", 2, "", "MOZ", false);
    assertTrue(ReportedSides.agree(plain, mozambique));
    assertFalse(ReportedSides.agree(IS_SAHEL, mozambique));
    assertTrue(ReportedSides.opposed(IS_SAHEL, JNIM));
    assertFalse(ReportedSides.opposed(MALI_ARMY, JNIM), "different kinds: two sides of one fight");
  }

  @Test
  void actorsNamedByOneReportOnlyNeitherJoinNorPart() {
    Event named = ambush().event();
    Event unnamed = Report.of(SubEventType.ARMED_CLASH).on("2024-02-05").at(SEVARE).event();
    Decision d = CrossReports.decide(named, unnamed);
    assertTrue(d.same(), d.reason());
    assertEquals(ReportedSides.NO_SIDES, d.score(), 1e-9);
    assertTrue(d.reason().contains("actors named in one report only (JNIM"), d.reason());
  }
}
