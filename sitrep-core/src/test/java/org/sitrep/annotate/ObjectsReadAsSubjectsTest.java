package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.annotate.TaggedSentences.sentence;
import static org.sitrep.annotate.TaggedSentences.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A noun the parser made the subject of a participle after a verb with no object is its object. */
class ObjectsReadAsSubjectsTest {
  @Test
  void theSubjectOfAParticipleRightAfterAVerbWithNoObjectIsTheVerbsObject() {
    // Rebels killed five farmers working in fields: "farmers working" read as a clause.
    List<Token> t = tokens("Rebels", "NNS", "killed", "VBD", "five", "CD", "farmers", "NNS",
        "working", "VBG", "in", "IN", "fields", "NNS");
    List<Dependency> arcs = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(3, 2, "nummod"), new Dependency(4, 3, "nsubj"), new Dependency(1, 4, "dep"),
        new Dependency(6, 5, "case"), new Dependency(4, 6, "obl"));
    Sentence mended = ObjectsReadAsSubjects.mend(sentence(t, arcs));
    for (List<Dependency> graph : List.of(mended.basicDependencies(), mended.dependencies())) {
      assertTrue(graph.contains(new Dependency(1, 3, "obj")), graph.toString());
      assertTrue(graph.contains(new Dependency(3, 4, "acl")), graph.toString());
      assertTrue(!graph.contains(new Dependency(4, 3, "nsubj")), graph.toString());
    }
  }

  @Test
  void aVerbWithAnObjectOrAClauseAfterACommaStays() {
    // Police dispersed the crowd, students chanting slogans.
    List<Token> t = tokens("Police", "NNS", "dispersed", "VBD", "the", "DT", "crowd", "NN", ",",
        ",", "students", "NNS", "chanting", "VBG");
    List<Dependency> arcs = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"), new Dependency(1, 4, "punct"),
        new Dependency(6, 5, "nsubj"), new Dependency(1, 6, "dep"));
    assertEquals(sentence(t, arcs), ObjectsReadAsSubjects.mend(sentence(t, arcs)));
    // Protesters marched, students chanting: no object, but a comma stands between.
    List<Token> u = tokens("Protesters", "NNS", "marched", "VBD", ",", ",", "students", "NNS",
        "chanting", "VBG");
    List<Dependency> loose = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(1, 2, "punct"), new Dependency(4, 3, "nsubj"), new Dependency(1, 4, "dep"));
    assertEquals(sentence(u, loose), ObjectsReadAsSubjects.mend(sentence(u, loose)));
  }

  @Test
  void aPastParticipleWithNoObjectAfterTheWouldBeObjectDescribesIt() {
    // Units shot down 20 of 25 drones launched by Zzland: "20 of 25" read as one number.
    List<Token> t = tokens("Units", "NNS", "shot", "VBD", "down", "RP", "20", "CD", "of", "IN",
        "25", "CD", "drones", "NNS", "launched", "VBN", "by", "IN", "Zzland", "NNP");
    List<Dependency> arcs = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(7, 2, "advmod"), new Dependency(5, 3, "compound"),
        new Dependency(5, 4, "advmod"), new Dependency(6, 5, "nummod"),
        new Dependency(7, 6, "nsubj"), new Dependency(1, 7, "dep"), new Dependency(9, 8, "case"),
        new Dependency(7, 9, "obl"));
    Sentence mended = ObjectsReadAsSubjects.mend(sentence(t, arcs));
    assertTrue(mended.basicDependencies().contains(new Dependency(1, 6, "obj")),
        mended.basicDependencies().toString());
    assertTrue(mended.basicDependencies().contains(new Dependency(6, 7, "acl")),
        mended.basicDependencies().toString());
    // A past participle with an object of its own is a verb of its own clause.
    List<Token> own = tokens("Police", "NNS", "said", "VBD", "gunmen", "NNS", "seized", "VBN",
        "rifles", "NNS");
    List<Dependency> ownArcs = List.of(new Dependency(-1, 1, "root"),
        new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "nsubj"), new Dependency(1, 3, "ccomp"),
        new Dependency(3, 4, "obj"));
    Sentence same = ObjectsReadAsSubjects.mend(sentence(own, ownArcs));
    assertEquals(ownArcs, same.basicDependencies());
  }
}
