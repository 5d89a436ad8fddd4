package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.annotate.TaggedSentences.sentence;
import static org.sitrep.annotate.TaggedSentences.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A participle of harm after a comma tells the outcome of the verb, not of its object. */
class ResultClausesTest {
  @Test
  void anOutcomeHungOnTheObjectGoesToTheVerb() {
    // A mine hit a lorry carrying maize, killing two: "killing" hung on "lorry".
    List<Token> t = tokens("A", "DT", "mine", "NN", "hit", "VBD", "a", "DT", "lorry", "NN",
        "carrying", "VBG", "maize", "NN", ",", ",", "killing", "VBG", "two", "CD");
    for (String hung : List.of("acl", "dep")) {
      List<Dependency> basic = List.of(new Dependency(-1, 2, "root"), new Dependency(2, 1, "nsubj"),
          new Dependency(1, 0, "det"), new Dependency(2, 4, "obj"), new Dependency(4, 3, "det"),
          new Dependency(4, 5, "acl"), new Dependency(5, 6, "obj"), new Dependency(4, 7, "punct"),
          new Dependency(4, 8, hung), new Dependency(8, 9, "obj"));
      Sentence mended = ResultClauses.mend(sentence(t, basic));
      List<Dependency> arcs = mended.basicDependencies();
      assertTrue(arcs.containsAll(List.of(new Dependency(2, 8, "advcl"),
          new Dependency(2, 7, "punct"), new Dependency(4, 5, "acl"))), arcs.toString());
      assertEquals(basic.size(), arcs.size(), arcs.toString());
      assertTrue(mended.dependencies().contains(new Dependency(2, 8, "advcl")));
      assertTrue(mended.dependencies().stream().noneMatch(d -> d.governor() == 4
          && d.dependent() == 8), mended.dependencies().toString());
    }
  }

  @Test
  void aParticipleThatDescribesTheObjectStays() {
    // A mine hit a lorry carrying maize: no comma, no outcome.
    List<Token> t = tokens("A", "DT", "mine", "NN", "hit", "VBD", "a", "DT", "lorry", "NN",
        "carrying", "VBG", "maize", "NN");
    List<Dependency> basic = List.of(new Dependency(-1, 2, "root"), new Dependency(2, 1, "nsubj"),
        new Dependency(1, 0, "det"), new Dependency(2, 4, "obj"), new Dependency(4, 3, "det"),
        new Dependency(4, 5, "acl"), new Dependency(5, 6, "obj"));
    assertEquals(sentence(t, basic), ResultClauses.mend(sentence(t, basic)));
  }
}
