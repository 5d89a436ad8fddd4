package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;

/** Issue #7: places resolved in context, each on a short report written here. */
class PlacesIT {
  private static Event only(String text) {
    ExtractionResult r = SharedPipeline.extract(text, "2024-05-08");
    assertEquals(1, r.events().size(), () -> "events: " + r.events());
    return r.events().get(0);
  }

  private static Place place(Event e) {
    return e.place().orElseThrow(() -> new AssertionError("no place: " + e));
  }

  @Test
  void aProvinceAfterTheTownKeepsItFromANamesakeAbroad() {
    Place cordoba = place(only("Two gunmen shot dead a trader in Cordoba, Veracruz, on Monday."));
    assertEquals("MEX", cordoba.iso3());
  }

  @Test
  void aCountryAfterTheCityChoosesBetweenNamesakes() {
    assertEquals("LBN", place(only("Gunmen fired on an army checkpoint in Tripoli, Lebanon, on "
        + "Monday, wounding two soldiers.")).iso3());
    assertEquals("LBY", place(only("Gunmen fired on an army checkpoint in Tripoli, Libya, on "
        + "Monday, wounding two soldiers.")).iso3());
  }

  @Test
  void anUnknownVillageInRuralTownIsPlacedNearTheTown() {
    Event e = only("Gunmen shot dead a shepherd in the village of Qarzawiyah in rural Deir ez-Zor on "
        + "Monday.");
    assertEquals("SYR", place(e).iso3());
    assertEquals(GeoPrecision.NEAR, e.geoPrecision());
    assertTrue(e.evidence().stream().anyMatch(v -> v.field().equals("location")
        && v.text().contains("Deir ez-Zor")), e.evidence().toString());
  }

  @Test
  void anUnknownVillageInAProvinceIsPlacedInTheProvince() {
    Event e = only("Soldiers raided the village of Zzyqabad (Zzyq LGA, Borno) on Monday and arrested "
        + "five men.");
    assertEquals("NGA", place(e).iso3());
    assertEquals("Borno", place(e).admin1());
    assertEquals(GeoPrecision.REGION, e.geoPrecision());
  }

  @Test
  void whereTroopsCameFromIsNotWhereTheyFought() {
    Place p = place(only("Soldiers from Kaya and Ouagadougou clashed with militants near Dori on "
        + "Monday, killing four."));
    assertEquals("Dori", p.name());
  }

  @Test
  void theCountryAcrossTheBorderIsNeitherTheSiteNorTheStorysCountry() {
    Place p = place(only("Gunmen ambushed a police patrol near the town of Mandera on Monday, "
        + "killing two officers. The attackers escaped toward the border with Somalia, police said."));
    assertEquals("Mandera", p.name());
    assertEquals("KEN", p.iso3());
  }

  @Test
  void aStorysCountryIsShownByTheWordThatNamesIt() {
    Event e = only("Clashes broke out on the border with Somalia on Monday, killing two soldiers, "
        + "Kenyan police said.");
    assertEquals("KEN", place(e).iso3());
    assertTrue(e.evidence().stream().anyMatch(v -> v.field().equals("location")
        && v.text().equals("Kenyan")), e.evidence().toString());
  }

  @Test
  void theDatelineIsNotTheEventSite() {
    Place p = place(only("BAMAKO, May 7 (Reuters) - Gunmen killed five villagers near Gao on Monday, "
        + "officials said."));
    assertEquals("Gao", p.name());
  }

  @Test
  void theSiteInsideTheTownIsEvidence() {
    Event e = only("A bomb exploded at a crowded restaurant in Kabul on Monday, killing four people.");
    assertEquals("Kabul", place(e).name());
    assertTrue(e.evidence().stream().anyMatch(v -> v.field().equals("location")
        && v.text().equals("a crowded restaurant")), e.evidence().toString());
  }

  @Test
  void aDistrictTheSentenceNamesOutweighsATownNamedBefore() {
    ExtractionResult r = SharedPipeline.extract("Taliban fighters attacked a police post in Kandahar "
        + "city on Monday. Separately, a roadside bomb killed two soldiers in the Maywand district "
        + "on Tuesday.", "2024-05-08");
    assertTrue(r.events().stream().anyMatch(e -> e.place().map(Place::name).orElse("")
        .equals("Maywand")), r.events().toString());
  }

