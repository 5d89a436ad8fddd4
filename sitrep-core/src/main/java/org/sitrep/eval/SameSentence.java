package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * score.py's {@code same_sentence}: whether a system event was read where the coder read the gold
 * event. True when one of the system's evidence sentences holds at least 60% of the content words
 * of one sentence of the gold evidence or evidence_more.
 */
final class SameSentence {
  static final double COVERAGE = 0.6;

  private SameSentence() {}

  static boolean test(SystemEvent s, ArticleGoldEvent g) {
    List<String> goldSentences = new ArrayList<>(ScoreText.sentences(g.evidence()));
    g.evidenceMore().forEach(e -> goldSentences.addAll(ScoreText.sentences(e)));
    List<Set<String>> systemWords = s.sentences().stream().map(ScoreText::contentWords).toList();
    for (String sentence : goldSentences) {
      Set<String> goldWords = ScoreText.contentWords(sentence);
      if (goldWords.isEmpty()) {
        continue;
      }
      for (Set<String> words : systemWords) {
        Set<String> shared = new HashSet<>(goldWords);
        shared.retainAll(words);
        if (shared.size() >= COVERAGE * goldWords.size()) {
          return true;
        }
      }
    }
    return false;
  }
}
