package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.annotate.TaggedTokens.tagged;
import static org.sitrep.annotate.TaggedTokens.tags;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinesTaggedAsPronounsTest {
  @Test
  void aMineAfterADeterminerOrAModifierIsTheWeapon() {
    List<CoreLabel> s = tagged("A/DT roadside/NN mine/PRP destroyed/VBD a/DT truck/NN");
    assertEquals(1, MinesTaggedAsPronouns.mend(s));
    assertEquals("DT NN NN VBD DT NN", tags(s));
    List<CoreLabel> anti = tagged("an/DT anti/JJ -/HYPH tank/NN mine/PRP$ exploded/VBD");
    assertEquals(1, MinesTaggedAsPronouns.mend(anti));
    assertEquals("NN", anti.get(4).tag());
  }

  @Test
  void theOwnersMineStaysAPronoun() {
    for (String text : List.of("The/DT car/NN is/VBZ mine/PRP", "a/DT friend/NN of/IN mine/PRP",
        "Mine/PRP was/VBD hit/VBN")) {
      List<CoreLabel> s = tagged(text);
      assertEquals(0, MinesTaggedAsPronouns.mend(s), text);
    }
  }
}
