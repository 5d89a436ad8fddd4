package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/** Issue #6: counts as ACLED counts them, each on a short report written here. */
class CountsIT {
  private static Event only(String text) {
    ExtractionResult r = SharedPipeline.extract(text, "2024-05-08");
    assertEquals(1, r.events().size(), () -> "events: " + r.events());
    return r.events().get(0);
  }

  @Test
  void killedOrWoundedIsNotKilled() {
    assertEquals(0, only("Gunmen killed or wounded 20 people in an attack on a bus near Dori on Monday.")
        .fatalities());
  }

  @Test
  void aNumberWordOpeningTheSentenceIsCounted() {
    // The tagger takes a capitalised "Eleven" for a name compounded with the noun.
    assertEquals(11, only("Eleven soldiers were killed near Gharyan on Monday.").fatalities());
  }

  @Test
  void theFiguresOfGroupsKilledTogetherAreAdded() {
    assertEquals(15, only("Thirteen militiamen and two soldiers were killed in clashes near Gharyan"
        + " on Monday.").fatalities());
    assertEquals(5, only("Four civilians and a policeman were killed when gunmen attacked a"
        + " checkpoint near Gharyan on Monday.").fatalities());
    // A vague figure is not added to: the first group's figure stands.
    assertEquals(12, only("Dozens of militants and two soldiers were killed in clashes near"
        + " Gharyan on Monday.").fatalities());
  }

  @Test
  void aNumberOfTensAndUnitsIsCountedWhole() {
    assertEquals(21, only("Twenty-one civilians were killed when gunmen attacked a village near"
        + " Kitui on Monday.").fatalities());
    assertEquals(35, only("Gunmen killed thirty five villagers near Kitui on Monday.").fatalities());
  }

  @Test
  void thoseBeatenToDeathAndMembersOfAGroupNamedInThePluralAreCounted() {
    assertEquals(2, only("Villagers beat two men to death near Kitui on Sunday.").fatalities());
    assertEquals(2, only("Two traders were hacked to death by a mob in Kitui on Sunday.")
        .fatalities());
    assertEquals(5, only("Five Maoists were killed in a gunfight with police near Sukma on"
        + " Sunday.").fatalities());
  }

  @Test
  void theDeadTheFightLeftAreItsToll() {
    // The parser reads "four militants" as the measure of "dead", not as what was left.
    assertEquals(4, only("Security forces clashed with militants near Bannu on Sunday, and the"
        + " clashes left four militants dead, police said.").fatalities());
  }

  @Test
  void theDeadTheParserHangsLooselyOnDeadAreCounted() {
    // After "at least", the parser hangs "12 combatants" on "dead" as a loose dependent.
    assertEquals(12, only("Clashes between the army and the M23 rebels near Kiwanja left at least"
        + " 12 combatants dead on Wednesday, local sources said.").fatalities());
  }

  @Test
  void twoGroupsLeftDeadAreBothCounted() {
    // The parser may join "dead" to the first group and hang the second on it as a measure.
    assertEquals(8, only("Troops and rebels fought near Gulu on Sunday, leaving seven rebels and"
        + " one soldier dead.").fatalities());
  }

  @Test
  void theDeadOfMakersDescribedByWhatTheyAreBelievedToBeAreCounted() {
    // The tagger read "killed" as a participle describing the herders.
    assertEquals(6, only("Gunmen suspected to be herders killed six villagers in raids near Riyom"
        + " on Sunday, a local leader said.").fatalities());
  }

  @Test
  void injuriesSomeoneSustainedAreCounted() {
    assertEquals(1, only("Troops clashed with militants near Monguno on Monday. One soldier"
        + " sustained injuries.").injured());
  }

  @Test
  void anAgeBesideANameIsNoCount() {
    assertEquals(1, only("Abdi Farah, 26, was shot dead by police in Mogadishu on Monday.").fatalities());
  }

  @Test
  void aRangeTakesItsLowerBound() {
    assertEquals(10, only("Between 10 and 15 civilians were killed when gunmen attacked the village of Mbau "
        + "near Beni on Monday.").fatalities());
  }

  @Test
  void aFigureToldTwiceCountsOnce() {
    assertEquals(7, only("A roadside bomb killed seven soldiers near Gao on Monday. The seven soldiers were "
        + "killed when their vehicle hit the bomb, the army said.").fatalities());
  }

  @Test
  void aPartysClaimGivesWayToAReportedToll() {
    assertEquals(4, only("Al Shabaab fighters attacked an army base near Afgoye on Monday. The group said its "
        + "fighters killed 30 soldiers. The army said four soldiers were killed in the attack.").fatalities());
  }

