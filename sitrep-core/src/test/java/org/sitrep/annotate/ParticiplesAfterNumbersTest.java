package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.annotate.TaggedTokens.tagged;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticiplesAfterNumbersTest {
  @Test
  void aPastFormBetweenANumberAndItsNounIsAParticiple() {
    List<CoreLabel> s = tagged("Troops/NNS arrested/VBD 9/CD wanted/VBD men/NNS near/IN Tubas/NNP");
    assertEquals(1, ParticiplesAfterNumbers.mend(s));
    assertEquals("VBN", s.get(3).tag());
  }

  @Test
  void aPastVerbAfterANumberThatIsItsSubjectStaysAVerb() {
    for (String text : List.of("Of/IN the/DT 40/CD ,/, 12/CD escaped/VBD ./.",
        "Of/IN the/DT 40/CD ,/, 12/CD escaped/VBD unhurt/JJ")) {
      List<CoreLabel> s = tagged(text);
      assertEquals(0, ParticiplesAfterNumbers.mend(s), text);
    }
  }
}
