package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.annotate.TaggedTokens.tagged;
import static org.sitrep.annotate.TaggedTokens.tags;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerbsTaggedAsNounsTest {
  @Test
  void aShotAfterTheNounThatOpensTheClauseIsTheVerb() {
    List<CoreLabel> s = tagged("On/IN Monday/NNP ,/, a/DT soldier/NN shot/NN at/IN a/DT taxi/NN"
        + " driver/NN ./.");
    assertEquals(1, VerbsTaggedAsNouns.mend(s));
    assertEquals("IN NNP , DT NN VBD IN DT NN NN .", tags(s));
    assertEquals("shoot", s.get(5).lemma());
    List<CoreLabel> dead = tagged("An/DT off-duty/JJ policeman/NN shot/NN dead/JJ a/DT thief/NN");
    assertEquals(1, VerbsTaggedAsNouns.mend(dead));
    assertEquals("VBD", dead.get(3).tag());
  }

  @Test
  void aSetAfterTheNounThatOpensTheClauseIsTheVerb() {
    List<CoreLabel> s = tagged("A/DT mob/NN set/NN fire/NN to/IN the/DT offices/NNS ./.");
    assertEquals(1, VerbsTaggedAsNouns.mend(s));
    assertEquals("VBD", s.get(2).tag());
    assertEquals("set", s.get(2).lemma());
    List<CoreLabel> up = tagged("A/DT militia/NN set/NN up/RP checkpoints/NNS");
    assertEquals(1, VerbsTaggedAsNouns.mend(up));
    // A set the clause does not go on from stays a noun, and so does a set followed by words
    // that follow "shot" only: "the chess set at the club".
    for (String text : List.of("He/PRP bought/VBD a/DT chess/NN set/NN at/IN the/DT club/NN",
        "The/DT television/NN set/NN was/VBD broken/VBN ./.")) {
      List<CoreLabel> t = tagged(text);
      assertEquals(0, VerbsTaggedAsNouns.mend(t), text);
    }
  }

  @Test
  void aShotJoinedToAPastVerbIsTheVerb() {
    List<CoreLabel> s = tagged("as/IN rebels/NNS burned/VBD the/DT market/NN stalls/NNS and/CC"
        + " shot/NN at/IN traders/NNS");
    assertEquals(1, VerbsTaggedAsNouns.mend(s));
    assertEquals("VBD", s.get(7).tag());
    assertEquals("shoot", s.get(7).lemma());
    // Shot as a noun in a list a verb takes, or after a comma, stays a noun.
    for (String text : List.of(
        "Police/NNS used/VBD pellets/NNS and/CC shot/NN ./.",
        "He/PRP was/VBD wounded/VBN ,/, and/CC shot/NN at/IN close/JJ range/NN",
        "the/DT sound/NN of/IN rifles/NNS and/CC shot/NN at/IN night/NN")) {
      List<CoreLabel> t = tagged(text);
      assertEquals(0, VerbsTaggedAsNouns.mend(t), text);
    }
  }

  @Test
  void aShotAVerbTakesStaysANoun() {
    for (String text : List.of(
        "The/DT army/NN fired/VBD a/DT warning/NN shot/NN at/IN the/DT crowd/NN ./.",
        "A/DT gun/NN shot/NN was/VBD heard/VBN ./.",
        "He/PRP heard/VBD a/DT rifle/NN shot/NN at/IN dawn/NN ./.")) {
      List<CoreLabel> s = tagged(text);
      String before = tags(s);
      assertEquals(0, VerbsTaggedAsNouns.mend(s), text);
      assertEquals(before, tags(s), text);
    }
  }

  @Test
  void aWordInIngAfterTheNounItDescribesIsItsParticiple() {
    List<CoreLabel> s = tagged("a/DT school/NN sheltering/NN displaced/VBN families/NNS"
        + " killed/VBD 18/CD");
    assertEquals(1, VerbsTaggedAsNouns.mend(s));
    assertEquals("VBG", s.get(2).tag());
    assertEquals("shelter", s.get(2).lemma());
    for (String text : List.of("a/DT border/NN crossing/NN two/CD km/NNS away/RB",
        "the/DT car/NN bombing/NN killed/VBD two/CD", "the/DT bombing/NN displaced/VBN many/JJ")) {
      List<CoreLabel> t = tagged(text);
      assertEquals(0, VerbsTaggedAsNouns.mend(t), text);
    }
  }

  @Test
  void anAuxiliaryBeforeAParticipleIsTheVerb() {
    List<CoreLabel> s = tagged("The/DT Taliban/NNP have/NN stepped/VBN up/RP attacks/NNS");
    assertEquals(1, VerbsTaggedAsNouns.mend(s));
    assertEquals("VBP", s.get(2).tag());
    List<CoreLabel> noun = tagged("the/DT haves/NNS and/CC have-nots/NNS");
    assertEquals(0, VerbsTaggedAsNouns.mend(noun));
  }
}