  @Test
  void eachSidesDeadToldApartAreAddedUp() {
    assertEquals(9, only("Boko Haram fighters attacked an army post in Gwoza on Monday, killing six soldiers. "
        + "Troops repelled the attack and three insurgents were killed, the army said.").fatalities());
  }

  @Test
  void theDeadOfTwoJoinedVerbsAreCountedOnce() {
    // The parser hangs the shared object, or passive subject, on the first verb only.
    assertEquals(2, only("Gunmen attacked and killed two men in Patiala on Tuesday.").fatalities());
    assertEquals(2, only("Two men were attacked and shot dead in Patiala on Tuesday.").fatalities());
    assertEquals(5, only("Gunmen ambushed and killed five soldiers near Dori on Tuesday.").fatalities());
  }

  @Test
  void noFatalitiesCountsNobody() {
    assertEquals(0, only("Jets struck a depot near Marib on Tuesday. Police reported no fatalities nor injuries.")
        .fatalities());
    assertEquals(0, only("Gunmen attacked a checkpoint near Dori on Tuesday, killing no one.").fatalities());
    assertEquals(0, only("Egyptian forces conducted airstrikes on militants in Rafah on Tuesday, with no reports "
        + "of fatalities or injuries.").fatalities());
    assertEquals(0, only("Gunmen set fire to a bus in Nairobi on Monday. Neither deaths nor injuries were "
        + "reported.").fatalities());
  }

  @Test
  void aRisingTollUpdatesTheEventButAWarsTollDoesNot() {
    assertEquals(8, only("Gunmen attacked a market in Kano on Monday, killing five. The death toll from the "
        + "attack rose to eight on Tuesday, police said.").fatalities());
    assertEquals(5, only("Gunmen attacked a market in Kano on Monday, killing five. The overall toll from the "
        + "conflict rose to 3,000.").fatalities());
    assertEquals(3, only("Gunmen attacked a police post in Jacmel on Tuesday, killing three officers. More than "
        + "5,000 people were killed in gang violence in Haiti last year.").fatalities());
    assertEquals(4, only("Shells hit a market in Taiz on Thursday, killing four civilians. The war has killed "
        + "tens of thousands of people.").fatalities());
  }

  @Test
  void aDeathThatCausedAProtestIsNotItsToll() {
    assertEquals(0, only("Youths burned tyres in Hoima on Monday after a trader died in custody.")
        .fatalities());
    assertEquals(0, only("Students marched in Nyeri on Monday over the death of a classmate shot"
        + " by police last week.").fatalities());
  }

  @Test
  void aDeathThatSetOffAFightIsNotItsToll() {
    assertEquals(1, only("Two rival clans clashed in Meru on Sunday following the killing of a man"
        + " from one of the clans. The ensuing clashes left another man dead.").fatalities());
    // But the fight that a town was taken after is the taking's own, and so are its dead.
    assertEquals(23, only("Soldiers took control of a militia stronghold near Meru on Monday after"
        + " a gunfight with its defenders, which resulted in 23 rebels dead.").fatalities());
  }

  @Test
  void aRangeCountsItsLowerFigureAndALynchingItsDead() {
    assertEquals(5, only("Gunmen killed five to eight villagers in Nyeri on Monday.").fatalities());
    assertEquals(5, only("Gunmen killed between five and eight villagers in Nyeri on Monday.")
        .fatalities());
    assertEquals(1, only("A mob lynched a man in Nyeri on Sunday.").fatalities());
  }

  @Test
  void theNumberBeforeAGroupsNameCountsItsMembers() {
    assertEquals(4, only("Four National Liberation Front (NLF) fighters were killed in a clash with"
        + " soldiers in Meru on Saturday.").fatalities());
    assertEquals(3, only("Troops killed three Lord's Resistance Army (LRA) rebels in Meru on"
        + " Saturday.").fatalities());
  }

  @Test
  void theDeadBeforeTheSourceOfTheReportAreCounted() {
    assertEquals(2, only("Soldiers opened fire on protesters in the town of Meru on Sunday,"
        + " killing two people, local media said.").fatalities());
  }

  @Test
  void shotDeadCountsItsVictimAndOnePersonNamedAddsToAGroup() {
    assertEquals(1, only("Bandits shot dead a farmer in Nyeri on Saturday.").fatalities());
    assertEquals(3, only("A bomb exploded at a house in Nyeri on Monday night, killing the owner"
        + " and two of his relatives.").fatalities());
  }

