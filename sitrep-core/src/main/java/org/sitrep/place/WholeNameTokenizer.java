package org.sitrep.place;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Emits a whole place name as one token. A gazetteer key is the name as a whole ("Deir ez-Zor"
 * is indexed as "dirazor", not as three words), so the splitting into words happens inside
 * {@link PlaceNames}, where the article prefixes and "the" are handled.
 */
final class WholeNameTokenizer extends Tokenizer {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private boolean done;
  private int length;

  @Override
  public boolean incrementToken() throws IOException {
    if (done) {
      return false;
    }
    clearAttributes();
    done = true;
    length = 0;
    // Read straight into the term's buffer: no copy per name.
    char[] chars = term.buffer();
    for (int read; (read = input.read(chars, length, chars.length - length)) != -1; ) {
      length += read;
      if (length == chars.length) {
        chars = term.resizeBuffer(length + 64);
      }
    }
    term.setLength(length);
    offset.setOffset(correctOffset(0), correctOffset(length));
    return length > 0;
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(correctOffset(length), correctOffset(length));
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    done = false;
    length = 0;
  }
}
