package org.sitrep.normalize;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.actor.Demonyms;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.place.PlaceRanker;

/**
 * The city a phrase names by its office: "the Ugandan capital" and "Uganda's capital" are Kampala,
 * "the capital of Manipur state" is Imphal, and "the capital" or "the nation's capital" is the
 * capital of the story's country. A state's capital that names no state names nothing here.
 */
final class Capitals {
  /** The phrases {@code CapitalPhrases} spots, with whose capital it is in group 1. */
  private static final Pattern PHRASE = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:(.+?)(?:\\s*['’]s)?\\s+)??(state\\s+|provincial\\s+|regional\\s+"
          + "|national\\s+)?capital(?:\\s+city)?$");
  /** "... capital of Manipur state": whose capital, told after the phrase. */
  private static final Pattern OF_WHOM = Pattern.compile(
      "^\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)");

  /** How far after the phrase its "of" and the name after it are read. */
  private static final int WHOSE_REACH = 60;

  private final PlaceRanker ranker;
  private final Demonyms demonyms;

  Capitals(PlaceRanker ranker, Demonyms demonyms) {
    this.ranker = ranker;
    this.demonyms = demonyms;
  }

  /**
   * The city the phrase names by its office, in a story set in the given country.
   *
   * @param text the story's text, whose words after the phrase may say whose capital it is
   */
  Optional<Place> named(Evidence phrase, String text, Optional<String> storyCountry) {
    Matcher m = PHRASE.matcher(phrase.text().strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    Matcher of = OF_WHOM.matcher(text)
        .region(phrase.end(), Math.min(text.length(), phrase.end() + WHOSE_REACH));
    String whose = m.group(1) != null ? m.group(1).strip() : of.lookingAt() ? of.group(1) : "";
    String lower = whose.toLowerCase(Locale.ROOT);
    Optional<Place> area;
    if (whose.isEmpty() || lower.equals("country") || lower.equals("nation")) {
      boolean province = m.group(2) != null && !m.group(2).strip().equalsIgnoreCase("national");
      area = province ? Optional.empty() : storyCountry.flatMap(ranker::country);
    } else {
      Optional<Place> named = demonyms.country(whose).flatMap(ranker::country)
          .or(() -> ranker.resolve(whose, storyCountry));
      // "the regional capital of Bahir Dar": the name after "of" may be the capital's own.
      if (named.isPresent() && !named.get().isArea() && m.group(1) == null) {
        return named;
      }
      area = named.filter(p -> p.featureCode().startsWith("PCL") || p.featureCode().equals("ADM1"));
    }
    return area.flatMap(a -> ranker.gazetteer().seatOf(a));
  }
}
