package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A run of tokens that named-entity recognition gave one type: "LOCATION", "PERSON" or
 * "ORGANIZATION" with the bundled three-class model.
 *
 * @param start character offset of the first token in the article text
 * @param end character offset just past the last token
 */
public record EntityMention(String type, int start, int end, String text) {
  public EntityMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
  }

  /** The mentions of a sentence: maximal runs of adjacent tokens sharing a type other than "O". */
  public static List<EntityMention> in(Sentence sentence, String articleText) {
    List<EntityMention> out = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      String type = tokens.get(i).ner();
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).ner().equals(type)) {
        j++;
      }
      if (!type.equals("O")) {
        int start = tokens.get(i).start();
        int end = tokens.get(j - 1).end();
        out.add(new EntityMention(type, start, end, articleText.substring(start, end)));
      }
      i = j;
    }
    return out;
  }
}
