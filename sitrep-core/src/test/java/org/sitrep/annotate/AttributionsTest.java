package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.annotate.TaggedSentences.sentence;
import static org.sitrep.annotate.TaggedSentences.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A closing "..., the governor said" whose speaker the parser hung on the act's words. */
class AttributionsTest {
  private static Dependency arc(int governor, int dependent, String relation) {
    return new Dependency(governor, dependent, relation);
  }

  @Test
  void thePlaceMadeTheSpeakersSubjectIsWhatTheVerbBeforeItActedOn() {
    // Russian forces shelled Zzville, wounding three civilians, the regional governor said.
    List<Token> t = tokens("Russian", "JJ", "forces", "NNS", "shelled", "VBD", "Zzville", "NNP",
        ",", ",", "wounding", "VBG", "three", "CD", "civilians", "NNS", ",", ",", "the", "DT",
        "regional", "JJ", "governor", "NN", "said", "VBD", ".", ".");
    List<Dependency> parsed = List.of(arc(-1, 2, "root"), arc(1, 0, "amod"), arc(2, 1, "nsubj"),
        arc(2, 12, "ccomp"), arc(2, 13, "punct"), arc(12, 3, "nsubj"), arc(3, 4, "punct"),
        arc(3, 5, "acl"), arc(5, 7, "obj"), arc(7, 6, "nummod"), arc(7, 8, "punct"),
        arc(7, 11, "appos"), arc(11, 9, "det"), arc(11, 10, "amod"));
    Sentence mended = Attributions.mend(sentence(t, parsed));
    for (List<Dependency> graph : List.of(mended.basicDependencies(), mended.dependencies())) {
      assertTrue(graph.contains(arc(2, 3, "obj")), graph.toString());
      assertTrue(graph.contains(arc(12, 11, "nsubj")));
      assertTrue(graph.contains(arc(2, 12, "parataxis")));
      assertTrue(graph.contains(arc(2, 5, "advcl")));
      assertFalse(graph.contains(arc(12, 3, "nsubj")));
      assertFalse(graph.contains(arc(7, 11, "appos")));
    }
  }

  @Test
  void theDeadMadeTheSpeakersSubjectAreWhomTheMarkerKilled() {
    // Militants attacked a checkpoint, killing three officers, Pakistani officials said.
    List<Token> t = tokens("Militants", "NNS", "attacked", "VBD", "a", "DT", "checkpoint", "NN",
        ",", ",", "killing", "VBG", "three", "CD", "officers", "NNS", ",", ",", "Pakistani", "JJ",
        "officials", "NNS", "said", "VBD", ".", ".");
    List<Dependency> parsed = List.of(arc(-1, 1, "root"), arc(1, 0, "nsubj"), arc(1, 3, "obj"),
        arc(3, 2, "det"), arc(1, 4, "punct"), arc(1, 11, "advcl"), arc(11, 5, "mark"),
        arc(11, 7, "nsubj"), arc(7, 6, "nummod"), arc(7, 8, "punct"), arc(7, 10, "appos"),
        arc(10, 9, "amod"), arc(1, 12, "punct"));
    List<Dependency> graph = Attributions.mend(sentence(t, parsed)).basicDependencies();
    assertTrue(graph.contains(arc(1, 5, "advcl")), graph.toString());
    assertTrue(graph.contains(arc(5, 7, "obj")));
    assertTrue(graph.contains(arc(11, 10, "nsubj")));
    assertFalse(graph.contains(arc(11, 5, "mark")));
  }

  @Test
  void aSpeakerTheParserFoundStays() {
    // Gunmen killed three officers, police said.
    List<Token> t = tokens("Gunmen", "NNS", "killed", "VBD", "three", "CD", "officers", "NNS",
        ",", ",", "police", "NNS", "said", "VBD", ".", ".");
    List<Dependency> parsed = List.of(arc(-1, 1, "root"), arc(1, 0, "nsubj"), arc(1, 3, "obj"),
        arc(3, 2, "nummod"), arc(1, 4, "punct"), arc(1, 6, "parataxis"), arc(6, 5, "nsubj"),
        arc(1, 7, "punct"));
    Sentence s = sentence(t, parsed);
    assertEquals(s, Attributions.mend(s));
  }

  @Test
  void aPassiveActTakesNoObjectButGetsBackThePhraseBeforeTheSpeaker() {
    // Nine people were killed in fighting between two clans' militias, an official said.
    List<Token> t = tokens("Nine", "CD", "people", "NNS", "were", "VBD", "killed", "VBN", "in",
        "IN", "fighting", "NN", "between", "IN", "Zz", "NNP", "and", "CC", "Qq", "NNP",
        "militias", "NNS", ",", ",", "an", "DT", "official", "NN", "said", "VBD", ".", ".");
    List<Dependency> parsed = List.of(arc(-1, 3, "root"), arc(1, 0, "nummod"),
        arc(3, 1, "nsubj:pass"), arc(3, 2, "aux:pass"), arc(5, 4, "case"), arc(14, 5, "obl"),
        arc(7, 6, "case"), arc(5, 7, "nmod"), arc(7, 8, "cc"), arc(7, 9, "conj"),
        arc(14, 10, "nsubj"), arc(10, 11, "punct"), arc(13, 12, "det"), arc(10, 13, "appos"),
        arc(3, 14, "ccomp"), arc(3, 15, "punct"));
    List<Dependency> graph = Attributions.mend(sentence(t, parsed)).basicDependencies();
    assertFalse(graph.contains(arc(3, 10, "obj")), graph.toString());
    assertTrue(graph.contains(arc(3, 5, "obl")), graph.toString());
    assertTrue(graph.contains(arc(5, 10, "nmod")), graph.toString());
    assertTrue(graph.contains(arc(14, 13, "nsubj")), graph.toString());
    assertTrue(graph.contains(arc(3, 14, "parataxis")), graph.toString());
  }

  @Test
  void aParticipleHungOnTheVerbOfSayingGoesBackToTheAct() {
    // Rebels fired rockets at Zzville, wounding four children, a local official said.
    List<Token> t = tokens("Rebels", "NNS", "fired", "VBD", "rockets", "NNS", "at", "IN",
        "Zzville", "NNP", ",", ",", "wounding", "VBG", "four", "CD", "children", "NNS", ",", ",",
        "a", "DT", "local", "JJ", "official", "NN", "said", "VBD", ".", ".");
    List<Dependency> parsed = List.of(arc(-1, 1, "root"), arc(1, 0, "nsubj"), arc(1, 2, "obj"),
        arc(1, 4, "obl"), arc(4, 3, "case"), arc(1, 5, "punct"), arc(1, 13, "dep"),
        arc(1, 14, "punct"), arc(13, 6, "dep"), arc(6, 8, "obj"), arc(8, 7, "nummod"),
        arc(8, 9, "punct"), arc(8, 12, "appos"), arc(12, 10, "det"), arc(12, 11, "amod"));
    Sentence mended = Attributions.mend(sentence(t, parsed));
    for (List<Dependency> graph : List.of(mended.basicDependencies(), mended.dependencies())) {
      assertTrue(graph.contains(arc(1, 6, "advcl")), graph.toString());
      assertTrue(graph.contains(arc(13, 12, "nsubj")), graph.toString());
      assertTrue(graph.contains(arc(1, 13, "parataxis")), graph.toString());
      assertFalse(graph.contains(arc(13, 6, "dep")), graph.toString());
      assertFalse(graph.contains(arc(8, 12, "appos")), graph.toString());
    }
  }
}
