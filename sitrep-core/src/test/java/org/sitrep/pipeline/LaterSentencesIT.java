package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.pipeline.SharedPipeline.noEventIn;
import static org.sitrep.pipeline.SharedPipeline.only;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.GeoPrecision;

/**
 * What a sentence after the act adds to it: who claimed it, who else died, where more exactly it
 * was. Each on a short report written here.
 */
class LaterSentencesIT {
  private static final String DAY = "2024-06-05";

  private static String actor1(Event e) {
    return e.actor1().map(Actor::name).orElse("");
  }

  @Test
  void aClaimOfResponsibilityThatNamesNoActClaimsTheActJustTold() {
    String act = "A bomb went off at a bus stop in Quetta on Monday, killing four people. ";
    for (String claim : new String[] {
        "The TTP claimed responsibility.",
        "The TTP claimed responsibility in a statement sent to reporters.",
        "The TTP later took responsibility for it.",
        "The TTP claimed responsibility for the attack in a statement."}) {
      assertEquals("TTP: Tehrik-i-Taliban Pakistan", actor1(only(act + claim, DAY)), claim);
    }
  }

  @Test
  void noClaimLeavesTheMakerUnidentified() {
    String act = "A bomb went off at a bus stop in Quetta on Monday, killing four people. ";
    for (String claim : new String[] {
        "No group has claimed responsibility.",
        "The TTP did not claim responsibility."}) {
      assertEquals("Unidentified Armed Group (Pakistan)", actor1(only(act + claim, DAY)), claim);
    }
  }

  @Test
  void aClaimWithNoActToldClaimsNothing() {
    noEventIn(DAY, "The TTP claimed responsibility in a statement on Monday.");
  }

  @Test
  void theArmedPartyABlameNamesMadeTheActJustTold() {
    String act = "A bomb exploded at a market in Mubi on Friday, killing five people. ";
    for (String blame : new String[] {
        "Police blamed Boko Haram.",
        "The state governor blamed Boko Haram, which has attacked the town before."}) {
      assertEquals("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
          actor1(only(act + blame, DAY)), blame);
    }
  }

  @Test
  void aPartyHeldResponsibleMadeTheActJustTold() {
    String act = "A bomb exploded near a mosque in Gwoza on Friday, killing five people. ";
    for (String blame : new String[] {
        "The army held Boko Haram responsible for the attack.",
        "The army held Boko Haram responsible.",
        "The army said Boko Haram was responsible.",
        "Police blamed Boko Haram for planting the bomb."}) {
      assertEquals("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
          actor1(only(act + blame, DAY)), blame);
    }
  }

  @Test
  void aBlameWhoseForTheParserHungOnAClauseBetweenStillNamesTheMaker() {
    // "for the attack" was read as what the faction "rejected", and so the attack as denied.
    Event e = only("Two soldiers were killed when gunmen attacked a military base in Saravena on"
        + " Friday. The army blamed the Nagu front, a faction of the former FARC rebels that"
        + " rejected the 2016 accord, for the attack.", DAY);
    assertEquals("FARC Dissidents", actor1(e));
  }

  @Test
  void noPartyHeldResponsibleLeavesTheMakerUnidentified() {
    String act = "A bomb exploded near a mosque in Gwoza on Friday, killing five people. ";
    for (String blame : new String[] {
        "No group was responsible, police said.",
        "Officials said those responsible would be punished."}) {
      assertEquals("Unidentified Armed Group (Nigeria)", actor1(only(act + blame, DAY)), blame);
    }
  }

  @Test
  void aBlameOfNoArmedPartyOrForSomethingElseNamesNoMaker() {
    String act = "A bomb exploded at a market in Mubi on Friday, killing five people. ";
    for (String blame : new String[] {
        "Critics blamed the state governor.",
        "Traders blamed Boko Haram for the high price of grain."}) {
      assertEquals("Unidentified Armed Group (Nigeria)", actor1(only(act + blame, DAY)), blame);
    }
  }

  @Test
  void aBlameWithNoActToldTellsNone() {
    noEventIn(DAY, "Report\n\nOfficials in Jilib blamed al-Shabaab on Monday.");
  }

  @Test
  void aCauseBlamedIsNoSide() {
    Event e = only("Fighting broke out between two clans in Beledweyne on Tuesday, killing five"
        + " people. Elders blamed the fighting on a quarrel over a water point.", DAY);
    assertEquals("Unidentified Clan Militia (Somalia)", actor1(e));
    assertEquals("Unidentified Clan Militia (Somalia)", e.actor2().map(Actor::name).orElse(""));
  }

  @Test
  void aFightOfOneKindOfPartyKeepsBothSidesWhenToldAgain() {
    Event e = only("Two rival armed groups clashed in Jilib on Tuesday, killing five fighters."
        + " The fighting lasted several hours, residents said.", DAY);
    assertEquals("Unidentified Armed Group (Somalia)", actor1(e));
    assertEquals("Unidentified Armed Group (Somalia)", e.actor2().map(Actor::name).orElse(""));
  }

  @Test
  void aGroupWhoseNameEndsInAPlaceIsTheClaimant() {
    // NER tags the last word of the name as the country.
    assertEquals("TTP: Tehrik-i-Taliban Pakistan", actor1(only("A bomb went off at a bus stop in"
        + " Quetta on Monday, killing four people. The Tehreek-e-Taliban Pakistan claimed the"
        + " attack.", DAY)));
  }

