package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.annotate.TaggedSentences.sentence;
import static org.sitrep.annotate.TaggedSentences.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bracket the parser made a verb's object is an apposition of the noun before it. */
class BracketedObjectsTest {
  @Test
  void aPlacesDistrictInBracketsIsNoObjectOfTheVerb() {
    // Teachers marched to the ministry in Kitgum town (Matidi, Chua): "(Matidi, Chua)" hung
    // on "marched" as its object.
    List<Token> t = tokens("Teachers", "NNS", "marched", "VBD", "to", "TO", "the", "DT",
        "ministry", "NN", "in", "IN", "Kitgum", "NNP", "town", "NN", "(", "-LRB-", "Matidi", "NNP",
        ",", ",", "Chua", "NNP", ")", "-RRB-");
    List<Dependency> basic = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(1, 4, "obl"), new Dependency(4, 2, "case"), new Dependency(4, 3, "det"),
        new Dependency(4, 7, "nmod"), new Dependency(7, 5, "case"), new Dependency(7, 6, "compound"),
        new Dependency(1, 9, "obj"), new Dependency(9, 8, "punct"), new Dependency(9, 10, "punct"),
        new Dependency(9, 11, "appos"), new Dependency(9, 12, "punct"));
    Sentence mended = BracketedObjects.mend(sentence(t, basic));
    assertTrue(mended.basicDependencies().contains(new Dependency(7, 9, "appos")),
        mended.basicDependencies().toString());
    assertFalse(mended.basicDependencies().contains(new Dependency(1, 9, "obj")));
    assertTrue(mended.dependencies().contains(new Dependency(7, 9, "appos")));
    assertFalse(mended.dependencies().contains(new Dependency(1, 9, "obj")));
  }

  @Test
  void anObjectThatOnlyHoldsABracketStays() {
    // Police seized 40 rifles (and two pistols) in Lira: the object is "rifles", the bracket its
    // own aside.
    List<Token> t = tokens("Police", "NNS", "seized", "VBD", "40", "CD", "rifles", "NNS", "(",
        "-LRB-", "and", "CC", "two", "CD", "pistols", "NNS", ")", "-RRB-");
    List<Dependency> basic = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(1, 3, "obj"), new Dependency(3, 2, "nummod"), new Dependency(3, 7, "conj"),
        new Dependency(7, 4, "punct"), new Dependency(7, 5, "cc"), new Dependency(7, 6, "nummod"),
        new Dependency(7, 8, "punct"));
    assertEquals(sentence(t, basic), BracketedObjects.mend(sentence(t, basic)));
  }
}
