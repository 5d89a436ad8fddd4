package org.sitrep.place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.internal.DivisionWords;

/**
 * The one folding chain for place names, used to build every gazetteer index and to query it.
 * Turns a place phrase into the key the gazetteer indexes, so that spellings news writers treat as
 * one name meet: case, diacritics, apostrophes and transliteration marks, hyphens, a leading "the"
 * and Arabic article prefixes (al-, el-, and the assimilated at-, ash-, ...) all fall away.
 * "At Tanf", "al-Tanf" and "Tanf" thus share the key "tanf", and "Abu Kamal" becomes "abukamal".
 */
public final class PlaceNames {
  /** Arabic definite-article forms as transliterated, including the sun-letter assimilations. */
  private static final Set<String> ARTICLES =
      Set.of("al", "el", "il", "ul", "ad", "ar", "as", "at", "az", "an", "ash", "adh", "ath", "ed",
          "er", "es", "et", "ez", "en", "esh");

  /** Words that begin Levantine place names under several spellings, with the one they fold to. */
  private static final java.util.Map<String, String> FIRST_WORDS = java.util.Map.ofEntries(
      java.util.Map.entry("tell", "tal"), java.util.Map.entry("tall", "tal"),
      java.util.Map.entry("tel", "tal"), java.util.Map.entry("til", "tal"),
      java.util.Map.entry("deir", "dir"), java.util.Map.entry("dayr", "dir"),
      java.util.Map.entry("der", "dir"), java.util.Map.entry("dair", "dir"),
      java.util.Map.entry("kafr", "kfr"), java.util.Map.entry("kfar", "kfr"),
      java.util.Map.entry("kefr", "kfr"), java.util.Map.entry("kufr", "kfr"));