  @Test
  void aTollTheSentenceGivesIncludesTheDeathItTells() {
    assertEquals(5, only("A bomb exploded in a hotel car park in Nyeri on Wednesday night, killing"
        + " four people. The death toll later rose to five after a wounded guard died in"
        + " hospital.").fatalities());
  }

  @Test
  void thoseArrestedOrDetainedAreCaptured() {
    // The schema's captured: people abducted, arrested or taken prisoner.
    assertEquals(5, only("Police arrested five protesters outside the parliament in Kampala on"
        + " Monday.").captured());
    assertEquals(12, only("Twelve opposition activists were detained by soldiers in Gulu on"
        + " Sunday.").captured());
    // A count of those arrested makes an act with no place or day an event of its own.
    ExtractionResult r = SharedPipeline.extract("Police arrested five protesters outside the"
        + " parliament.", null);
    assertEquals(1, r.events().size(), () -> "rejections: " + r.rejections());
  }

  @Test
  void theBodiesToldAfterTheDeadAreTheSameDead() {
    // "The bodies" names the dead counted before; it is no number left unknown (coded 10).
    assertEquals(3, only("Three farmers were found dead in a ravine outside Kananga on Monday."
        + " Their bodies had been mutilated with machetes.").fatalities());
    assertEquals(10, only("Fighting raged near Kitui on Monday and there were deaths on both"
        + " sides, officials said.").fatalities());
  }

  @Test
  void numbersLeftDeadOrInjuredWithNoNounOfPeopleAreCounted() {
    Event both = only("Rival clans clashed near Kitui on Sunday, leaving three dead and 12"
        + " injured.");
    assertEquals(3, both.fatalities());
    assertEquals(12, both.injured());
    assertEquals(14, only("Supporters of two candidates fought in Kitui on Sunday, leaving 14"
        + " injured.").injured());
  }

  @Test
  void theHarmAnActLeftBehindIsItsTollNotAnotherEvent() {
    // The parser makes "nine" the subject of "injured"; the injured are still the clash's toll.
    Event clash = only("Rival groups clashed in Kitui on Sunday, leaving two dead and nine"
        + " injured.");
    assertEquals(2, clash.fatalities());
    assertEquals(9, clash.injured());
    assertEquals(12, only("The blast left 12 people injured in Kitui on Sunday.").injured());
  }

  @Test
  void aDayThatDatesAClauseOfAVerbLikeBeatDatesTheVerb() {
    // "beat" is its own past; the parser hangs the closing day on the nearest verb.
    Event e = SharedPipeline.only("Residents beat to death a man they suspected of theft in Jinja"
        + " on Sunday.", "2024-05-08");
    assertEquals(1, e.fatalities(), e::toString);
  }

  @Test
  void theDeadMadeTheSubjectOfTheAttributionAfterThemAreCounted() {
    // The parser reads "killing" as the marker of "said" and the dead as who said it.
    assertEquals(3, only("Militants attacked a checkpoint in Kohat on Sunday, killing three"
        + " officers, Pakistani officials said.").fatalities());
  }

  @Test
  void aDeathTheActAnsweredIsNotItsToll() {
    assertEquals(0, only("Residents torched a police station in Tshikapa on Tuesday after a man"
        + " died in custody.").fatalities());
  }

  @Test
  void aFloorOfOneGroupAddsAsAFigureDoes() {
    // "at least" makes the first figure a floor; the groups still add up.
    assertEquals(10, only("Rebels ambushed an army patrol near Kalemie on Friday, sparking a"
        + " gunfight that killed at least six soldiers and four rebels, an army spokesman said.")
        .fatalities());
  }

  @Test
  void aGroupsOwnClaimIsAPartysClaimThoughTheTaggerTakesItsNameForAPersons() {
    // The tagger may read "Al Shabaab" as a person's name; the group is still the speaker, and
    // its claim does not outweigh the figure the report gives.
    assertEquals(9, only("Al Shabaab fighters attacked an army base near Jalalaqsi on Monday,"
        + " killing at least nine soldiers, a military official said. Al Shabaab said in a"
        + " statement it had killed 35 soldiers.").fatalities());
  }

  @Test
  void aBareCountJustAfterAWordOfHarmIsItsDeadWhereTheParseLosesIt() {
    // The parser hangs "killing" and "three" on "said"; the count is read where it stands.
    assertEquals(3, only("Security forces fired live rounds to disperse thousands of students in"
        + " Myitkyina on Thursday, killing at least three, medics said.").fatalities());
  }

