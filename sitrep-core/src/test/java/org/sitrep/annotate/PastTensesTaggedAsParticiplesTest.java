package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.annotate.TaggedTokens.tagged;
import static org.sitrep.annotate.TaggedTokens.tags;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class PastTensesTaggedAsParticiplesTest {
  @Test
  void aParticipleBetweenTheSubjectThatOpensTheClauseAndItsObjectIsThePastVerb() {
    List<CoreLabel> s = tagged("On/IN Tuesday/NNP ,/, a/DT drone/NN strike/NN targeted/VBN"
        + " Qqq/NNP fighters/NNS near/IN Zzz/NNP ,/, officials/NNS said/VBD");
    assertEquals(1, PastTensesTaggedAsParticiples.mend(s));
    assertEquals("VBD", s.get(6).tag());
  }

  @Test
  void aSubjectDescribedByWhatItIsBelievedToBeKeepsItsVerb() {
    List<CoreLabel> s = tagged("Gunmen/NNS suspected/VBN to/TO be/VB herders/NNS killed/VBN six/CD"
        + " villagers/NNS near/IN Qqq/NNP ,/, a/DT leader/NN said/VBD");
    assertEquals(1, PastTensesTaggedAsParticiples.mend(s));
    assertEquals("VBD", s.get(5).tag());
    // Not when a finite verb of the clause is still to come: the participle describes.
    List<CoreLabel> relative = tagged("Men/NNS believed/VBN to/TO be/VB rebels/NNS killed/VBN"
        + " in/IN the/DT raid/NN were/VBD buried/VBN");
    assertEquals(0, PastTensesTaggedAsParticiples.mend(relative));
  }

  @Test
  void aSubjectToldByWhatItRodeKeepsItsVerb() {
    List<CoreLabel> s = tagged("Gunmen/NNS on/IN motorbikes/NNS attacked/VBN worshippers/NNS at/IN"
        + " a/DT mosque/NN near/IN Qqq/NNP ,/, a/DT local/JJ official/NN said/VBD");
    assertEquals(1, PastTensesTaggedAsParticiples.mend(s));
    assertEquals("VBD", s.get(3).tag());
    // Not a reduced relative whose clause goes on to its own verb.
    List<CoreLabel> relative = tagged("Weapons/NNS in/IN the/DT cache/NN seized/VBN Monday/NNP"
        + " were/VBD shown/VBN to/TO reporters/NNS");
    assertEquals(0, PastTensesTaggedAsParticiples.mend(relative));
  }

  @Test
  void aDayBetweenTheSubjectAndItsVerbKeepsTheVerb() {
    List<CoreLabel> s = tagged("Gunmen/NNS on/IN Thursday/NNP abducted/VBN 20/CD students/NNS"
        + " in/IN Qqq/NNP ,/, officials/NNS said/VBD");
    assertEquals(1, PastTensesTaggedAsParticiples.mend(s));
    assertEquals("VBD", s.get(3).tag());
    List<CoreLabel> late = tagged("Police/NNS late/RB on/IN Monday/NNP night/NN arrested/VBN"
        + " 12/CD protesters/NNS");
    assertEquals(1, PastTensesTaggedAsParticiples.mend(late));
    assertEquals("VBD", late.get(5).tag());
    // A day inside a phrase that opens no clause is no subject's.
    List<CoreLabel> inside = tagged("He/PRP said/VBD the/DT men/NNS on/IN Monday/NNP"
        + " arrested/VBN two/CD suspects/NNS and/CC left/VBD");
    assertEquals(0, PastTensesTaggedAsParticiples.mend(inside));
  }

  @Test
  void reducedRelativesAndParticiplesWithNoObjectStayParticiples() {
    for (String text : List.of(
        "The/DT fighters/NNS targeted/VBN in/IN the/DT strike/NN were/VBD named/VBN",
        "The/DT men/NNS detained/VBN Monday/NNP were/VBD released/VBN",
        "Two/CD people/NNS injured/VBN three/CD days/NNS ago/RB died/VBD",
        "Police/NNS have/VBP arrested/VBN two/CD men/NNS")) {
      List<CoreLabel> s = tagged(text);
      String before = tags(s);
      assertEquals(0, PastTensesTaggedAsParticiples.mend(s), text);
      assertEquals(before, tags(s), text);
    }
  }

  @Test
  void aGroupNamedWithoutADeterminerKeepsItsVerbBeforeAFloorUnderANumber() {
    List<CoreLabel> s = tagged("LRA/NN fighters/NNS killed/VBN at/IN least/RBS 12/CD villagers/NNS"
        + " near/IN Qqq/NNP ,/, elders/NNS said/VBD");
    assertEquals(1, PastTensesTaggedAsParticiples.mend(s));
    assertEquals("VBD", s.get(2).tag());
    List<CoreLabel> more = tagged("Houthi/NNP fighters/NNS shelled/VBN more/JJR than/IN 20/CD"
        + " homes/NNS");
    assertEquals(1, PastTensesTaggedAsParticiples.mend(more));
    // A bare plural that names no group, before a time, is a reduced relative's head.
    List<CoreLabel> relative = tagged("Rebels/NNS killed/VBN at/IN 5/CD pm/NN were/VBD buried/VBN");
    assertEquals(0, PastTensesTaggedAsParticiples.mend(relative));
  }
}
