package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.annotate.TaggedSentences.sentence;
import static org.sitrep.annotate.TaggedSentences.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoneIndirectObjectsTest {
  private static Dependency arc(int governor, int dependent, String relation) {
    return new Dependency(governor, dependent, relation);
  }

  @Test
  void theOneObjectOfAVerbIsItsObject() {
    // Drones targeted a depot in Zzville.
    List<Token> t = tokens("Drones", "NNS", "targeted", "VBD", "a", "DT", "depot", "NN", "in", "IN",
        "Zzville", "NNP", ".", ".");
    List<Dependency> parsed = List.of(arc(-1, 1, "root"), arc(1, 0, "nsubj"), arc(1, 3, "iobj"),
        arc(3, 2, "det"), arc(3, 5, "nmod"), arc(5, 4, "case"), arc(1, 6, "punct"));
    Sentence mended = LoneIndirectObjects.mend(sentence(t, parsed));
    for (List<Dependency> graph : List.of(mended.basicDependencies(), mended.dependencies())) {
      assertTrue(graph.contains(arc(1, 3, "obj")), graph.toString());
      assertFalse(graph.contains(arc(1, 3, "iobj")), graph.toString());
    }
  }

  @Test
  void anIndirectObjectBesideADirectOneStays() {
    // Rebels gave the mediators a list.
    List<Token> t = tokens("Rebels", "NNS", "gave", "VBD", "the", "DT", "mediators", "NNS", "a",
        "DT", "list", "NN", ".", ".");
    List<Dependency> parsed = List.of(arc(-1, 1, "root"), arc(1, 0, "nsubj"), arc(1, 3, "iobj"),
        arc(3, 2, "det"), arc(1, 5, "obj"), arc(5, 4, "det"), arc(1, 6, "punct"));
    Sentence s = sentence(t, parsed);
    assertSame(s, LoneIndirectObjects.mend(s));
  }
}
