package org.sitrep.place;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis chain of the gazetteer index, used both to index names and to query them, so that
 * a name and a query meet exactly when {@link PlaceNames} folds them alike. Fields named by
 * {@link #KEY} and {@link #MAIN_KEY} get {@link PlaceNames#key}; {@link #VARIANT} and
 * {@link #MAIN_VARIANT} get the looser {@link PlaceNames#variantKey}.
 *
 * <pre>{@code
 * String key = PlaceNameAnalyzer.INSTANCE.term(PlaceNameAnalyzer.KEY, "Dayr az Zawr");  // "dayrzawr"
 * }</pre>
 */
final class PlaceNameAnalyzer extends Analyzer {
  /** Every name of a place (main and alternates), by key. */
  static final String KEY = "key";
  /** Every name of a place, by variant key. */
  static final String VARIANT = "variant";
  /** The main name only, by key: tells a main-name hit from an alternate's. */
  static final String MAIN_KEY = "main_key";
  /** The main name only, by variant key. */
  static final String MAIN_VARIANT = "main_variant";

  /** Shared: an Analyzer keeps one token stream per thread and field. */
  static final PlaceNameAnalyzer INSTANCE = new PlaceNameAnalyzer();

  private PlaceNameAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected TokenStreamComponents createComponents(String field) {
    WholeNameTokenizer source = new WholeNameTokenizer();
    boolean loose = field.equals(VARIANT) || field.equals(MAIN_VARIANT);
    return new TokenStreamComponents(source,
        new PlaceKeyFilter(source, loose ? PlaceNames::variantKey : PlaceNames::key));
  }

  /** The term the field indexes a name under; empty when the name folds to nothing. */
  String term(String field, String name) {
    try (TokenStream stream = tokenStream(field, name)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String found = stream.incrementToken() ? term.toString() : "";
      stream.end();
      return found;
    } catch (IOException e) {
      // A StringReader does not fail.
      throw new UncheckedIOException(e);
    }
  }
}
