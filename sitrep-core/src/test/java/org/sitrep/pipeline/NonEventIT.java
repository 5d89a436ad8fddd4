package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue #6: statements that are not reports of an event that took place, each on a sentence
 * written here: what happens as a rule, what someone was sent or had the chance to do, what one
 * party accuses another of.
 */
class NonEventIT {
  private static void noEvents(String text, String expectedReason) {
    ExtractionResult r = SharedPipeline.extract(text, "2024-05-08");
    assertTrue(r.events().isEmpty(), () -> "events: " + r.events());
    assertTrue(r.rejections().stream().anyMatch(j -> j.reason().startsWith(expectedReason)),
        () -> "rejections: " + r.rejections());
  }

  private static void oneEvent(String text) {
    ExtractionResult r = SharedPipeline.extract(text, "2024-05-08");
    assertEquals(1, r.events().size(), () -> "events: " + r.events() + "\nrejections: " + r.rejections());
  }

  @Test
  void thePresentTenseOfAStatisticIsNoEvent() {
    noEvents("In the camps around Maiduguri, 12 people are killed and 30 are injured every week.", "habitual");
  }

  @Test
  void aPurposeIsNoEvent() {
    noEvents("Troops were deployed to Zamfara state to repel attacks by bandits.", "intended");
  }

  @Test
  void aChanceIsNoEvent() {
    noEvents("The collapse of the truce gave the rebels the opportunity to attack Goma.", "intended");
  }

  @Test
  void aDispositionIsNoEvent() {
    noEvents("The commander said his men were ready to shell the town of Kafr Nabl.", "intended");
  }

  @Test
  void anAccusationIsNoEvent() {
    noEvents("The opposition accused the army of shelling the village of Kafr Nabl.", "alleged");
  }

  @Test
  void whatAToolWasUsedForHappened() {
    oneEvent("Militants used drones to attack an army base in Hama on Monday.");
  }

  @Test
  void whatSomeoneWentOnToDoHappened() {
    oneEvent("The gunmen went on to kill four soldiers near Gao on Monday.");
  }

  @Test
  void aWarLongTollIsNoEvent() {
    noEvents("An estimated 12,000 people have been killed in Tigray, according to aid groups.", "total toll");
    noEvents("At least 40 journalists have been killed since the war began in March.", "total toll");
    noEvents("More than 300 people have been killed in the region so far this year.", "total toll");
    noEvents("By the end of 2019, 210 soldiers had been killed in Mopti.", "total toll");
  }

  @Test
  void aTollOverMonthsOfProtestIsNoEvent() {
    ExtractionResult r = SharedPipeline.extract(
        "About 60 people have died in four months of street protests in Khartoum.", "2024-05-08");
    assertTrue(r.events().isEmpty(), () -> "events: " + r.events());
  }

  @Test
  void theLeadOfAnAttackInThePerfectTenseIsAnEvent() {
    oneEvent("At least 10 people have been killed in an attack on a market in Maiduguri, police said.");
  }
}
