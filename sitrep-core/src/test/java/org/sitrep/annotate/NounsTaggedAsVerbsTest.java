package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.annotate.TaggedTokens.tagged;
import static org.sitrep.annotate.TaggedTokens.tags;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class NounsTaggedAsVerbsTest {
  /** The tagged sentence has one word mended, and then these tags. */
  private static void assertMended(String text, String tagsAfter) {
    List<CoreLabel> s = tagged(text);
    assertEquals(1, NounsTaggedAsVerbs.mend(s), text);
    assertEquals(tagsAfter, tags(s), text);
  }

  @Test
  void aVerbWhereOnlyANounCanStandBecomesANoun() {
    assertMended("A/DT Georgian/JJ drone/VB hit/VBD a/DT depot/NN ./.", "DT JJ NN VBD DT NN .");
    assertMended("The/DT rebel/NN shell/VBP landed/VBD near/IN a/DT school/NN",
        "DT NN NN VBD IN DT NN");
    // An adverb may stand between the noun and its verb.
    assertMended("A/DT Georgian/JJ drone/VB later/RB struck/VBN a/DT van/NN",
        "DT JJ NN RB VBN DT NN");
    assertUnchanged("They/PRP drone/VBP on/RB about/IN taxes/NNS");
  }

  @Test
  void aVerbBetweenACountAndTheNounItModifiesBecomesANoun() {
    assertMended("repelled/VBD 14/CD Russian/NNP drone/VB attacks/NNS on/IN Poltava/NNP",
        "VBD CD NNP NN NNS IN NNP");
  }

  @Test
  void aVerbBetweenANameAfterAnArticleAndTheNounItModifiesBecomesANoun() {
    assertMended("A/DT suspected/VBN U.S./NNP drone/VB strike/NN targeted/VBD a/DT car/NN",
        "DT VBN NNP NN NN VBD DT NN");
    assertUnchanged("The/DT police/NN watch/VBP protesters/NNS gathered/VBD",
        "We/PRP saw/VBD the/DT U.S./NNP drone/VB strikes/NNS",
        "the/DT 2016/CD mine/VB attack/NN");
  }

  @Test
  void aGerundAfterTheAdjectiveOrNameThatOpensAClauseBecomesANoun() {
    assertMended("Georgian/JJ shelling/VBG hit/VBD a/DT camp/NN ./.", "JJ NN VBD DT NN .");
    assertMended("On/IN Monday/NNP ,/, heavy/JJ shelling/VBG killed/VBD two/CD",
        "IN NNP , JJ NN VBD CD");
  }

  @Test
  void aGerundThatOpensASentenceOrAClauseBeforeItsVerbBecomesANoun() {
    assertMended("Fighting/VBG erupted/VBD between/IN the/DT two/CD groups/NNS",
        "NN VBD IN DT CD NNS");
    assertMended("On/IN Sunday/NNP ,/, looting/VBG spread/VBD to/TO the/DT market/NN",
        "IN NNP , NN VBD TO DT NN");
  }

  /** Each tagged sentence comes out of the mending as it went in. */
  private static void assertUnchanged(String... texts) {
    for (String text : texts) {
      List<CoreLabel> s = tagged(text);
      String before = tags(s);
      assertEquals(0, NounsTaggedAsVerbs.mend(s), text);
      assertEquals(before, tags(s), text);
    }
  }

  @Test
  void participlesAfterPluralsOrWithinAClauseStayVerbs() {
    assertUnchanged(
        "Soldiers/NNS fleeing/VBG were/VBD shot/VBN",
        "Rebels/NNS began/VBD shelling/VBG the/DT town/NN",
        "They/PRP kept/VBD firing/VBG ./.",
        "Nurses/NNS protested/VBD in/IN Lome/NNP demanding/VBG increased/VBN pay/NN",
        "Demanding/VBG increased/VBN pay/NN ,/, nurses/NNS marched/VBD",
        "They/PRP marched/VBD ,/, demanding/VBG increased/VBN pay/NN");
  }

  @Test
  void verbsOfTheirOwnClauseStayVerbs() {
    assertUnchanged(
        "Rebels/NNS shell/VBP the/DT town/NN every/DT night/NN",
        "They/PRP drone/VBP on/IN about/IN it/PRP",
        "The/DT men/NNS who/WP bomb/VBP markets/NNS were/VBD caught/VBN",
        "Soldiers/NNS will/MD mine/VB the/DT road/NN");
  }

  @Test
  void aPluralOfPeopleAfterAGroupsNameBecomesANoun() {
    assertMended("Al/NNP Shabaab/NNP insurgents/VBZ killed/VBN 11/CD farmers/NNS",
        "NNP NNP NNS VBD CD NNS");
    assertUnchanged("Obama/NNP says/VBZ killed/VBN soldiers/NNS were/VBD heroes/NNS",
        "Kenya/NNP wants/VBZ peace/NN");
  }

  @Test
  void aPluralOfActsOrArmsAfterANameBecomesANounBeforeItsVerbOrItsTarget() {
    assertMended("Junta/NNP airstrikes/VBZ killed/VBN nine/CD civilians/NNS",
        "NNP NNS VBD CD NNS");
    assertMended("Junta/NNP airstrikes/VBZ on/IN a/DT village/NN killed/VBD nine/CD",
        "NNP NNS IN DT NN VBD CD");
    assertMended("UAV/NNP strikes/VBZ killed/VBD five/CD militants/NNS",
        "NNP NNS VBD CD NNS");
    assertMended("Air/NNP defences/VBZ repelled/VBN a/DT missile/NN attack/NN",
        "NNP NNS VBD DT NN NN");
    // A verb of the name's own: it strikes at someone, or says what was done.
    assertUnchanged("Qqqland/NNP strikes/VBZ at/IN rebel/NN camps/NNS",
        "Qqqland/NNP strikes/VBZ rebel/NN camps/NNS",
        "Poltava/NNP says/VBZ downed/VBN 20/CD drones/NNS");
  }

  @Test
  void aPluralThatOpensAClauseBeforeItsPastVerbBecomesANoun() {
    assertMended("On/IN Tuesday/NNP ,/, airstrikes/VBZ hit/VBD a/DT bridge/NN",
        "IN NNP , NNS VBD DT NN");
    assertMended("Late/RB Sunday/NNP ,/, heavy/JJ bombardments/VBZ struck/VBN the/DT port/NN",
        "RB NNP , JJ NNS VBD DT NN");
    assertUnchanged("The/DT man/NN she/PRP says/VBZ attacked/VBD her/PRP fled/VBD",
        "On/IN Monday/NNP ,/, Kyiv/NNP says/VBZ downed/VBD six/CD drones/NNS",
        "Yesterday/NN ,/, it/PRP has/VBZ rained/VBN",
        "On/IN Monday/NNP ,/, this/DT is/VBZ closed/VBN");
  }

  @Test
  void aGerundAfterADeterminerBeforeItsVerbBecomesANoun() {
    // "The shelling came a day after ...": tagged a verb, it hung off "The" as an adjective.
    assertMended("The/DT shelling/VBG came/VBD a/DT day/NN after/IN", "DT NN VBD DT NN IN");
  }

  @Test
  void aGerundBetweenADeterminerAndAPrepositionBecomesANoun() {
    // "said the shelling by troops killed three": tagged a verb, it hung off "the" as an
    // adjective, and the troops who fired were lost.
    assertMended("said/VBD the/DT shelling/VBG by/IN army/NN troops/NNS killed/VBD three/CD",
        "VBD DT NN IN NN NNS VBD CD");
    assertUnchanged("troops/NNS began/VBD shelling/VBG from/IN the/DT hills/NNS",
        "in/IN the/DT coming/VBG weeks/NNS");
  }

  @Test
  void aPluralAfterANameIsANounThoughADayStandsBeforeItsVerb() {
    assertMended("Zz/NNP Qq/NNP insurgents/VBZ on/IN Sunday/NNP night/NN attacked/VBN a/DT town/NN",
        "NNP NNP NNS IN NNP NN VBD DT NN");
  }

  @Test
  void aCapitalisedGerundAfterAPrepositionIsAName() {
    assertMended("Troops/NNS shot/VBD two/CD men/NNS in/IN Wuxing/VBG on/IN Sunday/NNP",
        "NNS VBD CD NNS IN NNP IN NNP");
    // A headline in title case capitalises every word; there it stays a gerund.
    assertUnchanged("Troops/NNS Accused/VBN of/IN Killing/VBG Two/CD Farmers/NNS",
        "Troops/NNP Accused/NNP of/IN Killing/VBG Farmers/NNP",
        "rebels/NNS accused/VBN of/IN killing/VBG two/CD farmers/NNS");
  }

  @Test
  void aCapitalisedWordInIngAfterADeterminerOrAnAdjectiveIsAName() {
    assertMended("a/DT strike/NN in/IN the/DT central/JJ Wuxing/NN region/NN killed/VBD five/CD",
        "DT NN IN DT JJ NNP NN VBD CD");
    assertMended("a/DT strike/NN in/IN the/DT Wuxing/VBG region/NN killed/VBD five/CD",
        "DT NN IN DT NNP NN VBD CD");
    // A common noun in "-ing" stays one; so does one opening a title-case headline.
    assertUnchanged("the/DT heavy/JJ shelling/NN of/IN the/DT town/NN",
        "Heavy/JJ Shelling/NN Hits/VBZ Border/NNP Towns/NNP");
  }
}