  @Test
  void theDistrictOfATownNamedJustBeforeIsAQuarterOfIt() {
    ExtractionResult r = SharedPipeline.extract("Shells fired by rebels hit a market in the city of "
        + "Taiz on Monday, killing three children. The shells hit homes in the Al-Rawda district "
        + "near the front line, officials said.", "2024-05-08");
    assertEquals(1, r.events().size(), () -> "events: " + r.events());
    assertEquals("YEM", place(r.events().get(0)).iso3());
    assertEquals("Taiz", place(r.events().get(0)).admin1());
  }

  @Test
  void aSiteNamedByItsTownIsInTheTown() {
    assertEquals("Kitui", place(only("Two rival groups clashed in Kitui market on Monday, hurling"
        + " stones at each other.")).name());
  }

  @Test
  void aSiteNamedByATownTheTaggerMisreadsOrByAClubIsInTheTown() {
    // The tagger reads the town it does not know as a common noun.
    assertEquals("Ndop", place(only("Hundreds of teachers protested outside the Ndop market on"
        + " Monday.")).name());
    assertEquals("Wum", place(only("Hundreds of teachers protested outside the Wum tennis club"
        + " on Monday.")).name());
  }

  @Test
  void aTownAbroadIsThePlaceWhenOnlyAGroupSaysWhoseWarItIs() {
    Event e = only("JNIM fighters attacked a village near Gayeri on Sunday.");
    assertEquals("BFA", place(e).iso3());
    assertEquals("Civilians (Burkina Faso)", e.actor2().orElseThrow().name());
  }

  @Test
  void aGroupsCountryChoosesTheFrameOverANamesakeProvinceAbroad() {
    // The NPA says the story is the Philippines': "Santa Cruz province" is then its town, not
    // the Bolivian or Argentine province of that name.
    Event e = only("NPA rebels ambushed an army patrol in Qqqville in Santa Cruz province on"
        + " Sunday.");
    assertEquals("PHL", place(e).iso3());
    assertTrue(e.actor2().orElseThrow().name().startsWith("Military Forces of the Philippines"),
        e.toString());
  }

  @Test
  void theStatesForcesAreThoseOfThePlaceNotOfTheGroupsCountry() {
    Event e = only("Al-Shabaab militants attacked a police post in Nyeri on Monday.");
    assertEquals("KEN", place(e).iso3());
    assertTrue(e.actor2().orElseThrow().name().startsWith("Police Forces of Kenya"), e.toString());
    Event somali = only("Somali troops attacked rebels in Nyeri on Monday.");
    assertTrue(somali.actor1().orElseThrow().name().startsWith("Military Forces of Somalia"));
  }

  @Test
  void anInstitutionNamedAfterATownIsNoPlaceOfItsOwn() {
    // "University" is also a town in the United States.
    Event e = only("Students of the University of Nyeri protested on Monday.");
    assertEquals("Protesters (Kenya)", e.actor1().orElseThrow().name());
    assertEquals("KEN", place(e).iso3());
  }

  @Test
  void aPlaceWithdrawnFromIsTheWithdrawalsButOneFiredFromIsNot() {
    assertEquals("Nyeri", place(only("Troops withdrew from Nyeri on Saturday.")).name());
    assertEquals("Meru", place(only("Rockets fired from Nyeri landed in Meru on Monday.")).name());
  }

  @Test
  void aPlacePeopleWereTakenFromIsWhereTheyWereTakenButNotWhereTheyComeFrom() {
    assertEquals("Ndop", place(only("Gunmen abducted four traders from Ndop on Sunday.")).name());
    assertEquals("Wum", place(only("Soldiers arrested two teachers from Wum on Sunday, accusing"
        + " them of aiding separatists.")).name());
    assertEquals("Wum", place(only("Four traders from Ndop were abducted in Wum on Sunday."))
        .name());
  }

  @Test
  void whomSomeoneActsForIsNoPlaceAndAMarketNamedByItsTownIsInIt() {
    Event spy = only("A man was arrested in Sumy on Monday on suspicion of spying for Russia.");
    assertEquals("UKR", place(spy).iso3());
    assertEquals("Meru", place(only("Soldiers assaulted traders at the Meru market on Saturday."))
        .name());
  }

