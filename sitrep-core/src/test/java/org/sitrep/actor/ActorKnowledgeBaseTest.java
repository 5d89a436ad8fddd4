package org.sitrep.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;

class ActorKnowledgeBaseTest {

  private static final ActorKnowledgeBase DICTIONARY = ActorKnowledgeBase.loadDefault();
  /** A Syrian story of the Assad years: the regime's forces carry the label of its time, 2000-. */
  private static final ActorScope SYRIA =
      new ActorScope(Optional.of("SYR"), Optional.of(LocalDate.of(2019, 6, 1)));
  private static final ActorScope IRAQ = in("IRQ");
  private static final String SYRIAN_ARMY = "Military Forces of Syria (2000-)";

  private static ActorScope in(String iso3) {
    return ActorScope.NONE.in(iso3);
  }

  private static String nameIn(String phrase, ActorScope country) {
    return DICTIONARY.resolve(phrase, country).map(Actor::name).orElse("<none>");
  }

  @Test
  void resolvesEveryIslamicStateAliasToTheSyrianBranchInSyrianStories() {
    for (String alias :
        List.of("ISIS", "IS", "ISIL", "Islamic State", "Daesh", "Daash", "ISIS militants",
            "ISIS fighters", "the ISIS terrorist organization", "Islamic State's fighters")) {
      assertEquals("Islamic State (Syria)", nameIn(alias, SYRIA), alias);
    }
  }

  @Test
  void namesTheIslamicStateAfterTheStorysCountry() {
    assertEquals("Islamic State (Iraq)", nameIn("ISIS militants", IRAQ));
    Actor bare = DICTIONARY.resolve("Daesh", ActorScope.NONE).orElseThrow();
    assertEquals("Islamic State", bare.name());
    assertEquals("IMGMUSISI", bare.cameo());
  }

  @Test
  void lowerCaseIsNeverTheIslamicState() {
    assertTrue(DICTIONARY.resolve("the question is open", SYRIA).isEmpty());
    assertTrue(DICTIONARY.find("This is what it is.", SYRIA).isEmpty());
  }

  @Test
  void shortAcronymsMatchOnlyInCapitals() {
    assertEquals("QSD: Syrian Democratic Forces", nameIn("the SDF", SYRIA));
    assertEquals(SYRIAN_ARMY, nameIn("SAA units", SYRIA));
    assertEquals("Free Syrian Army", nameIn("FSA", SYRIA));
    assertTrue(DICTIONARY.resolve("saa", SYRIA).isEmpty());
    assertTrue(DICTIONARY.resolve("sdf", SYRIA).isEmpty());
  }

  @Test
  void longerAcronymsThatSpellAWordMatchNoWordInLowerCase() {
    ActorScope chad = in("TCD");
    assertEquals(List.of("farmers"), DICTIONARY.find(
        "Farmers denounced the fact that no aid had come.", chad).stream()
        .map(ActorMatch::alias).toList());
    assertEquals("FACT: Front for Change and Concord in Chad", nameIn("FACT rebels", chad));
    assertEquals("NATO: North Atlantic Treaty Organization", nameIn("Nato", IRAQ));
    assertTrue(DICTIONARY.find("They let the convoy pass.", in("PAK")).isEmpty());
    assertEquals("LeT: Lashkar-e-Taiba", nameIn("LeT militants", in("IND")));
    assertEquals("LeT: Lashkar-e-Taiba", nameIn("LET militants", in("IND")));
    assertTrue(DICTIONARY.find("Let the talks begin, the minister said.", in("IND")).isEmpty());
  }

  @Test
  void aOneWordNameMatchesNoWordInLowerCaseButALongerNameMay() {
    ActorScope pakistan = in("PAK");
    assertEquals(List.of("traders"), DICTIONARY.find("Traders protested against new levies.",
        pakistan).stream().map(ActorMatch::alias).toList());
    assertTrue(nameIn("Levies personnel", pakistan).startsWith("Police Forces of Pakistan"));
    assertTrue(nameIn("al shabaab militants", in("SOM")).startsWith("Al Shabaab"));
  }

  @Test
  void resolvesTheSyrianGovernmentForcesUnderTheirManyNames() {
    for (String alias :
        List.of("Syrian regime forces", "regime forces", "Syrian army", "Syrian Arab Army",
            "Assad forces", "Assad's forces", "the Syrian army's 4th Division")) {
      Actor actor = DICTIONARY.resolve(alias, SYRIA).orElseThrow(() -> new AssertionError(alias));
      assertEquals(SYRIAN_ARMY, actor.name(), alias);
      assertEquals(1, actor.inter(), alias);
      assertEquals("SYRMIL", actor.cameo(), alias);
      assertFalse(actor.generic(), alias);
    }
  }

