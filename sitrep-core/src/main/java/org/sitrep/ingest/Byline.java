package org.sitrep.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline line: who wrote the report and, often, where from.
 *
 * <p>Why: a byline such as "Beirut- Jane Doe" names a person and a place that are not actors or
 * event locations; extraction must skip the line, while the place is a useful hint for resolving
 * places the body leaves vague. The forms recognised are those of wire and Middle East outlets: "By
 * Jane Doe", "By Jane Doe, Reuters", "Jane Doe | Beirut" and "Beirut- Jane Doe" (place first, as
 * Asharq al-Awsat prints it). Names must be capitalised, so Arabic-script bylines are not seen.
 *
 * @param person the writer, empty when the line names only an agency or desk
 * @param place where the report was filed from, when the line says
 */
record Byline(Optional<String> person, Optional<String> place) {
  /** Longer lines are prose, not bylines. */
  private static final int MAX_CHARS = 100;

  /** A capitalised word or a name particle ("al-Tallaa", "bin", "de"). */
  private static final String WORD =
      "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*"
          + "|(?:al|el|bin|ibn|abu|de|da|del|van|von|der|le|la|di)(?:-[\\p{L}\\p{M}'’-]+)?)";

  private static final String PERSON = WORD + "(?:\\s+" + WORD + "){1,4}";
  private static final String PEOPLE = PERSON + "(?:\\s*(?:,|and|&)\\s*" + PERSON + ")*";
  private static final String PLACE = WORD + "(?:\\s+" + WORD + "){0,3}(?:,\\s*" + WORD + "){0,2}";
  private static final String DASH = "[-–—]";

  private static final String SEPARATOR = "\\s*(?:,|\\||" + DASH + ")\\s*";

  private static final Pattern BY =
      Pattern.compile(
          "^(?i:by)\\s+(?<person>" + PEOPLE + ")(?:" + SEPARATOR + "(?<place>" + PLACE + "))?$");
  private static final Pattern PERSON_PIPE_PLACE =
      Pattern.compile("^(?<person>" + PERSON + ")\\s*\\|\\s*(?<place>" + PLACE + ")$");
  private static final Pattern PLACE_DASH_PERSON =
      Pattern.compile("^(?<place>" + PLACE + ")\\s*" + DASH + "\\s*(?<person>" + PERSON + ")$");

  /** Words that mark a desk, agency or job title rather than a person or a place. */
  private static final Set<String> NOT_PERSON_OR_PLACE =
      Set.of(
          "reuters",
          "afp",
          "ap",
          "associated",
          "press",
          "agence",
          "france-presse",
          "xinhua",
          "anadolu",
          "staff",
          "writer",
          "reporter",
          "correspondent",
          "editor",
          "desk",
          "news",
          "agency",
          "asharq",
          "al-awsat",
          "wires",
          "bureau");

  /** Reads a whole line as a byline, or empty when it is not one. */
  static Optional<Byline> read(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.length() > MAX_CHARS) {
      return Optional.empty();
    }
    for (Pattern form : List.of(BY, PERSON_PIPE_PLACE, PLACE_DASH_PERSON)) {
      Matcher m = form.matcher(text);
      if (m.matches()) {
        Byline byline = new Byline(named(m.group("person")), named(m.group("place")));
        // "By" marks a byline even for a desk ("By Reuters Staff"); the bare forms need a name.
        boolean named = byline.person().isPresent() || byline.place().isPresent();
        return form == BY || named ? Optional.of(byline) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<String> named(String words) {
    if (words == null) {
      return Optional.empty();
    }
    for (String word : words.toLowerCase(Locale.ROOT).split("[\\s,|]+")) {
      if (NOT_PERSON_OR_PLACE.contains(word)) {
        return Optional.empty();
      }
    }
    return Optional.of(words.strip());
  }
}