  @Test
  void anotherHurtInAJoinedPassiveIsOneMore() {
    Event e = only("Three soldiers were shot dead and another wounded when gunmen attacked their"
        + " post near Bossangoa on Monday.");
    assertEquals(3, e.fatalities());
    assertEquals(1, e.injured());
  }

  /** "neutralised", "martyring": military and regional words for killing are counted. */
  @Test
  void wordsOfKillingBesideKillAreCounted() {
    Event e = only("Troops neutralised 11 insurgents in a raid near Dikwa on Tuesday, the army"
        + " said.");
    assertEquals(11, e.fatalities(), e::toString);
    // Those who attacked, neutralised in a pursuit, were killed as insurgents are.
    Event pursuit = only("Soldiers neutralised four assailants during a pursuit near Hombori on"
        + " Sunday, the army said.");
    assertEquals(4, pursuit.fatalities(), pursuit::toString);
    assertEquals(SubEventType.ARMED_CLASH, only("The army said soldiers had \"neutralised\""
        + " several assailants near Hombori on Sunday.").subEventType());
    // "Terrorists", as state forces call the men they fight, are an armed group, not civilians.
    Event terrorists = only("Security forces neutralised three terrorists in an encounter near"
        + " Machil on Wednesday, officials said.");
    assertEquals(SubEventType.ARMED_CLASH, terrorists.subEventType(), terrorists::toString);
    assertEquals(3, terrorists.fatalities(), terrorists::toString);
    assertTrue(terrorists.actor2().map(a -> a.name().startsWith("Unidentified Armed Group"))
        .orElse(false), terrorists::toString);
    Event b = only("A suicide bomber attacked a convoy in Lakki Marwat on Tuesday, martyring four"
        + " soldiers.");
    assertEquals(4, b.fatalities(), b::toString);
  }

  /**
   * Two clauses joined by "and" that each count their own dead add up; a part named with
   * "including" does not.
   */
  @Test
  void theDeadOfTwoJoinedClausesAddUp() {
    assertEquals(5, only("Two soldiers were killed and three militants were shot dead in a"
        + " gunfight near Kitgum on Monday, officials said.").fatalities());
    assertEquals(5, only("Gunmen killed five villagers near Kitgum on Monday, including two"
        + " children who were shot dead in their beds.").fatalities());
  }

  /** "shot a teacher, killing him": one dead, the person named before. */
  @Test
  void oneKilledNamedBeforeIsOneDeath() {
    Event e = only("Gunmen shot a shopkeeper in Nawa on Monday, killing him and wounding his"
        + " brother.");
    assertEquals(1, e.fatalities(), e::toString);
    assertEquals(1, e.injured(), e::toString);
  }

  /** "one dead and two others wounded": the wounded are counted by their own word. */
  @Test
  void aGroupWithItsOwnHarmIsNotAddedToTheDead() {
    Event e = only("Gunmen attacked a farm near Kitui on Monday, leaving one watchman dead and two"
        + " others wounded, police said.");
    assertEquals(1, e.fatalities(), e::toString);
  }

  /** "raised the toll to five", "put the toll at five": the toll is set, as when it rises. */
  @Test
  void aTollRaisedOrPutAtAFigureUpdatesTheEvent() {
    for (String update : java.util.List.of("He later raised the toll to five.",
        "Officials later put the death toll at five.", "The toll was later revised to five.")) {
      Event e = only("Bandits ambushed a police patrol near Gombe on Monday, killing three"
          + " officers, the governor said. " + update);
      assertEquals(5, e.fatalities(), update);
    }
  }

  /** "four dead and nine wounded", read with "nine" as the subject of "wounded". */
  @Test
  void aSidesLossesToldAfterTheActAreItsToll() {
    Event e = only("Al-Shabaab fighters ambushed an army convoy near Jilib on Sunday. The army put"
        + " its own losses at four dead and nine wounded.");
    assertEquals(org.sitrep.model.SubEventType.ARMED_CLASH, e.subEventType(), e::toString);
    assertEquals(4, e.fatalities(), e::toString);
    assertEquals(9, e.injured(), e::toString);
  }

  /** A number set off by commas after the noun is an age: "A student, Qqq Zzz, 22,". */
  @Test
  void anAgeAfterARoleAndANameIsNoCount() {
    assertEquals(1, only("A teacher, Qqq Zzz, 34, was shot dead by gunmen in Kitui on Monday.")
        .fatalities());
    assertEquals(1, only("The journalist, Qqq Zzz, 41, was arrested by police in Hoima on"
        + " Monday.").captured());
  }

