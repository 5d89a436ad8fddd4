package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.annotate.TaggedTokens.tagged;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatonChargesTest {
  @Test
  void aChargeNamedByItsWeaponAfterItsMakerIsThePastVerb() {
    List<CoreLabel> s = tagged("The/DT police/NN lathi/NN -/HYPH charged/VBN the/DT farmers/NNS");
    assertEquals(1, BatonCharges.mend(s));
    assertEquals("VBD", s.get(4).tag());
    assertEquals("charge", s.get(4).lemma());
    List<CoreLabel> they = tagged("They/PRP baton/NN -/HYPH charged/JJ students/NNS");
    assertEquals(1, BatonCharges.mend(they));
  }

  @Test
  void aChargedCrowdAndOtherChargesStayAsTagged() {
    for (String text : List.of(
        "The/DT baton/NN -/HYPH charged/VBN protesters/NNS regrouped/VBD",
        "A/DT politically/RB -/HYPH charged/JJ debate/NN",
        "Police/NNS charged/VBD him/PRP with/IN theft/NN")) {
      List<CoreLabel> s = tagged(text);
      assertEquals(0, BatonCharges.mend(s), text);
    }
  }
}
