package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.annotate.TaggedSentences.sentence;
import static org.sitrep.annotate.TaggedSentences.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The finite verb after a subject's reduced relative heads the clause, with the subject. */
class ReducedRelativesTest {
  @Test
  void aVerbHungOnTheParticipleAsADepTakesTheSubject() {
    // Guards posted at the gate later fired shots: "posted" made the root, "fired" its "dep".
    List<Token> t = tokens("Guards", "NNS", "posted", "VBN", "at", "IN", "the", "DT", "gate",
        "NN", "later", "RB", "fired", "VBD", "shots", "NNS");
    List<Dependency> basic = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(1, 4, "obl"), new Dependency(4, 2, "case"), new Dependency(4, 3, "det"),
        new Dependency(1, 5, "advmod"), new Dependency(1, 6, "dep"), new Dependency(6, 7, "obj"));
    Sentence mended = ReducedRelatives.mend(sentence(t, basic));
    List<Dependency> arcs = mended.basicDependencies();
    assertTrue(arcs.containsAll(List.of(new Dependency(-1, 6, "root"),
        new Dependency(6, 0, "nsubj"),
        new Dependency(0, 1, "acl"), new Dependency(1, 4, "obl"), new Dependency(6, 5, "advmod"),
        new Dependency(6, 7, "obj"))), arcs.toString());
    assertEquals(8, arcs.size(), arcs.toString());
    assertEquals(arcs, mended.dependencies());
  }

  @Test
  void aVerbReadAsAnAdjectiveOfTheParticiplesObjectTakesTheObjectToo() {
    // Guards posted at gates fired/VBD warning shots: "fired" read as an adjective of "shots",
    // the object of "posted".
    List<Token> t = tokens("Guards", "NNS", "posted", "VBN", "at", "IN", "gates", "NNS",
        "fired", "VBD", "warning", "NN", "shots", "NNS");
    List<Dependency> basic = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(1, 3, "obl"), new Dependency(3, 2, "case"), new Dependency(1, 6, "obj"),
        new Dependency(6, 4, "amod"), new Dependency(6, 5, "compound"));
    List<Dependency> arcs = ReducedRelatives.mend(sentence(t, basic)).basicDependencies();
    assertTrue(arcs.containsAll(List.of(new Dependency(-1, 4, "root"),
        new Dependency(4, 0, "nsubj"),
        new Dependency(0, 1, "acl"), new Dependency(1, 3, "obl"), new Dependency(4, 6, "obj"))),
        arcs.toString());
    assertTrue(arcs.stream().noneMatch(d -> d.relation().equals("amod")), arcs.toString());
  }

  @Test
  void aListOfActsAndAVerbWithItsOwnSubjectStay() {
    // Guards arrived/VBD, fired shots: two acts of one subject, not a relative clause.
    List<Token> listed = tokens("Guards", "NNS", "arrived", "VBD", ",", ",", "fired", "VBD",
        "shots", "NNS");
    List<Dependency> list = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(1, 2, "punct"), new Dependency(1, 3, "dep"), new Dependency(3, 4, "obj"));
    assertEquals(sentence(listed, list), ReducedRelatives.mend(sentence(listed, list)));
    // Guards posted there said they fired: "said" has its own subject.
    List<Token> own = tokens("Guards", "NNS", "posted", "VBN", "they", "PRP", "fired", "VBD");
    List<Dependency> ownArcs = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(1, 3, "dep"), new Dependency(3, 2, "nsubj"));
    assertEquals(sentence(own, ownArcs), ReducedRelatives.mend(sentence(own, ownArcs)));
  }

  @Test
  void aParticipleOfBeliefBeforeToAndAClauseWithItsAuxiliariesStay() {
    // Rebels fired/VBN on positions believed/VBD to be held: "believed" is the positions'
    // participle, not the sentence's verb.
    List<Token> belief = tokens("Rebels", "NNS", "fired", "VBN", "on", "IN", "positions", "NNS",
        "believed", "VBD", "to", "TO", "be", "VB", "held", "VBN");
    List<Dependency> beliefArcs = List.of(new Dependency(-1, 1, "root"),
        new Dependency(1, 0, "nsubj"), new Dependency(1, 3, "obl"), new Dependency(3, 2, "case"),
        new Dependency(1, 4, "dep"), new Dependency(4, 7, "xcomp"), new Dependency(7, 5, "mark"),
        new Dependency(7, 6, "aux:pass"));
    assertEquals(sentence(belief, beliefArcs), ReducedRelatives.mend(sentence(belief, beliefArcs)));
    // Guards had been posted there fired/VBD: a clause with its auxiliaries is no bare participle.
    List<Token> aux = tokens("Guards", "NNS", "had", "VBD", "been", "VBN", "posted", "VBN",
        "there", "RB", "fired", "VBD");
    List<Dependency> auxArcs = List.of(new Dependency(-1, 3, "root"), new Dependency(3, 0, "nsubj"),
        new Dependency(3, 1, "aux"), new Dependency(3, 2, "aux:pass"),
        new Dependency(3, 4, "advmod"), new Dependency(3, 5, "dep"));
    assertEquals(sentence(aux, auxArcs), ReducedRelatives.mend(sentence(aux, auxArcs)));
  }
}