  @Test
  void thoseWhoDiedAfterTheActAreItsDead() {
    assertEquals(3, only("Gunmen shot at a minibus near Bunia on Sunday. Three passengers died on"
        + " the way to hospital.", DAY).fatalities());
    // Dead besides those counted are added to them, on either side.
    assertEquals(9, only("Rebels ambushed a patrol near Bunia on Sunday, killing six soldiers."
        + " Three more soldiers died of their wounds overnight.", DAY).fatalities());
    assertEquals(8, only("Rebels ambushed a patrol near Bunia on Sunday, killing six soldiers."
        + " Two of the attackers also died.", DAY).fatalities());
  }

  @Test
  void aDeathWithNoActOfViolenceIsNoEvent() {
    noEventIn(DAY, "Two elderly residents of Bunia died of cholera on Sunday.");
  }

  @Test
  void aDeathThatLedToTheActOrDescribesSomeoneIsNotItsToll() {
    assertEquals(0, only("Traders rioted in Kisumu on Monday over the death of a hawker who died"
        + " in a police cell.", DAY).fatalities());
    assertEquals(0, only("Youths stoned a police station in Kisumu on Monday after a hawker died"
        + " in a police cell.", DAY).fatalities());
    assertEquals(1, only("A herder died when a landmine exploded near Lashio on Monday.", DAY)
        .fatalities());
  }

  @Test
  void aSideCountingItsOwnDeadIsNotDiscountedAsAClaim() {
    assertEquals(7, only("Rebels ambushed an army convoy near Bunia on Sunday. Five soldiers were"
        + " killed in the fighting, an army spokesman said. Two rebels were also killed.", DAY)
        .fatalities());
  }

  @Test
  void fightingThatOpensTheSentenceHasTheSidesItBrokeOutBetween() {
    Event e = only("Fighting erupted between the army and the KIA near Bhamo on Monday.", DAY);
    assertEquals("Military Forces of Myanmar (2021-)", actor1(e));
    assertEquals("KIA: Kachin Independence Army", e.actor2().map(Actor::name).orElse(""));
  }

  @Test
  void aProvinceNamedAloneIsCodedAsTheProvince() {
    Event e = only("Gunmen attacked a farm in Plateau State on Sunday, killing three farmers.",
        DAY);
    assertEquals(GeoPrecision.REGION, e.geoPrecision());
    assertEquals("Plateau", e.place().map(p -> p.admin1()).orElse(""));
    // The word for a province may stand before the name, whose city ranks first alone.
    Event state = only("Gunmen killed four farmers in the state of Gombe on Monday.", DAY);
    assertEquals(GeoPrecision.REGION, state.geoPrecision());
  }

  @Test
  void aTownInTheProvinceToldAfterSaysWhereTheActWas() {
    Event e = only("An army drone strike killed six civilians at a wedding in the Segou region on"
        + " Sunday. The strike hit a gathering in a village near Tominian in the afternoon.", DAY);
    assertEquals("Tominian", e.place().map(p -> p.name()).orElse(""));
    assertEquals(6, e.fatalities());
  }

  @Test
  void aTollToldAfterTheLastActIsItsTollAndLeavesItsPlace() {
    java.util.List<Event> events = SharedPipeline.extract("Gunmen shot dead an official in Jilib"
        + " on Monday. Later on Tuesday, a car bomb exploded outside a hotel in Beledweyne,"
        + " killing five people. The death toll later rose to eleven, a hospital official said.",
        DAY).events();
    assertEquals(2, events.size());
    Event bomb = events.stream().filter(e -> e.fatalities() > 1).findFirst().orElseThrow();
    assertEquals(11, bomb.fatalities());
    assertEquals("Beledweyne", bomb.place().map(p -> p.name()).orElse(""));
    // The hotel is near; the town it stands in is where the bomb went off.
    assertEquals(GeoPrecision.EXACT, bomb.geoPrecision());
  }

  @Test
  void theWoundedWhoDiedOnALaterDayAreTheActsDead() {
    Event e = only("Militants attacked a police checkpoint near Jilib on Sunday, killing four"
        + " officers. Two more officers died of their wounds in hospital on Monday, a spokesman"
        + " said.", DAY);
    assertEquals(6, e.fatalities());
    assertEquals("2024-06-02", e.eventDate().map(Object::toString).orElse(""));
  }

  @Test
  void aVillageTheGazetteerDoesNotKnowInTheProvinceToldIsTheSameStrike() {
    Event e = only("A military air strike on a village in Sagaing region killed 14 people on"
        + " Monday, residents said. Two fighter jets dropped bombs on the school in Qqq Kone"
        + " village in Zzz township at around noon, a teacher said.", DAY);
    assertEquals("Military Forces of Myanmar (2021-)", actor1(e));
    assertEquals(14, e.fatalities());
  }

  /** "The attack was carried out by X": the passive of a light verb names the maker by "by". */
  @Test
  void anActSaidLaterToBeCarriedOutBySomeoneIsTheirs() {
    Event e = only("Gunmen attacked a police station in Beledweyne on Monday, killing two officers."
        + " The attack was carried out by al-Shabaab, according to a police spokesman.", DAY);
    assertEquals("Al Shabaab", actor1(e), e::toString);
    assertEquals(2, e.fatalities(), e::toString);
  }

  /**
   * "Police spokesman Qqq Zzz said the device had been placed inside": the speaker before the
   * verb of saying is no maker of the act the clause after it tells.
   */
  @Test
  void theSpeakerBeforeTheVerbOfSayingMadeNothing() {
    Event blast = only("A bomb exploded on a minibus in Kitui on Tuesday, killing five people."
        + " Police spokesman Qqq Zzz said the explosive device had been placed inside the"
        + " vehicle.", DAY);
    assertEquals(5, blast.fatalities(), blast::toString);
    org.junit.jupiter.api.Assertions.assertFalse(actor1(blast).startsWith("Police"), blast::toString);
  }
}