  /** A final "h" after a vowel, at the end of a word: "Raqqah", "Hamah". */
  private static final Pattern VOWEL_H = Pattern.compile("([aeiou])h$");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʿʾʻʼ`´]");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  private PlaceNames() {}

  /** The index key for a gazetteer name: folded tokens joined without spaces. */
  public static String key(String name) {
    return String.join("", tokens(name));
  }

  /**
   * A looser key on which spellings of one transliterated name meet: "Tell/Tal/Tall", "Deir/Dayr/
   * Der" and "Kafr/Kfar/Kefr" as first words, "ou/oo/u", "ei/ai/ey/ay", "aw/o", "e/a", a final "h"
   * after a vowel ("Raqqah") and doubled letters all fold together, so "Dayr az Zawr" meets
   * "Deir ez-Zor" and "Tall Abyad" meets "Tel Abiad". Indexed beside {@link #key}, and ranked below
   * an exact match, because unrelated names can share it.
   */
  public static String variantKey(String name) {
    List<String> tokens = tokens(name);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      joined.append(i == 0 && tokens.size() > 1 ? FIRST_WORDS.getOrDefault(token, token) : token);
    }
    return loosen(joined.toString());
  }

  /** The letter folds of {@link #variantKey}, on a key already folded. */
  static String loosen(String key) {
    String s = VOWEL_H.matcher(key).replaceAll("$1");
    s = s.replace("ou", "u").replace("oo", "u").replace("aw", "o")
        .replace("ei", "ai").replace("ey", "ai").replace("ay", "ai").replace('e', 'a')
        .replace("iy", "i").replace("ij", "i");
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }

  /** True when a phrase can name a place at all: it has a capital letter somewhere. */
  public static boolean looksLikeName(String phrase) {
    return phrase.codePoints().anyMatch(Character::isUpperCase);
  }

  /**
   * Two or three capitals ("AL", "UAE", "AJK"), or up to five with full stops ("U.S.A."). Four
   * capitals are as often a town's name written large in a dateline ("GAZA", "JUBA").
   */
  private static final java.util.regex.Pattern ACRONYM =
      java.util.regex.Pattern.compile("\\p{Lu}{2,3}|(\\p{Lu}\\.){2,5}");

  /**
   * True for an abbreviation ("UAE", "KPK", "AL"): it may stand for a country or a province,
   * but names no town, whose names are words.
   */
  public static boolean isAcronym(String phrase) {
    return ACRONYM.matcher(phrase.strip().replaceFirst("['’]s?$", "")).matches();
  }

  /** "KYIV" as "Kyiv": each word of a name written in capitals, in the case names take. */
  public static String unshouted(String name) {
    if (!name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
      return name;
    }
    java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\p{L}+").matcher(
        name.toLowerCase(java.util.Locale.ROOT));
    StringBuilder out = new StringBuilder();
    while (word.find()) {
      String w = word.group();
      word.appendReplacement(out, Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    word.appendTail(out);
    return out.toString();
  }

  /** True when the key is a common word that must not resolve to some place of that name. */
  public static boolean isCommonWord(String key) {
    return key.isEmpty() || Kinds.NOT_PLACES.contains(key);
  }

  /** Folded tokens, with a leading "the" and non-final article prefixes removed. */
  public static List<String> tokens(String name) {
    List<String> raw = Arrays.asList(fold(name).split(" "));
    List<String> kept = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String token = raw.get(i);
      boolean last = i == raw.size() - 1;
      if (token.isEmpty() || (!last && ARTICLES.contains(token))) {
        continue;
      }
      if (kept.isEmpty() && !last && token.equals("the")) {
        continue;
      }
      kept.add(token);
    }
    return kept;
  }

  /** True when the name ends in a word for a province: "Bryansk region", "Kaduna State". */
  public static boolean namesAProvince(String name) {
    return withoutGenericTail(tokens(name)).map(Tail::area).orElse(false);
  }

  private static final java.util.regex.Pattern PROVINCE_OF = java.util.regex.Pattern.compile(
      "(?i)\\b(?:region|province|governorate|state)\\s+of\\s+(?:the\\s+)?$");

  /**
   * True when the words just before a name make it a province's: "the state of Gombe", "the
   * province of Qqq", as "Qqq province" is one by the word after it.
   */
  public static boolean provinceBefore(String text, int nameStart) {
    return PROVINCE_OF.matcher(text.substring(Math.max(0, nameStart - 30), nameStart)).find();
  }

  /** A capitalised name of one or more words, perhaps after an Arabic article ("al-Qqq"). */
  private static final String LISTED_NAME =
      "(?:(?:al|el|ad|an|ar|as|ash|at)-)?\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*)*";
  private static final java.util.regex.Pattern BETWEEN =
      java.util.regex.Pattern.compile("(?i)\\bbetween\\s+(?:the\\s+)?$");
  /** What follows one name of a list that ends in a division word: ", B and C regions". */
  private static final java.util.regex.Pattern LIST_AFTER = java.util.regex.Pattern.compile(
      "^(?:\\s*,\\s*" + LISTED_NAME + ")*\\s*,?\\s+(?:and|or)\\s+" + LISTED_NAME
          + "\\s+(\\p{L}+)\\b");

  /**
   * The name as a division's when a list of names shares one division word in the plural: "the
   * Poltava and Vinnytsia regions" names two regions, which read as "Poltava region" and
   * "Vinnytsia region", not as the towns of those names. Any other name is returned as it stands.
   *
   * @param start where the name starts in {@code text}; {@code end} where it ends
   */
  public static String asListedDivision(String text, int start, int end) {
    String name = text.substring(start, end);
    int space = name.lastIndexOf(' ');
    if (space > 0) {
      Optional<String> own = DivisionWords.singularOf(name.substring(space + 1));
      if (own.isPresent()) {
        return name.substring(0, space) + " " + own.get();
      }
    }
    // "the border between Qqq and Zzz regions" is a line, not a place in either.
    if (BETWEEN.matcher(text.substring(Math.max(0, start - 14), start)).find()) {
      return name;
    }
    java.util.regex.Matcher m =
        LIST_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 120)));
    return m.find() ? DivisionWords.singularOf(m.group(1)).map(w -> name + " " + w).orElse(name)
        : name;
  }

  private static final java.util.regex.Pattern VILLAGE_OF = java.util.regex.Pattern.compile(
      "(?i)\\b(?:village|hamlet)\\s+of\\s+(?:the\\s+)?$");
  private static final java.util.regex.Pattern VILLAGE_AFTER = java.util.regex.Pattern.compile(
      "(?i)^\\s+(?:village|hamlet)\\b");

  /**
   * True when the words around a name call the place a village: "the village of Qqq", "Qqq
   * village" (in the name or just after it).
   */
  public static boolean villageNamed(String text, int nameStart, int nameEnd) {
    String name = text.substring(nameStart, nameEnd).toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(" village") || name.endsWith(" hamlet")
        || VILLAGE_OF.matcher(text.substring(Math.max(0, nameStart - 30), nameStart)).find()
        || VILLAGE_AFTER.matcher(text.substring(nameEnd, Math.min(text.length(), nameEnd + 10)))
            .find();
  }

  /** The tokens without a trailing generic word such as "camp" or "border crossing", if any. */
  public static Optional<Tail> withoutGenericTail(List<String> tokens) {
    for (List<String> tail : Kinds.GENERIC_TAILS) {
      int start = tokens.size() - tail.size();
      if (start > 0 && tokens.subList(start, tokens.size()).equals(tail)) {
        List<String> rest = tokens.subList(0, start);
        boolean area = tail.size() == 1 && Kinds.AREA_TAILS.contains(tail);
        boolean district = Kinds.DISTRICT_TAILS.contains(tail);
        return Optional.of(new Tail(String.join("", rest), area, district,
            Optional.ofNullable(Kinds.COUNTRIES.get(tail))));
      }
    }
    return Optional.empty();
  }

  /** Words of a part of a country or province, before its name: "North-West", "Central". */
  private static final Set<String> COMPASS =
      Set.of("north", "south", "east", "west", "northern", "southern", "eastern", "western",
          "northwest", "northeast", "southwest", "southeast", "northwestern", "northeastern",
          "southwestern", "southeastern", "central", "far");

  /**
   * Whether two names differ in a word of a part ("Imphal West", "Imphal East"): the names of two
   * places, however few letters apart, never a misspelling of one.
   */
  public static boolean compassDiffers(String a, String b) {
    Set<String> inA = new java.util.HashSet<>(tokens(a));
    Set<String> inB = new java.util.HashSet<>(tokens(b));
    inA.retainAll(COMPASS);
    inB.retainAll(COMPASS);
    return !inA.equals(inB);
  }

  /**
   * The key without the words of a part that lead it ("North-West Cameroon", "Northern Mali",
   * "Far North Cameroon" give "cameroon", "mali"), if the phrase begins with one or two such
   * words and names something after them.
   */
  public static Optional<String> withoutCompassHead(List<String> tokens) {
    int start = 0;
    while (start < tokens.size() - 1 && start < 2 && COMPASS.contains(tokens.get(start))) {
      start++;
    }
    return start == 0 ? Optional.empty()
        : Optional.of(String.join("", tokens.subList(start, tokens.size())));
  }

  /**
   * A phrase's key with its generic tail removed; area says the tail named a province or region,
   * district that it named a second-order division, and country the one country whose divisions
   * alone the tail names ("upazila": Bangladesh), if any.
   */
  public record Tail(String key, boolean area, boolean district, Optional<String> country) {}

  /** Lower case ASCII letters, digits and single spaces; letters lose their diacritics. */
  public static String fold(String text) {
    String s = text;
    if (!isAscii(s)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFKD);
      s = MARKS.matcher(s).replaceAll("");
      s = foldLettersWithoutDecomposition(s);
    }
    s = APOSTROPHES.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    return NOT_ALPHANUMERIC.matcher(s).replaceAll(" ").trim();
  }

  /** Letters like ı, ł, ø and ħ carry no combining mark that NFKD could strip. */
  private static String foldLettersWithoutDecomposition(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'ı' -> out.append('i');
        case 'ł', 'Ł' -> out.append('l');
        case 'ø', 'Ø' -> out.append('o');
        case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
        case 'ħ', 'Ħ' -> out.append('h');
        case 'ß' -> out.append("ss");
        case 'æ', 'Æ' -> out.append("ae");
        case 'œ', 'Œ' -> out.append("oe");
        case 'þ', 'Þ' -> out.append("th");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /**
   * The kind words, read on first use: they are folded by {@link #tokens}, whose patterns must be
   * set first.
   */
  private static final class Kinds {
    /**
     * Trailing words that name the kind of place, longest first so "air base" beats "base" and
     * "sub-county" beats "county": the division words, folded as names are, and these.
     */
    private static final List<List<String>> GENERIC_TAILS = longestFirst(
        words("district center", "district centre", "border crossing", "crossing point",
            "border post", "refugee camp", "displacement camp", "idp camp", "air base", "airbase",
            "military base", "airport", "airfield", "air field", "oil field", "gas field",
            "seaport", "port", "harbour", "harbor", "neighborhood", "neighbourhood", "quarter",
            "city", "town", "village", "area", "countryside", "camp", "crossing", "base", "suburb",
            "suburbs"),
        divisions(w -> true));

    /**
     * Tails after which the phrase names an administrative area rather than its seat: "Sumy
     * oblast" is the oblast, not its capital.
     */
    private static final Set<List<String>> AREA_TAILS =
        Stream.concat(Stream.of(List.of("countryside")),
            divisions(w -> w.order() == DivisionWords.Order.AREA).stream())
        .collect(Collectors.toUnmodifiableSet());

    /**
     * Tails after which the phrase names a second-order division: "Maywand district". Not
     * "municipality", which in Levantine news is the town itself ("Jenin municipality").
     */
    private static final Set<List<String>> DISTRICT_TAILS =
        Set.copyOf(divisions(w -> w.order() == DivisionWords.Order.DISTRICT));

    /** Tails that only one country's divisions have: "Qqq upazila" is in Bangladesh. */
    private static final Map<List<String>, String> COUNTRIES = DivisionWords.all().stream()
        .filter(w -> w.country().isPresent())
        .collect(Collectors.toUnmodifiableMap(w -> tokens(w.text()), w -> w.country().get()));

    /** Words that are never a place on their own, whatever their case: these and the divisions'. */
    private static final Set<String> NOT_PLACES = Stream.concat(
        Stream.of("army", "forces", "force", "coalition", "border", "government", "regime",
            "police", "military", "north", "south", "east", "west", "centre", "center",
            "capital", "country", "area", "city", "town", "village", "camp", "base",
            "neighborhood", "neighbourhood", "airport", "crossing", "quarter", "countryside",
            "people", "group", "militia", "militants", "rebels", "troops"),
        divisions(w -> true).stream().map(t -> String.join("", t)))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static List<List<String>> words(String... phrases) {
    return Arrays.stream(phrases).map(p -> List.of(p.split(" "))).toList();
  }

  /** The division words that pass {@code test}, as {@link #tokens} reads them ("sub county"). */
  private static List<List<String>> divisions(Predicate<DivisionWords.Word> test) {
    return DivisionWords.all().stream().filter(test).map(w -> tokens(w.text())).toList();
  }

  private static List<List<String>> longestFirst(List<List<String>> a, List<List<String>> b) {
    List<List<String>> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort(Comparator.comparingInt((List<String> t) -> t.size()).reversed());
    return List.copyOf(all);
  }
}
