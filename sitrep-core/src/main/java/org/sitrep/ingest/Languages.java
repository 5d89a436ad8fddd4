package org.sitrep.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageConfidence;
import org.apache.tika.language.detect.LanguageResult;
import org.sitrep.model.Article;

/**
 * Tells which language a text is in, with Apache OpenNLP's n-gram model (103 languages) through
 * Tika. The model loads once per JVM (under a second) on first use; a detector per call is then
 * cheap, which keeps this thread-safe without locks. Codes are ISO 639-1 where one exists ("en",
 * "fr", "ar"), else the model's ISO 639-3 code.
 */
public final class Languages {
  /** Enough text to be sure of the language; more only costs time. */
  private static final int SAMPLE = 3000;

  /** Below this many letters a guess is noise: a headline alone can look like several languages. */
  private static final int MIN_LETTERS = 40;

  private static final Map<String, String> TWO_LETTER = twoLetterCodes();

  /** The one language Sitrep extracts events from, so far. */
  public static final String ENGLISH = "en";

  /**
   * Why an article is not read as English, for a one-line message ("in French (fr), not
   * English"); empty when it is English or too short to tell, and so is extracted.
   */
  public static Optional<String> notEnglish(Article article) {
    Optional<String> language = article.metadata().language();
    if (language.isEmpty() || language.get().equals(ENGLISH)) {
      return Optional.empty();
    }
    String code = language.get();
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return Optional.of("in " + (name.isBlank() || name.equals(code) ? "language " + code
        : name + " (" + code + ")") + ", not English");
  }

  /**
   * How near English's score must come to the leading language's, when the detector has no
   * confidence in its guess, for the text to be read as English.
   */
  private static final double NEAR_TIE = 0.75;

  /** The text's language, or empty when there is too little text to tell. */
  public Optional<String> detect(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
      return Optional.empty();
    }
    OpenNLPDetector detector = new OpenNLPDetector();
    detector.addText(sample);
    List<LanguageResult> guesses = detector.detectAll();
    if (guesses.isEmpty()) {
      return Optional.empty();
    }
    LanguageResult best = guesses.get(0);
    String code = best.getLanguage();
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    // A sentence or two gives the n-gram model no confidence, and its guess between English and
    // a language it scores nearly as high is noise: "Gunmen attacked a police post in Zamfara on
    // Sunday and killed two officers" came out Hausa, "Herdsmen ... attacked farmers ..." Waray,
    // with English a close second. A foreign sentence leads English by far more ("Des hommes
    // armés ont attaqué un poste de police": French 0.023, English under 0.012).
    if (!code.equals("eng") && best.getConfidence() == LanguageConfidence.NONE) {
      for (LanguageResult guess : guesses) {
        if (guess.getLanguage().equals("eng") && guess.getRawScore() >= NEAR_TIE * best.getRawScore()) {
          return Optional.of(ENGLISH);
        }
      }
    }
    return Optional.of(TWO_LETTER.getOrDefault(code, code));
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        codes.putIfAbsent(Locale.forLanguageTag(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // A language without a three-letter code cannot come from the model either.
      }
    }
    // The model's codes for macrolanguages' main members, which ISO 639-1 files under the whole.
    codes.put("cmn", "zh");
    codes.put("pes", "fa");
    codes.put("arb", "ar");
    codes.put("zsm", "ms");
    return Map.copyOf(codes);
  }
}
