package org.sitrep.normalize;

import java.util.regex.Pattern;
import org.sitrep.model.Evidence;
import org.sitrep.place.PlaceRanker;

/**
 * Place phrases the gazetteer does not know but that surely name a place ("Shah Wali Kot
 * district", "the village of Dogon Kuka"), not any capitalised name after "on": they still tell
 * two events apart, and ground an act as a known place does.
 */
final class UnknownPlaces {
  private static final Pattern PLACE_NOUN = Pattern.compile(
      "(?i).*\\b(district|province|governorate|county|village|town|city|area|region|road|street|"
          + "camp|neighbou?rhood|quarter|suburbs?|valley|state|municipality|commune|prefecture|"
          + "countryside|outskirts|environs)$");

  private final PlaceRanker ranker;

  UnknownPlaces(PlaceRanker ranker) {
    this.ranker = ranker;
  }

  /** "Shah Wali Kot district": a phrase the gazetteer lacks that ends in a place noun. */
  boolean endsInPlaceNoun(Evidence phrase) {
    return PLACE_NOUN.matcher(phrase.text().strip()).matches()
        && ranker.lookup(phrase.text()).isEmpty();
  }

  /** "the village of Dogon Kuka": a name the gazetteer lacks that the words before call a place. */
  boolean calledAPlace(Evidence phrase, String text) {
    if (phrase.start() > text.length()) {
      return false;
    }
    String before = text.substring(Math.max(0, phrase.start() - 40), phrase.start()).strip();
    return before.endsWith(" of") && PLACE_NOUN.matcher(before.substring(0, before.length() - 3))
        .matches() && ranker.lookup(phrase.text()).isEmpty();
  }
}