  @Test
  void anAcronymInBracketsIsNoPlaceAndADatelinesWrittenCountryVotes() {
    Event e = only("Police officers shot dead a man in Nyeri on Friday night. We call on the"
        + " Independent Policing Oversight Authority (IPOA) to investigate.");
    assertEquals("KEN", place(e).iso3());
    assertTrue(e.actor1().orElseThrow().name().startsWith("Police Forces of Kenya"), e.toString());
    // "insurgents" names al-Shabaab only in Somali and Kenyan stories; the dateline says whose.
    Event moz = only("MOCUBA, Mozambique (Lusa) - Islamist insurgents attacked the village of"
        + " Qqqville on Wednesday, beheading one man, local sources said.");
    assertEquals("MOZ", place(moz).iso3());
    assertEquals("Islamic State (Mozambique)", moz.actor1().orElseThrow().name());
  }

  @Test
  void anUpazilaOrATehsilIsNamedByItsTown() {
    assertEquals("Ishurdi", place(only("A group of men raped a girl in Ishurdi upazila on"
        + " Saturday.")).name());
  }

  @Test
  void whatASettlementIsOfIsItsNameThoughNerReadsAPerson() {
    // NER reads both names as people's; "the town of", "the village of" say they are places.
    assertEquals("Gao", place(only("Soldiers came under fire at a checkpoint outside the town of"
        + " Gao on Friday.")).name());
    assertEquals("BFA", place(only("Gunmen attacked the village of Kaya in Burkina Faso on"
        + " Friday, killing four people.")).iso3());
  }

  @Test
  void aDivisionNamedByItsKindIsThatDivision() {
    // "X prefecture", "X department": the name before the word of its kind is the place, not a
    // modifier of a noun.
    assertEquals("CAF", place(only("Militiamen killed three herders in Ouham prefecture on"
        + " Sunday.")).iso3());
    assertEquals("NER", place(only("Gunmen attacked a checkpoint in Tillaberi department on"
        + " Sunday.")).iso3());
  }

  @Test
  void aTerritoryOfTheCongoIsADistrictThatItsProvinceFrames() {
    // "Zzolo territory" is unknown; the province after it places the event.
    Place p = place(only("Militiamen killed seven civilians in an overnight raid on a village in"
        + " Zzolo territory, Ituri province, local officials said on Tuesday."));
    assertEquals("COD", p.iso3());
    assertEquals("Ituri", p.admin1());
  }

  @Test
  void aNearSpellingOfATownAbroadDoesNotOutweighTheProvinceAfterIt() {
    // "Tugourt" is one spelling from a provincial seat in Algeria; the frame says the Congo.
    Place p = place(only("Militiamen killed seven civilians in an overnight raid on a village in"
        + " Tugourt territory, Tanganyika province, local officials said on Tuesday."));
    assertEquals("COD", p.iso3());
    assertEquals("Tanganyika", p.admin1());
  }

  @Test
  void aTownAndItsStateTaggedAsOneNameAreATownInItsState() {
    // NER tags "Zzamba , Plateau" as one location; the comma ends the town's name.
    Place p = place(only("Gunmen killed nine people in Zzamba, Plateau state, on Saturday."));
    assertEquals("NGA", p.iso3());
    assertEquals("Plateau", p.admin1());
  }

  @Test
  void aBareNameIsReadInTheCountryTheWordsPointTo() {
    // A Congolese town shares its name with a better-known Angolan one.
    assertEquals("COD", place(only("Congolese police in Kabinda arrested 14 traders who had"
        + " blocked the main road on Monday.")).iso3());
  }

  @Test
  void theTownShelledIsThePlaceThoughTheParserMadeItTheSpeaker() {
    // NER reads the town as a person, and the parser makes it the subject of "said".
    Place p = place(only("On Tuesday night, Russian forces shelled Kupiansk, wounding three"
        + " civilians, the regional governor said."));
    assertEquals("Kupiansk", p.name());
  }

  /**
   * NER reads a town it does not know as a person; no person is stormed or raided, and a town
   * attacked is the gazetteer's call. The town is the place, and what was stormed is no side.
   */
  @Test
  void aTownStormedOrAttackedIsThePlaceThoughNerReadsAPerson() {
    Event stormed = only("Rebels stormed Bambari on Monday, killing three peacekeepers.");
    assertEquals("Bambari", place(stormed).name());
    assertEquals("CAF", place(stormed).iso3());
    assertTrue(stormed.actor2().map(a -> !a.name().contains("Bambari")).orElse(true));
    assertEquals("Kumbo", place(only("Armed men attacked Kumbo overnight and burned a school,"
        + " residents said.")).name());
    // A person attacked is no place: the town the sentence names is.
    assertEquals("Nsukka", place(only("Assailants attacked Okoye at his home in Nsukka on Sunday,"
        + " police said.")).name());
  }

