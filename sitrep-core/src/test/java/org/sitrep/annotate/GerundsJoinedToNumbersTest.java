package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.annotate.TaggedSentences.sentence;
import static org.sitrep.annotate.TaggedSentences.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A gerund the parser joined to a number is the first participle's partner again. */
class GerundsJoinedToNumbersTest {
  private static final List<Token> TOKENS = tokens("Bandits", "NNS", "raided", "VBD", "a", "DT",
      "village", "NN", ",", ",", "killing", "VBG", "three", "CD", "and", "CC", "burning", "VBG",
      "scores", "NNS", "of", "IN", "houses", "NNS");

  @Test
  void theNumberIsTheTollOfTheFirstParticipleAgain() {
    // Parsed as "killing [three and burning] scores of houses", as the parser may.
    List<Dependency> basic = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(1, 3, "obj"), new Dependency(3, 2, "det"), new Dependency(1, 4, "punct"),
        new Dependency(1, 5, "dep"), new Dependency(5, 9, "obj"), new Dependency(9, 6, "nummod"),
        new Dependency(6, 8, "conj"), new Dependency(8, 7, "cc"), new Dependency(9, 11, "nmod"),
        new Dependency(11, 10, "case"));
    Sentence mended = GerundsJoinedToNumbers.mend(sentence(TOKENS, basic));
    for (List<Dependency> arcs : List.of(mended.basicDependencies(), mended.dependencies())) {
      assertTrue(arcs.contains(new Dependency(5, 6, "obj")), arcs::toString);
      assertTrue(arcs.contains(new Dependency(5, 8, "conj")), arcs::toString);
      assertTrue(arcs.contains(new Dependency(8, 9, "obj")), arcs::toString);
      assertFalse(arcs.contains(new Dependency(9, 6, "nummod")), arcs::toString);
      assertFalse(arcs.contains(new Dependency(5, 9, "obj")), arcs::toString);
    }
    assertEquals(basic.size(), mended.basicDependencies().size(), "one arc dropped, one added");
  }

  @Test
  void theEnhancedGraphIsMendedOnTheNounItCounts() {
    // The enhanced graph reads "scores of" as a quantity: the number and the gerund both count
    // "houses", which is the killing's object.
    List<Dependency> basic = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 5, "dep"),
        new Dependency(5, 9, "obj"), new Dependency(9, 6, "nummod"), new Dependency(6, 8, "conj"),
        new Dependency(8, 7, "cc"), new Dependency(9, 11, "nmod"), new Dependency(11, 10, "case"));
    List<Dependency> enhanced = List.of(new Dependency(-1, 1, "root"),
        new Dependency(1, 5, "dep"), new Dependency(5, 11, "obj"),
        new Dependency(11, 6, "nummod"), new Dependency(11, 8, "nummod"),
        new Dependency(11, 9, "det:qmod"), new Dependency(9, 10, "fixed"),
        new Dependency(6, 8, "conj:and"), new Dependency(8, 7, "cc"));
    Sentence mended = GerundsJoinedToNumbers.mend(sentence(TOKENS, basic).withParse(enhanced,
        basic));
    List<Dependency> arcs = mended.dependencies();
    assertTrue(arcs.contains(new Dependency(5, 6, "obj")), arcs::toString);
    assertTrue(arcs.contains(new Dependency(5, 8, "conj:and")), arcs::toString);
    assertTrue(arcs.contains(new Dependency(8, 11, "obj")), arcs::toString);
    assertFalse(arcs.contains(new Dependency(11, 8, "nummod")), arcs::toString);
    assertFalse(arcs.contains(new Dependency(11, 6, "nummod")), arcs::toString);
  }

  @Test
  void participlesJoinedAsTheyShouldBeStay() {
    List<Dependency> basic = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(1, 3, "obj"), new Dependency(3, 2, "det"), new Dependency(1, 4, "punct"),
        new Dependency(1, 5, "dep"), new Dependency(5, 6, "obj"), new Dependency(5, 8, "conj"),
        new Dependency(8, 7, "cc"), new Dependency(8, 9, "obj"), new Dependency(9, 11, "nmod"),
        new Dependency(11, 10, "case"));
    assertEquals(sentence(TOKENS, basic), GerundsJoinedToNumbers.mend(sentence(TOKENS, basic)));
  }
}
