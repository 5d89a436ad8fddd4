package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.annotate.TaggedSentences.sentence;
import static org.sitrep.annotate.TaggedSentences.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only "be", "have", "do", "get" and the modals are auxiliaries; another verb so read heads. */
class VerbsReadAsAuxiliariesTest {
  @Test
  void aFullVerbReadAsAnAuxiliaryHeadsItsClause() {
    // On Monday vendors protested rejecting the levy: "protested" read as the auxiliary of
    // "rejecting", which the parser made the root.
    List<Token> t = tokens("On", "IN", "Monday", "NNP", "vendors", "NNS", "protested", "VBD",
        "rejecting", "VBG", "the", "DT", "levy", "NN");
    List<Dependency> basic = List.of(new Dependency(-1, 4, "root"), new Dependency(1, 0, "case"),
        new Dependency(4, 1, "obl"), new Dependency(4, 2, "nsubj"), new Dependency(4, 3, "aux"),
        new Dependency(4, 6, "obj"), new Dependency(6, 5, "det"));
    Sentence mended = VerbsReadAsAuxiliaries.mend(sentence(t, basic));
    List<Dependency> arcs = mended.basicDependencies();
    assertTrue(arcs.containsAll(List.of(new Dependency(-1, 3, "root"), new Dependency(3, 1, "obl"),
        new Dependency(3, 2, "nsubj"), new Dependency(3, 4, "advcl"), new Dependency(4, 6, "obj"))),
        arcs.toString());
    assertEquals(arcs, mended.dependencies());
  }

  @Test
  void realAuxiliariesStay() {
    // Vendors were rejecting the levy.
    List<Token> t = tokens("Vendors", "NNS", "were", "VBD", "rejecting", "VBG", "the", "DT",
        "levy", "NN");
    List<Dependency> basic = List.of(new Dependency(-1, 2, "root"), new Dependency(2, 0, "nsubj"),
        new Dependency(2, 1, "aux"), new Dependency(2, 4, "obj"), new Dependency(4, 3, "det"));
    assertEquals(sentence(t, basic), VerbsReadAsAuxiliaries.mend(sentence(t, basic)));
  }
}