  /** No person is shelled: a name of two words shelled is a place, though NER tags neither. */
  @Test
  void aTownOfTwoWordsShelledIsThePlace() {
    Event e = only("Russian forces shelled Velykyi Burluk overnight, damaging several houses, the"
        + " regional governor said.");
    assertEquals("Velykyi Burluk", place(e).name());
    assertEquals("UKR", place(e).iso3());
  }

  /** The tagger reads a name in "-ing" after an adjective as a common noun. */
  @Test
  void aRegionWhoseNameEndsInIngIsAPlaceAfterAnAdjective() {
    assertEquals("Sagaing", place(only("A military air strike on a village in the central Sagaing"
        + " region killed at least 20 people on Monday, local media said.")).name());
  }

  @Test
  void aNameBeforeTheWordOfItsDivisionIsAPlaceThoughNerReadsAPerson() {
    assertEquals("YEM", place(only("Houthi forces shot down a US drone over Saada province on"
        + " Tuesday.")).iso3());
  }

  @Test
  void aNameFramedOnceIsTheSamePlaceWhereItIsNamedAgain() {
    // The second village is one letter from a town of another region; the frame the sentence
    // gives it first holds where it is named again.
    Place p = place(only("Gunmen on motorbikes attacked the villages of Tourbale and Maradie in the"
        + " Tahoua region on Sunday, killing five civilians in Tourbale and three in Maradie, local"
        + " officials said."));
    assertEquals("Tahoua", p.admin1());
  }

  @Test
  void aWordAfterTheTownIsNotPartOfItsName() {
    // "al", "as", "at" and "an" join the parts of Arabic names, but only between two of them.
    assertEquals("Maroua", place(only("Gunmen killed two traders in Maroua at dawn on Sunday."))
        .name());
    assertEquals("Myitkyina", place(only("Hundreds of nurses marched in Myitkyina on Monday as"
        + " they demanded back pay.")).name());
  }

  @Test
  void aDivisionNamedAfterACountryIsTheDivision() {
    // Nigeria's Niger state, not the Republic of Niger.
    Place p = place(only("Gunmen killed six farmers in the village of Tungan Dutse in Niger state"
        + " on Sunday, police said."));
    assertEquals("NGA", p.iso3());
  }

  @Test
  void aRoadBetweenTwoTownsIsNearTheFirst() {
    Event e = only("A roadside bomb hit a bus on the Bambari-Bria road on Monday, killing six"
        + " passengers.");
    assertEquals("Bambari", place(e).name());
    assertEquals(GeoPrecision.NEAR, e.geoPrecision());
  }

  @Test
  void aDatelineWithItsCountryPlacesAReportThatNamesNoOtherPlace() {
    // "BAMBARI, Central African Republic": the town is the part before the comma.
    Event e = only("BAMBARI, Central African Republic (Wire) - Gunmen killed four herders on"
        + " Saturday, a local official said.");
    assertEquals("Bambari", place(e).name());
  }

  @Test
  void aDatelineEndedByAFullStopPlacesTheReport() {
    Event e = only("Hsipaw, 14 March. Fighting broke out between rebels and junta troops near the"
        + " town on Sunday, residents said.");
    assertEquals("Hsipaw", place(e).name());
  }

  /** Mali's cercles, written in English as circles, are divisions like districts. */
  @Test
  void aCircleAfterANameIsMalisCercle() {
    Event e = only("Gunmen killed seven herders at a water point in Youwarou circle on Friday,"
        + " local officials said.");
    assertEquals("Youwarou", place(e).name());
  }

  /**
   * Where a crowd wants to go back to is not where it is; and a name whose possessive is part of
   * it ("Cox's Bazar") is one name, not a place and its frame.
   */
  @Test
  void aPlaceInACrowdsDemandIsNotWhereItGathered() {
    Event e = only("About 300 refugees demonstrated in Cox's Bazar on Friday, calling for their"
        + " safe return to Myanmar.");
    assertEquals("BGD", place(e).iso3(), () -> "event: " + e);
    assertTrue(place(e).name().startsWith("Cox"), () -> "event: " + e);
  }