  @Test
  void readsADescriptionThatEveryJuntaOrRegimeHasOnlyInItsOwnCountrysStories() {
    ActorScope myanmar2023 = new ActorScope(Optional.of("MMR"), Optional.of(LocalDate.of(2023, 5, 2)));
    ActorScope syria2025 = new ActorScope(Optional.of("SYR"), Optional.of(LocalDate.of(2025, 3, 12)));
    ActorScope mali2023 = new ActorScope(Optional.of("MLI"), Optional.of(LocalDate.of(2023, 5, 2)));
    String myanmarArmy = "Military Forces of Myanmar (2021-)";
    for (String alias : List.of("junta forces", "regime forces", "regime troops", "military junta",
        "terrorist army", "junta police")) {
      assertFalse(nameIn(alias, syria2025).startsWith(myanmarArmy), alias);
      assertFalse(nameIn(alias, mali2023).contains("Myanmar"), alias);
    }
    assertEquals(myanmarArmy, nameIn("junta forces", myanmar2023));
    assertEquals(myanmarArmy, nameIn("regime troops", myanmar2023));
    assertEquals(myanmarArmy, nameIn("Myanmar junta", mali2023));
    assertEquals("Police Forces of Myanmar (2021-)", nameIn("junta police", myanmar2023));
    assertEquals("PDF: People's Defense Force", nameIn("anti-junta fighters", myanmar2023));
    assertFalse(nameIn("anti-junta fighters", mali2023).startsWith("PDF"));
    assertFalse(nameIn("regime warplanes", myanmar2023).contains("Syria"));
    assertEquals(SYRIAN_ARMY, nameIn("regime warplanes", SYRIA));
  }

  @Test
  void toleratesTyposAroundAKnownAlias() {
    assertEquals(SYRIAN_ARMY, nameIn("Syrian regime focers", SYRIA));
  }

  @Test
  void readsTheRegimeAndTheArmyAsSyrianOnlyInSyrianStories() {
    assertEquals(SYRIAN_ARMY, nameIn("the regime", SYRIA));
    assertEquals(SYRIAN_ARMY, nameIn("government forces", SYRIA));
    assertEquals(SYRIAN_ARMY, nameIn("the army", SYRIA));
    assertTrue(DICTIONARY.resolve("the regime", IRAQ).isEmpty());
    assertEquals("Military Forces of Iraq (2014-)", nameIn("government forces", IRAQ));
  }

  @Test
  void prefersProGovernmentMilitiaOverTheRegimeItIsLoyalTo() {
    for (String phrase :
        List.of("militiamen loyal to the regime", "forces loyal to the regime",
            "pro-regime militias")) {
      Actor actor = DICTIONARY.resolve(phrase, SYRIA).orElseThrow(() -> new AssertionError(phrase));
      assertEquals("Militia (Pro-Government)", actor.name(), phrase);
      assertEquals(3, actor.inter(), phrase);
      assertEquals("SYR", actor.iso3(), phrase);
    }
  }

  @Test
  void resolvesTheArmedGroupsOfASyrianReport() {
    assertEquals("YPG: Peoples Protection Units", nameIn("YPG", SYRIA));
    assertEquals("Revolutionary Commando Army", nameIn("the Revolutionary Commando's Army", SYRIA));
    assertEquals("Revolutionary Commando Army", nameIn("Maghawir al-Thawra", SYRIA));
    assertEquals("Lions of the East Army", nameIn("Lions of the East Army", SYRIA));
    assertEquals("Forces of Martyr Ahmed al-Abdo", nameIn("Forces of Martyr Ahmed al-Abdo", SYRIA));
    assertEquals(
        "Brigade of the Two Villages Martyrs",
        nameIn("the Brigade of the Two Villages Martyrs", SYRIA));
    assertEquals("Army of Free Tribes", nameIn("Army of Free Tribes", SYRIA));
    assertEquals("HTS: Hayat Tahrir al Sham", nameIn("Hayat Tahrir al Sham", SYRIA));
    assertEquals("HTS: Hayat Tahrir al Sham", nameIn("Nusra Front", SYRIA));
    assertEquals("Ahrar al Sham", nameIn("Ahrar al-Sham", SYRIA));
  }

  @Test
  void treatsTheUsLedCoalitionAsAnExternalForce() {
    for (String phrase :
        List.of("coalition", "international coalition", "coalition air force",
            "the US-led coalition")) {
      Actor actor = DICTIONARY.resolve(phrase, SYRIA).orElseThrow(() -> new AssertionError(phrase));
      assertEquals("Global Coalition Against Daesh", actor.name(), phrase);
      assertEquals(8, actor.inter(), phrase);
    }
  }

  @Test
  void codesForeignStateForcesAsExternal() {
    Actor russia = DICTIONARY.resolve("Russian warplanes", SYRIA).orElseThrow();
    assertEquals("Military Forces of Russia (2000-)", russia.name());
    assertEquals(8, russia.inter());
    assertEquals(1, DICTIONARY.resolve("Turkish police", in("TUR")).orElseThrow().inter());
  }

