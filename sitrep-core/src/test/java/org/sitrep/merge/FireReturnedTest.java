package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

/** Which of two shellings told of one day and place goes the other way. */
class FireReturnedTest {
  private static final Actor ARMY = new Actor("Military Forces of Ruritania (2019-)", 1, "", "RRR",
      false);
  private static final Actor MILITIA = new Actor("Northern Militia", 2, "", "RRR", false);

  private static Event shelling(Actor maker, Actor target, String makerNote) {
    List<Evidence> evidence = List.of(new Evidence("trigger", "shelled", 0, 7),
        new Evidence("actor1", "shelled", 0, 7, makerNote));
    return new Event("E", "a.txt", Optional.of(LocalDate.of(2025, 6, 1)), TimePrecision.DAY,
        SubEventType.SHELLING_ARTILLERY_MISSILE, Optional.of(maker), List.of(),
        Optional.of(target), List.of(), Optional.empty(), GeoPrecision.EXACT, "", "", 0, 0, 0,
        "195", "ASSAULT", Modality.ASSERTED, 0.8, evidence);
  }

  @Test
  void fireSentBackByTheSideStruckGoesTheOtherWay() {
    assertTrue(Agreement.fireReturned(shelling(ARMY, MILITIA, ""), shelling(MILITIA, ARMY, "")));
    assertFalse(Agreement.fireReturned(shelling(ARMY, MILITIA, ""), shelling(ARMY, MILITIA, "")));
  }

  @Test
  void unattributedFireAlongAFrontLineGoesNoWay() {
    // Its sides are the line's, in the order the line lists them, not who fired at whom.
    Event line = shelling(MILITIA, ARMY, Mention.FRONT_LINE_SIDES + " ('ceasefire')");
    assertFalse(Agreement.fireReturned(shelling(ARMY, MILITIA, ""), line));
    assertFalse(Agreement.fireReturned(line, shelling(ARMY, MILITIA, "")));
  }
}
