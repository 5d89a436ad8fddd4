package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.annotate.TaggedSentences.sentence;
import static org.sitrep.annotate.TaggedSentences.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two groups left dead are both what was left, not one group and a measure of "dead". */
class GroupsLeftHarmedTest {
  // ", leaving seven rebels and one soldier dead"
  private static final List<Token> T = tokens("leaving", "VBG", "seven", "CD", "rebels", "NNS",
      "and", "CC", "one", "CD", "soldier", "NN", "dead", "JJ");

  @Test
  void theSecondGroupJoinsTheFirstAndTheWordOfHarmDescribesThem() {
    List<Dependency> misread = List.of(new Dependency(-1, 0, "root"),
        new Dependency(0, 2, "obj"), new Dependency(2, 1, "nummod"), new Dependency(2, 6, "conj"),
        new Dependency(6, 3, "cc"), new Dependency(6, 5, "obl:npmod"),
        new Dependency(5, 4, "nummod"));
    Sentence mended = GroupsLeftHarmed.mend(sentence(T, misread));
    List<Dependency> arcs = mended.basicDependencies();
    assertTrue(arcs.containsAll(List.of(new Dependency(2, 5, "conj"), new Dependency(2, 6, "amod"),
        new Dependency(5, 3, "cc"), new Dependency(5, 4, "nummod"))), arcs.toString());
    assertEquals(misread.size(), arcs.size(), arcs.toString());
  }

  @Test
  void aRightReadingStays() {
    List<Dependency> right = List.of(new Dependency(-1, 0, "root"),
        new Dependency(0, 2, "obj"), new Dependency(2, 1, "nummod"), new Dependency(2, 5, "conj"),
        new Dependency(5, 3, "cc"), new Dependency(5, 4, "nummod"), new Dependency(2, 6, "amod"));
    assertEquals(sentence(T, right), GroupsLeftHarmed.mend(sentence(T, right)));
  }
}
