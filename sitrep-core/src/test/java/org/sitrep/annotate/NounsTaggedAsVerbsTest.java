package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NounsTaggedAsVerbsTest {
  /** Tokens from "word/TAG" pairs. */
  private static List<CoreLabel> tagged(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String pair : text.split(" ")) {
      CoreLabel t = new CoreLabel();
      int slash = pair.lastIndexOf('/');
      t.setWord(pair.substring(0, slash));
      t.setTag(pair.substring(slash + 1));
      tokens.add(t);
    }
    return tokens;
  }

  private static String tags(List<CoreLabel> tokens) {
    return String.join(" ", tokens.stream().map(CoreLabel::tag).toList());
  }

  @Test
  void aVerbWhereOnlyANounCanStandBecomesANoun() {
    List<CoreLabel> s = tagged("A/DT Georgian/JJ drone/VB hit/VBD a/DT depot/NN ./.");
    assertEquals(1, NounsTaggedAsVerbs.mend(s));
    assertEquals("DT JJ NN VBD DT NN .", tags(s));
    List<CoreLabel> shell = tagged("The/DT rebel/NN shell/VBP landed/VBD near/IN a/DT school/NN");
    assertEquals(1, NounsTaggedAsVerbs.mend(shell));
    assertEquals("NN", shell.get(2).tag());
  }

  @Test
  void aGerundAfterTheAdjectiveOrNameThatOpensAClauseBecomesANoun() {
    List<CoreLabel> s = tagged("Georgian/JJ shelling/VBG hit/VBD a/DT camp/NN ./.");
    assertEquals(1, NounsTaggedAsVerbs.mend(s));
    assertEquals("JJ NN VBD DT NN .", tags(s));
    List<CoreLabel> after = tagged("On/IN Monday/NNP ,/, heavy/JJ shelling/VBG killed/VBD two/CD");
    assertEquals(1, NounsTaggedAsVerbs.mend(after));
    assertEquals("NN", after.get(4).tag());
  }

  @Test
  void participlesAfterPluralsOrWithinAClauseStayVerbs() {
    for (String text : List.of(
        "Soldiers/NNS fleeing/VBG were/VBD shot/VBN",
        "Rebels/NNS began/VBD shelling/VBG the/DT town/NN",
        "They/PRP kept/VBD firing/VBG ./.",
        "Nurses/NNS protested/VBD in/IN Lome/NNP demanding/VBG increased/VBN pay/NN")) {
      List<CoreLabel> s = tagged(text);
      String before = tags(s);
      assertEquals(0, NounsTaggedAsVerbs.mend(s), text);
      assertEquals(before, tags(s), text);
    }
  }

  @Test
  void verbsOfTheirOwnClauseStayVerbs() {
    for (String text : List.of(
        "Rebels/NNS shell/VBP the/DT town/NN every/DT night/NN",
        "They/PRP drone/VBP on/IN about/IN it/PRP",
        "The/DT men/NNS who/WP bomb/VBP markets/NNS were/VBD caught/VBN",
        "Soldiers/NNS will/MD mine/VB the/DT road/NN")) {
      List<CoreLabel> s = tagged(text);
      String before = tags(s);
      assertEquals(0, NounsTaggedAsVerbs.mend(s), text);
      assertEquals(before, tags(s), text);
    }
  }
}
