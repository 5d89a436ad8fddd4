package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An object after two joined verbs goes to the second in the basic tree, to both in the graph. */
class RaisedObjectsTest {
  private static List<Token> tokens(String... wordsAndTags) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < wordsAndTags.length; i += 2) {
      String word = wordsAndTags[i];
      out.add(new Token(i / 2, word, word.toLowerCase(java.util.Locale.ROOT), wordsAndTags[i + 1],
          "O", i, i + word.length()));
    }
    return out;
  }

  /** A sentence of these tokens whose two graphs are both {@code arcs}. */
  private static Sentence sentence(List<Token> tokens, List<Dependency> arcs) {
    Token last = tokens.get(tokens.size() - 1);
    String text = " ".repeat(last.end());
    return new Sentence(0, 0, last.end(), text, tokens, arcs, arcs, List.of());
  }

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