  @Test
  void flagsGenericDescriptionsPerStoryCountry() {
    Actor gunmen = DICTIONARY.resolve("unidentified gunmen", SYRIA).orElseThrow();
    assertEquals("Unidentified Armed Group (Syria)", gunmen.name());
    assertEquals(3, gunmen.inter());
    assertTrue(gunmen.generic());
    assertEquals("Civilians (Iraq)", nameIn("villagers", IRAQ));
    assertEquals(7, DICTIONARY.resolve("residents", IRAQ).orElseThrow().inter());
    assertEquals("Protesters (Turkey)", nameIn("demonstrators", in("TUR")));
    assertEquals("Rioters (Syria)", nameIn("rioters", SYRIA));
    assertEquals("Police Forces of Iraq (2014-)", nameIn("police", IRAQ));
    assertEquals(
        "Unidentified Armed Group (Afghanistan)", nameIn("armed men", in("AFG")));
  }

  @Test
  void readsUsBackedForcesAsGenericRebelsNotTheSyrianArmy() {
    for (String phrase : List.of("US-backed Syrian forces", "US-backed rebels", "rebels")) {
      Actor actor = DICTIONARY.resolve(phrase, SYRIA).orElseThrow(() -> new AssertionError(phrase));
      assertEquals("Opposition Rebels (Syria)", actor.name(), phrase);
      assertEquals(2, actor.inter(), phrase);
      assertTrue(actor.generic(), phrase);
    }
  }

  @Test
  void prefersANamedGroupToADescriptionOfTheSameLength() {
    assertEquals("PKK: Kurdistan Workers Party", nameIn("PKK militants", in("TUR")));
  }

  @Test
  void givesNoActorForPhrasesThatNameNone() {
    for (String phrase :
        List.of("the question", "the region", "he", "they", "the terrorist organization",
            "the Syrian Observatory for Human Rights")) {
      assertTrue(DICTIONARY.resolve(phrase, SYRIA).isEmpty(), phrase);
    }
  }

  @Test
  void findsEveryActorInASentenceWithOffsets() {
    String text = "ISIS fighters clashed with the Syrian regime forces near the town, "
        + "the Syrian Observatory for Human Rights said.";
    List<ActorMatch> matches = DICTIONARY.find(text, SYRIA);
    assertEquals(2, matches.size());
    ActorMatch regime = matches.get(0);
    assertEquals("Syrian regime forces", text.substring(regime.start(), regime.end()));
    assertEquals(SYRIAN_ARMY, regime.actor().name());
    ActorMatch isis = matches.get(1);
    assertEquals(0, isis.start());
    assertEquals("ISIS fighters".length(), isis.end());
    assertEquals("Islamic State (Syria)", isis.actor().name());
  }

  @Test
  void findsIsisBesideTheVerbIsInOneSentence() {
    String text = "It is said that IS fighters left.";
    List<ActorMatch> matches = DICTIONARY.find(text, SYRIA);
    assertEquals(1, matches.size());
    assertEquals("IS fighters", matches.get(0).alias());
    assertEquals(text.indexOf("IS"), matches.get(0).start());
  }

  @Test
  void namesStateForcesWithoutTheirCountryWhenNoneIsKnown() {
    // A report that names no place still tells who acted: "Police arrested 14 activists".
    assertEquals("Police Forces", nameIn("police", ActorScope.NONE));
    assertEquals("Military Forces", nameIn("troops", ActorScope.NONE));
    assertEquals("Islamic State (Libya)", nameIn("ISIL", in("LBY")));
    assertEquals("Unidentified Armed Group", nameIn("gunmen", ActorScope.NONE));
  }

  @Test
  void listsManyActors() {
    assertTrue(DICTIONARY.size() >= 80, "size " + DICTIONARY.size());
  }

  @Test
  void saysWhichRowDecided() {
    ActorMatch m = DICTIONARY.find("Houthi rebels shelled the town", in("YEM")).get(0);
    assertTrue(m.source().matches("[a-z-]+\\.tsv:\\d+"), m.source());
  }

  /** Aliases are read word by word while the words still begin one; none may be skipped. */
  @Test
  void findsLongAliasesWhoseFirstWordsAreNoAliasAndTheShorterOnesInside() {
    String text = "Fighters of the Syrian Arab Army, backed by the SDF, fought the Syrian Democratic"
        + " Forces' rivals; Syrian officials said.";
    List<ActorMatch> found = DICTIONARY.find(text, SYRIA);
    List<String> spans = found.stream()
        .map(m -> text.substring(m.start(), m.end()) + " = " + m.actor().name()).sorted().toList();
    for (String expected : List.of("SDF = QSD: Syrian Democratic Forces",
        "Syrian Arab Army = " + SYRIAN_ARMY,
        "Syrian Democratic Forces = QSD: Syrian Democratic Forces")) {
      assertTrue(spans.contains(expected), expected + " in " + spans);
    }
  }

  /** "Defence" and "Defense", "Organisation" and "Organization": one name in either spelling. */
  @Test
  void britishAndAmericanSpellingsNameOneGroup() {
    ActorScope burkina = in("BFA");
    assertEquals("VDP: Volunteers for the Defense of the Homeland",
        nameIn("the Volunteers for the Defence of the Homeland", burkina));
    String cartel = nameIn("the Arellano Felix Organization", in("MEX"));
    assertFalse(cartel.equals("<none>"));
    assertEquals(cartel, nameIn("the Arellano Felix Organisation", in("MEX")));
  }
}
