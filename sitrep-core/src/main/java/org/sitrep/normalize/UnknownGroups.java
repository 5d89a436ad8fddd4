package org.sitrep.normalize;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;

/**
 * Names a group the actor tables do not know by its own words: "the Red Hand Brigade" attacked,
 * so the attacker is "Red Hand Brigade", not "Unidentified Armed Group". Only a proper name that
 * says it is a group counts (a capitalised name ending in, or built on, a word such as Brigade,
 * Front, Army or Movement), so a person or a place is never made an actor here.
 */
final class UnknownGroups {
  /** Words that make a capitalised name a group's, and in ACLED's terms a rebel group's. */
  private static final String ARMED = "Brigades?|Battalions?|Army|Front|Movement|Organi[sz]ation|"
      + "Group|Forces|Corps|Division|Legion|Liberation|Resistance|Jihad|Mujahideen|Mujahidin|"
      + "Ansar|Jamaat|Jama'at|Jaysh|Jaish|Liwa|Harakat|Tehreek|Tehrik|Lashkar|Faylaq|Saraya|"
      + "Kataib|Commandos?|Guerrillas?|Insurgency|Rebellion";
  /** Words that make it a militia's or a gang's (ACLED's political militias, inter 3). */
  private static final String MILITIA = "Militias?|Gang|Cartel|Vigilantes?|Defen[cs]e Committee|"
      + "Self-Defen[cs]e Groups?|Posse|Clan";
  /** Small words a group's name may hold in lower case ("Army of the Sun", "Jaysh al Nasr"). */
  private static final String SMALL_WORDS = "al|el|of|the|and|de|la|del|for";
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’-]*|" + SMALL_WORDS + "|al-\\p{L}+";
  /** What news says of a group before its name: "the separatist Qqq Front", "a little-known". */
  private static final String DESCRIBED = "(?:(?:separatist|secessionist|rebel|militant|armed|"
      + "insurgent|jihadist|islamist|outlawed|banned|proscribed|little-known|shadowy|breakaway|"
      + "splinter|dissident|newly[- ]formed)\\s+)*";
  private static final Pattern NAME = Pattern.compile(
      "^(?:(?i:the|a|an)\\s+)?" + DESCRIBED
          + "((?:" + NAME_WORD + ")(?:\\s+(?:" + NAME_WORD + "))+)"
          + "(?:'s?|’s?)?(?:\\s+(?:fighters|militants|members|gunmen|men|rebels|insurgents|"
          + "militiamen|cells?|units?))?$");
  private static final Pattern ARMED_WORD = Pattern.compile("\\b(" + ARMED + ")\\b");
  private static final Pattern MILITIA_WORD = Pattern.compile("\\b(" + MILITIA + ")\\b");
  private static final int REBELS = 2;
  private static final int MILITIA_INTER = 3;

  private UnknownGroups() {}

  private static final org.sitrep.actor.Demonyms DEMONYMS =
      org.sitrep.actor.Demonyms.loadDefault();
  /** Words of a state's own forces' names that the institution words leave out. */
  private static final Pattern STATE_WORDS = Pattern.compile(
      "(?i)royal|armed|regular|territorial|islamic|republic|republican|north|south|east|west"
          + "|northern|southern|eastern|western|central|new");

  /** The arms of an army's units: "the 9th Motorised Division" is the state's, not a group. */
  private static final Pattern UNIT = Pattern.compile("\\b(?:Infantry|Mechani[sz]ed|Armou?red"
      + "|Artillery|Airborne|Motori[sz]ed|Paratroopers?|Marines?|Rangers?|Cavalry)\\b");
  private static final Pattern GOVERNMENT = Pattern.compile("(?i)\\b(?:govt|gov't|government)\\b");

  /** Words no state's forces are named by: "the Northern Resistance Army". */
  private static final Pattern REBELLION = Pattern.compile(
      "\\b(?:Liberation|Resistance|Revolutionary|Rebellion|Insurgency|Jihad|Mujahideen|Mujahidin"
          + "|Guerrillas?)\\b");

  /**
   * Whether a group's name says whose it is beyond a country and an institution: "the Highlands
   * Freedom Army" is a group of its own, though the tables read its last word as the state's
   * army; "the Royal Thai Army", "the Kenya Army" and "the National Army" are the state's.
   *
   * @param countryName whether a word is a country's name
   */
  static boolean ownName(String phrase, java.util.function.Predicate<String> countryName) {
    Matcher m = NAME.matcher(phrase.strip());
    if (!m.matches() || !ARMED_WORD.matcher(m.group(1)).find()) {
      return false;
    }
    if (REBELLION.matcher(m.group(1)).find()) {
      return true;
    }
    return java.util.Arrays.stream(m.group(1).split("\\s+"))
        .map(w -> w.replaceAll("['’]s?$", ""))
        .anyMatch(w -> !w.matches("(?i)" + SMALL_WORDS) && !ARMED_WORD.matcher(w).matches()
            && !STATE_WORDS.matcher(w).matches() && !org.sitrep.actor.InstitutionWords.only(w)
            // "Qqq-backed forces", "pro-Qqq forces": whom forces side with.
            && !w.matches(".*-\\p{Ll}+") && !w.matches("(?i)(?:pro|anti)-.*")
            && DEMONYMS.country(w).isEmpty() && !countryName.test(w));
  }

  /** Capitalised words just before a match: "Highlands Freedom " before "Army". */
  private static final Pattern NAME_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}'’-]*\\s+)+$");

  /**
   * The whole name a match of the tables ends, when it is a group's own name ("Highlands Freedom
   * Army" for a match of "Army" at its end); else empty.
   */
  static Optional<String> ownNameEnding(String text, int start, int end,
      java.util.function.Predicate<String> countryName) {
    Matcher before = NAME_BEFORE.matcher(text.substring(Math.max(0, start - 80), start));
    if (!before.find()) {
      return Optional.empty();
    }
    String name = before.group().replaceFirst("^The\\s+", "")
        + text.substring(start, end);
    return ownName(name, countryName) ? Optional.of(name) : Optional.empty();
  }

  /**
   * A run of capitalised words, with the small words a name holds between them ("Army of the
   * Sun"): a name as the text writes it. Not "and", which joins two names as often as it is in one.
   */
  private static final Pattern NAME_RUN = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:"
      + "(?:al|el|of|de|la|del|for)(?:\\s+the)?\\s+)?\\p{Lu}[\\p{L}'’-]*)+");
  /**
   * The words that make a name an armed group's and seldom anything else's: not "Organization",
   * "Movement" or "Group", which name agencies, parties and firms as often.
   */
  private static final Pattern FIGHTING_WORD = Pattern.compile("\\b(?:Army|Front|Brigades?|"
      + "Battalions?|Liberation|Resistance|Mujahideen|Mujahidin|Jihad|Ansar|Jaysh|Jaish|Lashkar|"
      + "Harakat|Tehreek|Tehrik|Kataib|Saraya|Liwa|Faylaq|Guerrillas?|Insurgency|Rebellion|"
      + "Militias?)\\b");

  /** A group named in a sentence, from {@code start} to {@code end} of its text. */
  record Found(int start, int end, Actor group) {}

  /**
   * The groups the sentence names by an armed group's own name where {@code known} (the tables'
   * matches) covers none of it: "The separatist Qqq Freedom Front said it planted the device"
   * names a group that "it" then points back to.
   */
  static java.util.List<Found> namedIn(String sentence, java.util.function.IntPredicate known,
      Optional<String> storyCountry) {
    java.util.List<Found> out = new java.util.ArrayList<>();
    Matcher m = NAME_RUN.matcher(sentence);
    while (m.find()) {
      if (java.util.stream.IntStream.range(m.start(), m.end()).anyMatch(known)) {
        continue;
      }
      int start = m.start();
      String name = m.group();
      if (name.startsWith("The ")) {
        name = name.substring(4);
        start += 4;
      }
      if (FIGHTING_WORD.matcher(name).find()) {
        int from = start;
        named(name, storyCountry).ifPresent(g -> out.add(new Found(from, m.end(), g)));
      }
    }
    return out;
  }

  /**
   * A people's or a clan's one-word name before a word that makes its men a militia: "Qqq
   * militiamen", "armed Qqq youths", "the Qqq clan militia". Not a country's people ("Kenyan
   * militias"), nor a faith's ("Christian militias"), which are no community of their own.
   */
  private static final Pattern PEOPLE = Pattern.compile("^(?:(?i:the|a|an)\\s+)?(?<armed>(?i:armed)"
      + "\\s+)?(?:(?i:rival|local)\\s+)?(?<name>\\p{Lu}\\p{Ll}[\\p{L}'’-]*)\\s+"
      + "(?<noun>(?:(?<clan>clan|sub-?clan)"
      + "\\s+|(?:ethnic|tribal|communal|community)\\s+)?(?:militias?|militiamen|militia fighters"
      + "|militia members)|(?<clansmen>clansmen)|(?<tribesmen>tribesmen)"
      + "|(?<plain>youths?|herders|herdsmen|men|communit(?:y|ies)|(?<clans>clans?)"
      + "|(?<tribes>tribes?)))$");
  /**
   * Words for a faith or a creed, whose men are no people's militia, and the words that begin a
   * sentence in capitals without naming anyone ("Several militiamen", "Suspected tribesmen").
   */
  private static final Pattern NOT_A_PEOPLE = Pattern.compile("(?i)islamist|islamic|muslim"
      + "|christian|catholic|sunni|shi'?a|shiite|hindu|sikh|buddhist|jewish|druze|alawite"
      + "|jihadist|maoist|communist|government|opposition|rebel|local|rival|armed|tribal|ethnic"
      + "|communal|community|clan|militia|several|many|some|few|other|both|all|most|more|these"
      + "|those|their|its|his|her|our|new|former|unknown|various|numerous|hundreds|dozens|scores"
      + "|one|two|three|four|five|six|seven|eight|nine|ten|northern|southern|eastern|western"
      + "|(?:pro|anti)-.*|.*(?:ed|ly|ing)");
  private static final int COMMUNAL = 4;

  /**
   * The militia of a people the tables do not know, by ACLED's convention "Qqq Ethnic Militia
   * (Country)", or its "Clan" or "Tribal Militia" when the words say clan or tribe; in a story of
   * a country.
   * Plain words for men or a community ("youths", "herders", "communities") count only when said
   * to be armed, or when the act is a fight between two peoples named with them.
   *
   * @param fight whether the act is a fight between this people and another
   * @param countryCode a country's ISO3 code by its name, as the actor tables give it
   * @param countryName a country's name by its ISO3 code, as actors' names write it
   */
  static Optional<Actor> people(String phrase, boolean fight, Optional<String> storyCountry,
      java.util.function.Function<String, Optional<String>> countryCode,
      java.util.function.Function<String, Optional<String>> countryName) {
    Matcher m = PEOPLE.matcher(phrase.strip());
    if (storyCountry.isEmpty() || !m.matches()
        || m.group("plain") != null && m.group("armed") == null && !fight) {
      return Optional.empty();
    }
    String name = m.group("name").replaceAll("['’]s?$", "");
    Optional<String> country = countryName.apply(storyCountry.get());
    if (NOT_A_PEOPLE.matcher(name).matches() || DEMONYMS.country(name).isPresent()
        || countryCode.apply(name).isPresent() || country.isEmpty()) {
      return Optional.empty();
    }
    String iso3 = storyCountry.get();
    String kind = m.group("clan") != null || m.group("clansmen") != null
        || m.group("clans") != null ? "Clan"
        : m.group("tribesmen") != null || m.group("tribes") != null
            || m.group("noun").startsWith("tribal") ? "Tribal" : "Ethnic";
    return Optional.of(new Actor(name + " " + kind + " Militia (" + country.get() + ")", COMMUNAL,
        iso3 + "UAF", iso3, false));
  }

  /** The group a phrase names, if it is a group's proper name, in a story of the given country. */
  static Optional<Actor> named(String phrase, Optional<String> storyCountry) {
    Matcher m = NAME.matcher(phrase.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(1).strip();
    boolean militia = MILITIA_WORD.matcher(name).find();
    if (!militia && !ARMED_WORD.matcher(name).find()) {
      return Optional.empty();
    }
    // "The Army" and "Islamic Movement" alone are descriptions, not names: two words at least,
    // one of them neither a kind word nor a small word.
    long distinctive = java.util.Arrays.stream(name.split("\\s+"))
        .filter(w -> !w.matches("(?i)" + SMALL_WORDS)
            && !ARMED_WORD.matcher(w).matches() && !MILITIA_WORD.matcher(w).matches())
        .count();
    // "the Joint Forces", "the National Guard": every country has one; not a group's own name.
    // "Govt Army", "the Government Army": the state's, however written.
    if (distinctive == 0 || name.toLowerCase(Locale.ROOT).equals(name)
        || GOVERNMENT.matcher(name).find() || UNIT.matcher(name).find()
        || org.sitrep.actor.InstitutionWords.only(name)) {
      return Optional.empty();
    }
    String iso3 = storyCountry.orElse("");
    int inter = militia ? MILITIA_INTER : REBELS;
    String cameo = iso3.isEmpty() ? "" : iso3 + (militia ? "UAF" : "REB");
    return Optional.of(new Actor(name, inter, cameo, iso3, false));
  }
}
