package org.sitrep.annotate;

import java.util.Objects;

/**
 * One token of a sentence. {@code index} is 0-based within the sentence; {@code start}/{@code end}
 * are character offsets into the article text; {@code ner} is "O" outside named entities.
 */
public record Token(int index, String word, String lemma, String pos, String ner, int start, int end) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
