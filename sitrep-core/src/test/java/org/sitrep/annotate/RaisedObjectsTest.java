package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.annotate.TaggedSentences.sentence;
import static org.sitrep.annotate.TaggedSentences.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An object after two joined verbs goes to the second in the basic tree, to both in the graph. */
class RaisedObjectsTest {
  @Test
  void anObjectAfterTheSecondVerbIsItsOwn() {
    // Youths demonstrated and burned tyres: the parser gives "tyres" to "demonstrated".
    List<Token> t = tokens("Youths", "NNS", "demonstrated", "VBD", "and", "CC", "burned", "VBD",
        "tyres", "NNS");
    List<Dependency> basic = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(3, 2, "cc"), new Dependency(1, 3, "conj"), new Dependency(1, 4, "obj"));
    Sentence lowered = RaisedObjects.lower(sentence(t, basic));
    assertTrue(lowered.basicDependencies().contains(new Dependency(3, 4, "obj")),
        lowered.basicDependencies().toString());
    assertTrue(!lowered.basicDependencies().contains(new Dependency(1, 4, "obj")));
    assertTrue(lowered.dependencies().contains(new Dependency(3, 4, "obj")));
    assertTrue(lowered.dependencies().contains(new Dependency(1, 4, "obj")));
  }

  @Test
  void anObjectBeforeTheSecondVerbOrOneItAlreadyHasStays() {
    // Gunmen killed two guards and fled.
    List<Token> t = tokens("Gunmen", "NNS", "killed", "VBD", "two", "CD", "guards", "NNS", "and",
        "CC", "fled", "VBD");
    List<Dependency> basic = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(3, 2, "nummod"), new Dependency(1, 3, "obj"), new Dependency(5, 4, "cc"),
        new Dependency(1, 5, "conj"));
    assertEquals(sentence(t, basic), RaisedObjects.lower(sentence(t, basic)));
    // Militants stormed the town and looted shops (wrongly hung): "looted" has its own object.
    List<Token> u = tokens("Militants", "NNS", "attacked", "VBD", "and", "CC", "looted", "VBD",
        "shops", "NNS", "houses", "NNS");
    List<Dependency> own = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(3, 2, "cc"), new Dependency(1, 3, "conj"), new Dependency(3, 4, "obj"),
        new Dependency(1, 5, "obj"));
    assertEquals(sentence(u, own), RaisedObjects.lower(sentence(u, own)));
  }
}
