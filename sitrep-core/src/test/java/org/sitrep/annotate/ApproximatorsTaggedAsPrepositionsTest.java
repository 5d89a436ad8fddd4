package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.annotate.TaggedTokens.tagged;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApproximatorsTaggedAsPrepositionsTest {
  @Test
  void aWordThatRoundsTheCountOpeningTheSentenceIsAnAdverb() {
    List<CoreLabel> s = tagged("Around/IN 300/CD displaced/JJ families/NNS marched/VBD ./.");
    assertEquals(1, ApproximatorsTaggedAsPrepositions.mend(s));
    assertEquals("RB", s.get(0).tag());
    List<CoreLabel> after = tagged("On/IN Monday/NNP ,/, about/IN 200/CD nurses/NNS marched/VBD");
    assertEquals(1, ApproximatorsTaggedAsPrepositions.mend(after));
    assertEquals("RB", after.get(3).tag());
  }

  @Test
  void aPrepositionADayOrAVerbTakesStaysOne() {
    for (String text : List.of("Around/IN 12/CD June/NNP 2024/CD ,/, gunmen/NNS struck/VBD",
        "They/PRP fought/VBD over/IN 3/CD plots/NNS of/IN land/NN",
        "Around/IN 5/CD pm/NN ,/, shots/NNS rang/VBD out/RP")) {
      List<CoreLabel> s = tagged(text);
      assertEquals(0, ApproximatorsTaggedAsPrepositions.mend(s), text);
    }
  }
}