  @Test
  void anActBetweenTwoTownsIsOneActNotOneInEach() {
    Event e = only("Three aid workers were abducted by gunmen on the road between Bambari and Bria"
        + " on Thursday, the charity said.");
    assertEquals(3, e.captured());
    assertEquals("Bambari", place(e).name());
  }

  @Test
  void aDistrictNamedBeforeIsNearerThanACapitalDateline() {
    ExtractionResult r = SharedPipeline.extract("ABUJA, Nigeria (Wire) - Gunmen stormed Tungan"
        + " Dutse village in Bakura district on Monday, killing nine people, police said.\n\n"
        + "Security forces arrested two suspects on Tuesday, police said.", "2024-05-08");
    Event arrest = r.events().stream()
        .filter(e -> e.subEventType() == org.sitrep.model.SubEventType.ARRESTS).findFirst()
        .orElseThrow(() -> new AssertionError("events: " + r.events()));
    assertEquals("Zamfara", place(arrest).admin1(), arrest::toString);
  }

  @Test
  void aMarchThroughATownIsInIt() {
    // The tagger takes Bafia for a person's name; only a place is marched through.
    Event march = only("Hundreds of traders closed their shops and marched through Bafia on"
        + " Tuesday to protest against new market levies.");
    assertEquals("Bafia", place(march).name(), march::toString);
  }

  @Test
  void peopleTakenOnARoadBetweenTwoTownsWereNearTheFirst() {
    // The road is in the phrase of those taken, but it says where they, and the act, were.
    Event taken = only("Gunmen kidnapped a priest and two seminarians on the Maroua-Kousseri road"
        + " on Saturday, the diocese said.");
    assertEquals("Maroua", place(taken).name(), taken::toString);
    assertEquals(GeoPrecision.NEAR, taken.geoPrecision(), taken::toString);
  }

  @Test
  void aProvinceNamedAsNewsNamesItFramesItsTown() {
    // GeoNames calls the province "Province of Batangas"; Sabang is a village of many provinces.
    Event e = only("Gunmen shot dead a village chief in Sabang, Batangas province on Sunday.");
    assertEquals("Sabang", place(e).name(), e::toString);
    assertEquals("Province of Batangas", place(e).admin2(), e::toString);
  }

  @Test
  void aFrameThatSaysCityIsTheCityNotItsProvince() {
    // Molo is not in the gazetteer; its frame is Iloilo the city, not the Province of Iloilo.
    Event e = only("Students staged a protest in front of a college in Molo, Iloilo City.");
    assertEquals("Iloilo", place(e).name(), e::toString);
    assertEquals("PPLA2", place(e).featureCode(), e::toString);
  }

  @Test
  void anAreaOfATownIsInThatTownThoughANamesakeIsACapitalAbroad() {
    // Victoria is a capital abroad; "the Victoria area of Omdurman" says it is part of the town,
    // and the name of the town ends at the full stop.
    Event e = only("Residents demonstrated against a rise in bread prices in the Victoria area of"
        + " Omdurman. Police fired tear gas at the demonstrators.");
    assertEquals("Omdurman", place(e).name(), e::toString);
  }

  @Test
  void aNameFramedOnceIsThatPlaceWhereverTheReportNamesItAgain() {
    ExtractionResult r = SharedPipeline.extract("Rebels fired mortars at army positions near"
        + " Sabang, Batangas province, on Monday.\n\nOn Tuesday, gunmen shot dead a trader in"
        + " Sabang.", "2024-06-05");
    Event killing = r.events().stream().filter(e -> e.subEventType() == SubEventType.ATTACK)
        .findFirst().orElseThrow(() -> new AssertionError("events: " + r.events()));
    assertEquals("Province of Batangas", place(killing).admin2(), killing::toString);
  }

  /** A party's abbreviation is no town that shares its letters ("AL" is not Al, Norway). */
  @Test
  void aPartysAbbreviationIsNoTown() {
    Event e = only("On Sunday, masked men shot dead a student leader of the AL in a village,"
        + " police in Bangladesh said.");
    assertEquals("BGD", place(e).iso3(), e::toString);
  }

  /** "the village of X north of Y": the bearing from another town is no noun X modifies. */
  @Test
  void aVillageWithItsBearingFromATownIsTheVillage() {
    Place p = place(only("Settlers set fire to two cars in the village of Turmus Ayya north of"
        + " Ramallah on Friday, the Palestinian health ministry said."));
    assertEquals("Turmusayya", p.name());
  }