  /** "He died at the scene": the pronoun is one person, as "killing him" is. */
  @Test
  void heWhoDiedIsOne() {
    assertEquals(1, only("On Monday evening two gunmen opened fire on a shopkeeper in Kitui. He"
        + " died at the scene.").fatalities());
  }

  /** Goods seized are no captives: "communication equipment was seized". */
  @Test
  void goodsSeizedAreNoCaptives() {
    Event raid = only("Soldiers killed four gunmen in a raid near Kitui on Monday. Weapons,"
        + " explosive belts and communication equipment were seized.");
    assertEquals(4, raid.fatalities(), raid::toString);
    assertEquals(0, raid.captured(), raid::toString);
  }

  /** "demanding justice for a hawker who died in custody": the death is why, not the toll. */
  @Test
  void aDeathTheCrowdDemandsJusticeForIsNotItsToll() {
    assertEquals(0, only("Hundreds of traders marched in Hoima on Monday to demand justice for a"
        + " hawker who died in police custody.").fatalities());
  }

  /** "Last year, more than 60 people were killed": a toll of another year is not this event's. */
  @Test
  void aTollOfAnotherYearIsNotTheEventsToll() {
    ExtractionResult r = SharedPipeline.extract("The protests turned violent in Kitui on Monday"
        + " evening. Police said two officers were injured. Last year, more than 60 people were"
        + " killed during weeks of protests against a finance bill.", "2025-06-10");
    assertEquals(1, r.events().size(), () -> "events: " + r.events());
    assertEquals(0, r.events().get(0).fatalities(), () -> "event: " + r.events().get(0));
  }

  /** "raising the death toll to nine": a toll counts every side's dead, those told before too. */
  @Test
  void aRaisedTollIsTheWholeCountNotAnotherSides() {
    ExtractionResult r = SharedPipeline.extract("Eight people were killed and three wounded when"
        + " gunmen burst into a house in Kitui late on Sunday. Police commander Qqq Zzz said the"
        + " attack appeared to be linked to a feud between two gangs. The wounded were taken to"
        + " hospital, where one of them later died, raising the death toll to nine, the hospital"
        + " said on Monday.", "2025-06-10");
    assertEquals(1, r.events().size(), () -> "events: " + r.events());
    assertEquals(9, r.events().get(0).fatalities(), () -> "event: " + r.events().get(0));
  }

  @Test
  void aTollBeforeASecondParticipleStaysTheKillingsToll() {
    // The parser may join "burning" to the number and count the houses with it.
    assertEquals(3, only("Bandits raided a village near Kotido on Monday, killing three and burning"
        + " scores of houses, police said.").fatalities());
  }

  @Test
  void thePersonAParticipleFollowsIsTheOneKilled() {
    // The parser made "the farmer" the subject of "driving", hung loosely on "killing": no dead
    // and no one on the other side.
    Event e = only("An old mine exploded under a tractor near Nabatieh on Saturday, killing the"
        + " farmer driving it, the state news agency said.");
    assertEquals(1, e.fatalities(), e::toString);
    assertEquals("Civilians (Lebanon)", e.actor2().map(a -> a.name()).orElse(""), e::toString);
  }

  @Test
  void theMakersDeadToldWithAReferenceAreMoreDead() {
    // "the gunfight" points back to the killing, and a pointer's dead were taken for the same
    // dead again; these are of the side that killed, whom no count had named.
    assertEquals(4, only("Vigilantes killed three suspected bandits who tried to raid Anka on"
        + " Monday night, residents said, adding that one vigilante died in the gunfight.")
        .fatalities());
  }

  @Test
  void theHurtToldBeforeTheDemonstrationOfTheirSentenceAreItsHurt() {
    // The injured, told before the baton charge, stood alone and were set aside as injuries with
    // no act of violence.
    assertEquals(4, only("At least four people were injured when police baton-charged traders"
        + " protesting outside the municipal office in Khuzdar on Thursday against new taxes.")
        .injured());
  }

  @Test
  void oneOfTheAttackersKilledIsTheirDeadBesideTheSoldiers() {
    // "guerrilla" in the singular named no armed group, so the dead attacker was read as a
    // civilian victim, not as one of the attackers, and counted as the soldiers again.
    assertEquals(3, only("Two soldiers were killed when guerrillas attacked a military base in"
        + " Saravena on Friday. One guerrilla was killed in the firefight.").fatalities());
  }
}
