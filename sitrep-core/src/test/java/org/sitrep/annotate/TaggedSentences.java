package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sentences written as words and tags, with a parse given by hand, for the parse mends' tests. */
final class TaggedSentences {
  private TaggedSentences() {}

  /**
   * Tokens from alternating words and tags; a lemma is the word in lower case ("said": say,
   * "killing": kill, "believed": believe).
   */
  static List<Token> tokens(String... wordsAndTags) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < wordsAndTags.length; i += 2) {
      String word = wordsAndTags[i];
      String lemma = word.equals("said") ? "say" : word.equals("killing") ? "kill"
          : word.equals("believed") ? "believe" : word.toLowerCase(Locale.ROOT);
      out.add(new Token(i / 2, word, lemma, wordsAndTags[i + 1], "O", at, at + word.length()));
      at += word.length() + 1;
    }
    return out;
  }

  /** A sentence of these tokens whose basic tree and enhanced graph are both {@code arcs}. */
  static Sentence sentence(List<Token> tokens, List<Dependency> arcs) {
    Token last = tokens.get(tokens.size() - 1);
    return new Sentence(0, 0, last.end(), " ".repeat(last.end()), tokens, arcs, arcs, List.of());
  }
}