  /** "Kaduna State's Kauru area": NER's possessive ends the frame's name. */
  @Test
  void aPlaceAfterItsProvincesPossessiveIsInIt() {
    Place p = place(only("Bandits killed seven villagers in Kaduna State's Kauru area on Friday,"
        + " police said."));
    assertEquals("Kauru", p.name());
  }

  /** "in southern Lebanon": a part of the country, not the town of that name abroad. */
  @Test
  void aPartOfACountryIsNotATownOfItsNameAbroad() {
    Place p = place(only("Troops shelled the outskirts of Aitaroun in southern Lebanon on"
        + " Friday."));
    assertEquals("LBN", p.iso3());
  }

  /** "in Sarmin two days ago": the count begins the time, it does not end the name. */
  @Test
  void aPlaceBeforeACountOfDaysIsThePlace() {
    assertEquals("Sarmin", place(only("Gunmen killed two men in Sarmin two days ago.")).name());
  }

  /** "in northern Mexico": the country, not its capital or a town abroad of that name. */
  @Test
  void aCountryWithABearingIsTheCountry() {
    Place p = place(only("Gunmen attacked a village in northern Mexico on Monday, killing four"
        + " farmers."));
    assertEquals("MEX", p.iso3());
    assertEquals(GeoPrecision.REGION, only("Gunmen attacked a village in southern Colombia on"
        + " Monday, killing four farmers.").geoPrecision());
    // Only the country's own name: the gazetteer ranks the country first for "Mexico City" too.
    Place city = place(only("Gunmen killed two police officers in Mexico City on Monday."));
    assertEquals("Mexico City", city.name());
  }

  @Test
  void aPlaceTheGazetteerLacksInTheProvinceFiledFromIsNearTheDatelinesTown() {
    Event e = only("ERIGAVO, Somalia (Reuters) - Gunmen killed 12 villagers in an attack on the"
        + " village of Qqqari in Sanaag region on Monday, police said.");
    assertEquals("Ceerigaabo", place(e).name());
    assertEquals(GeoPrecision.NEAR, e.geoPrecision());
  }

  /**
   * "in the Marjayoun district" after a strike in Naqoura: a district the gazetteer knows by its
   * seat, in another province, is that district, not a quarter of the town named before; the
   * two strikes stay two.
   */
  @Test
  void aDistrictOfAnotherProvinceIsNoQuarterOfTheTownBefore() {
    var events = SharedPipeline.extract("An Israeli drone strike killed a man in Naqoura on"
        + " Monday. Hours later, Israeli warplanes struck hills near the village of Kfar Houne, in"
        + " the Marjayoun district.", "2024-05-08").events();
    assertEquals(2, events.size(), () -> "events: " + events);
    assertEquals("Marjayoun", place(events.get(1)).name());
  }

  /** "arrested in May": the month, written with its capital, is no place (a town "Mayville"). */
  @Test
  void aMonthIsNoPlace() {
    ExtractionResult r = SharedPipeline.extract("Kenyan police said the suspects were arrested in"
        + " May. On Monday, police arrested two more.", "2024-06-12");
    assertTrue(r.events().stream().flatMap(e -> e.place().stream())
        .noneMatch(p -> p.name().startsWith("May")), () -> "events: " + r.events());
  }

  @Test
  void congoAloneIsTheDemocraticRepublic() {
    // As the news agencies' style books use the name; the Republic of Congo is named in full.
    assertEquals("COD", place(only("Two people were killed on Saturday when a grenade was thrown"
        + " into a bar in eastern Congo, local authorities said.")).iso3());
  }

  @Test
  void aSubjectToldByWhatItRodeKeepsItsActAndItsPlace() {
    // The tagger read "attacked" as a participle of "Gunmen on motorbikes", and the act lost the
    // village it was near.
    Event e = only("Gunmen on motorbikes attacked worshippers at a mosque in a village near"
        + " Bankass during Friday prayers, killing at least 20 people, a local official said on"
        + " Saturday.");
    assertEquals("Bankass", place(e).name());
  }

  @Test
  void whereFireCameFromAcrossARiverIsNotWhereItFell() {
    // "from the Dnipro" was already where the fire came from; "from across the Dnipro" was read
    // as where it fell, the city of that name.
    Event e = only("Russian artillery shelled a school from across the Dnipro on Wednesday"
        + " morning, the mayor of Marhanets said.");
    assertTrue(e.place().map(p -> !p.name().equals("Dnipro")).orElse(true), e::toString);
  }
}
