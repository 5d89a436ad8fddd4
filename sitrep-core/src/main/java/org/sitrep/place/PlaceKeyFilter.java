package org.sitrep.place;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each name token by its {@link PlaceNames} key (or variant key), dropping names that
 * fold to nothing ("—", "al-"). The folding itself stays in PlaceNames, the one chain.
 */
final class PlaceKeyFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final UnaryOperator<String> fold;

  PlaceKeyFilter(TokenStream input, UnaryOperator<String> fold) {
    super(input);
    this.fold = fold;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      String key = fold.apply(term.toString());
      if (!key.isEmpty()) {
        term.setEmpty().append(key);
        return true;
      }
    }
    return false;
  }
}
