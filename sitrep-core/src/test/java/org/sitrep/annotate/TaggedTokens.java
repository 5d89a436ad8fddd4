package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sentences written as "word/TAG" pairs, for the tests of the mends made before the parse. */
final class TaggedTokens {
  private TaggedTokens() {}

  /** Tokens from "word/TAG" pairs, each word its own lemma. */
  static List<CoreLabel> tagged(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String pair : text.split(" ")) {
      CoreLabel t = new CoreLabel();
      int slash = pair.lastIndexOf('/');
      t.setWord(pair.substring(0, slash));
      t.setTag(pair.substring(slash + 1));
      t.setLemma(t.word().toLowerCase(Locale.ROOT));
      tokens.add(t);
    }
    return tokens;
  }

  /** The tags, space-separated. */
  static String tags(List<CoreLabel> tokens) {
    return String.join(" ", tokens.stream().map(CoreLabel::tag).toList());
  }
}
