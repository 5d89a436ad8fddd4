package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Roads blocked with burning tyres are a demonstration's act, which ACLED's definition of a violent
 * demonstration names, though the story names no protest; a mob that only beats or burns is mob
 * violence. Vehicles seized are goods taken, as a laptop seized is, not ground. Each on a sentence
 * written here.
 */
class RoadblocksIT {
  private static final String DATE = "2024-06-05";

  @Test
  void burningTyresMakeAViolentDemonstration() {
    SharedPipeline.eachTyped(SubEventType.VIOLENT_DEMONSTRATION, DATE,
        "Angry residents burned tyres and chanted against the governor in the town of Onitsha on"
            + " Tuesday after a power cut, witnesses said.",
        "Motorcycle taxi riders blocked the highway with burning tires in the town of Ahero on"
            + " Tuesday, witnesses said.");
  }

  @Test
  void roadsBlockedWithBarricadesOrTyresAreAViolentDemonstrationWhereverTheParseHangsThem() {
    SharedPipeline.eachTyped(SubEventType.VIOLENT_DEMONSTRATION, DATE,
        "Protesters blocked the bridge into the town of Ahero with burning tyres on Tuesday.",
        "Residents blocked the highway to the port in Eldoret with burning tyres on Monday to"
            + " demand clean water.",
        "Traders blocked the main street in Eldoret with barricades on Monday to protest against"
            + " a new levy.");
    SharedPipeline.eachTyped(SubEventType.PEACEFUL_PROTEST, DATE,
        "Teachers marched through Eldoret with placards on Monday to demand unpaid salaries.");
  }

  @Test
  void aMobWithoutRoadblocksOrDemandsIsMobViolence() {
    SharedPipeline.eachTyped(SubEventType.MOB_VIOLENCE, DATE,
        "Tired of repeated thefts, villagers beat a suspected thief to death in the town of Ahero"
            + " on Tuesday, police said.",
        "A mob set fire to a tyre shop and beat its owner in the town of Ahero on Tuesday, police"
            + " said.");
  }

  @Test
  void vehiclesSeizedAreGoodsTakenNotTerritory() {
    Event e = SharedPipeline.only("Police seized the motorcycles of taxi riders in the town of"
        + " Ahero on Tuesday, witnesses said.", DATE);
    assertEquals(SubEventType.LOOTING, e.subEventType());
  }

  @Test
  void aDeathARoadWasBlockedOverIsNotTheDispersalsToll() {
    Event e = SharedPipeline.only("On Tuesday, police in Hoima fired tear gas at motorcycle taxi"
        + " riders who had blocked a road over the killing of a fellow rider.", "2024-05-08");
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, e.subEventType());
    assertEquals(0, e.fatalities());
  }

  @Test
  void theMonthOfMarchTellsNoMarch() {
    // A coder's note dated in March: the month's name is no protest march, so a fight between
    // two candidates' supporters, with no demand told, is a mob's.
    Event e = SharedPipeline.only("On 2 March 2024, supporters of two rival candidates fought with"
        + " machetes and stones in Kumbo (Bui, North-West), injuring 9 people.", "2024-03-05");
    assertEquals(SubEventType.MOB_VIOLENCE, e.subEventType());
  }
}
