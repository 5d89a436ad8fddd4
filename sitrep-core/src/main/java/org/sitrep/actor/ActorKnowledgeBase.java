package org.sitrep.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actor.ActorTableReader.Problem;
import org.sitrep.actor.Words.Word;
import org.sitrep.internal.IsoCountries;
import org.sitrep.model.Actor;

/**
 * The world's conflict parties as Sitrep knows them, read from layered tables: it resolves the
 * noun phrases news uses ("Syrian regime forces", "ISIS militants", "gunmen") to ACLED-style
 * actors. Descriptions depend on the story's country and date: "gunmen" in a Syrian story is
 * "Unidentified Armed Group (Syria)", "the regime" is the Syrian army only in Syrian stories, and
 * Ukraine's army is "(2019-)" only after May 2019.
 *
 * <p>An alias matches on word boundaries, ignoring case, hyphens, apostrophes and possessive "'s".
 * When several aliases occur in a phrase a proper name beats a description, then the one with
 * the most words wins, a named group beats a description of the same length ("PKK militants" is
 * the PKK), then the longer text wins. Of the rows listing one alias, a user's table wins, then a
 * row limited to the story's country, then one limited to stories that say certain words, then
 * the later table. Immutable and thread-safe.
 */
public final class ActorKnowledgeBase {

  /** Descriptions Sitrep's own rules resolve by name; every set of tables must have them. */
  public static final List<String> RULE_DESCRIPTIONS = List.of(
      "unidentified gunmen", "militants", "police", "security forces", "civilians",
      "protesters", "rioters", "pro-government militia");

  /** An alias of one table row, already split into words. */
  record Alias(String text, List<Word> words, ActorEntry entry, int layer, boolean user) {}

  /** A place in a text where an alias names an actor (or, for sources, names none). */
  private record Hit(int firstWord, int endWord, int start, int end, Alias alias, Actor actor) {
    int length() {
      return endWord - firstWord;
    }

    boolean overlaps(Hit other) {
      return firstWord < other.endWord && other.firstWord < endWord;
    }

    boolean namesNoActor() {
      return actor == null;
    }

    boolean generic() {
      return actor != null && actor.generic();
    }

    /** An alias written all in lower case describes ("security forces"); a name is capitalised. */
    boolean description() {
      return alias.text().equals(alias.text().toLowerCase(java.util.Locale.ROOT));
    }
  }

  // A proper name ("Asayish") beats a description however long ("security forces") in
  // "the Asayish security forces"; then the longest alias wins.
  private static final Comparator<Hit> BEST_FIRST =
      Comparator.comparing(Hit::description)
          .thenComparing(Comparator.comparingInt(Hit::length).reversed())
          .thenComparing(Hit::generic)
          .thenComparing(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed())
          .thenComparingInt(Hit::start);

  /**
   * The order in which the rows listing one alias are tried: a user's first, then those limited
   * to the story's country, then those limited to stories that say certain words, then later
   * tables before earlier ones.
   */
  private static final Comparator<Alias> TRIED_FIRST =
      Comparator.comparing((Alias a) -> !a.user())
          .thenComparing(a -> !a.entry().isContextual())
          .thenComparing(a -> a.entry().when().isEmpty())
          .thenComparing(Comparator.comparingInt(Alias::layer).reversed());

  private final Map<String, CountryName> countries;
  private final Map<String, List<Alias>> aliasesByKey;
  /** The keys of every alias's first words short of the whole alias ("islamic", "islamic state"). */
  private final Set<String> keyStarts;
  private final List<String> tables;
  private final int longestAlias;
  private final int size;
  private final int aliasCount;

  ActorKnowledgeBase(List<ActorTableReader.Table> layers, int userLayers) {
    this.tables = layers.stream().map(ActorTableReader.Table::source).toList();
    this.countries = countries(layers);
    Map<String, ActorEntry> latest = new HashMap<>();
    for (ActorTableReader.Table table : layers) {
      Set<String> seenHere = new HashSet<>();
      for (ActorTableReader.Row row : table.rows()) {
        // A later table's row redefines the actor's type and codes; its first row speaks for it.
        if (seenHere.add(row.entry().identity())) {
          latest.put(row.entry().identity(), row.entry());
        }
      }
    }
    Map<String, List<Alias>> index = new HashMap<>();
    Set<String> starts = new HashSet<>();
    Set<String> actors = new HashSet<>();
    int longest = 0;
    int count = 0;
    for (int layer = 0; layer < layers.size(); layer++) {
      boolean user = layer >= layers.size() - userLayers;
      for (ActorTableReader.Row row : layers.get(layer).rows()) {
        ActorEntry entry = row.entry().withAttributesOf(latest.get(row.entry().identity()));
        if (!entry.namesNoActor()) {
          actors.add(entry.identity());
        }
        for (String text : row.aliases()) {
          List<Word> words = Words.of(text);
          longest = Math.max(longest, words.size());
          count++;
          for (int end = 1; end < words.size(); end++) {
            starts.add(Words.key(words, 0, end));
          }
          index
              .computeIfAbsent(Words.key(words, 0, words.size()), k -> new ArrayList<>())
              .add(new Alias(text, words, entry, layer, user));
        }
      }
    }
    // Each alias's rows in the order they are tried, sorted once here: a lookup only filters.
    index.replaceAll((key, list) -> list.stream().sorted(TRIED_FIRST).toList());
    this.aliasesByKey = Map.copyOf(index);
    this.keyStarts = Set.copyOf(starts);
    this.longestAlias = longest;
    this.size = actors.size();
    this.aliasCount = count;
  }

  private static Map<String, CountryName> countries(List<ActorTableReader.Table> layers) {
    Map<String, CountryName> countries = new HashMap<>();
    Map<String, List<CountryName.Regime>> regimes = new HashMap<>();
    for (ActorTableReader.Table table : layers) {
      countries.putAll(table.countries());
      // A later table's regimes of a country replace the earlier list as a whole.
      regimes.putAll(table.regimes());
    }
    regimes.forEach((iso3, list) -> countries.computeIfPresent(iso3, (k, c) -> c.withRegimes(list)));
    return Map.copyOf(countries);
  }

  /** The tables Sitrep ships, read once. */
  public static ActorKnowledgeBase loadDefault() {
    return ActorTables.shipped();
  }

  /**
   * The actor a phrase names or describes in a story of the scope's country and date. Empty when
   * the phrase names no actor ("the region", "they").
   */
  public Optional<Actor> resolve(String phrase, ActorScope scope) {
    List<ActorMatch> matches = find(phrase, scope);
    return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0).actor());
  }

  /** Every alias found inside a longer text, best first, with character offsets into text. */
  public List<ActorMatch> find(String text, ActorScope scope) {
    return hits(text, scope).stream()
        .filter(hit -> !hit.namesNoActor())
        .map(hit -> new ActorMatch(hit.actor(), hit.start(), hit.end(), hit.alias().text(),
            hit.alias().entry().source()))
        .toList();
  }

  /**
   * The countries of the sources and monitors a text names ("the OSCE Special Monitoring
   * Mission", "the Syrian Observatory"): they name no party to an event, but say whose war the
   * story is about.
   */
  public List<String> sourceCountries(String text) {
    return hits(text, ActorScope.NONE).stream()
        .filter(hit -> hit.namesNoActor() && !hit.alias().entry().iso3().isEmpty())
        .map(hit -> hit.alias().entry().iso3())
        .toList();
  }

  /**
   * The countries of the armed groups a text names by their proper names ("the NAF", "the
   * Taliban", "al-Shabaab"), whichever stories their rows are limited to: a group's name says
   * whose war the story is about before the story's country is known.
   */
  public List<String> namedGroupCountries(String text, Optional<java.time.LocalDate> date) {
    return hits(text, new ActorScope(Optional.empty(), date), true).stream()
        .filter(hit -> !hit.namesNoActor() && !hit.description() && !hit.generic())
        // "insurgents" names al-Shabaab only in the stories of Somalia and Kenya: a word limited
        // to some countries' stories cannot say which country's story it is.
        .filter(hit -> !hit.alias().entry().isContextual())
        .filter(hit -> hit.actor().inter() >= 2 && hit.actor().inter() <= 4)
        .map(hit -> hit.actor().iso3())
        .filter(iso3 -> !iso3.isEmpty())
        .toList();
  }

  private List<Hit> hits(String text, ActorScope scope) {
    return hits(text, scope, false);
  }

  /**
   * Best hits first; a hit inside a better one is dropped, so source names hide what they hold.
   * With {@code anyStory}, rows limited to some countries' stories apply in every story.
   */
  private List<Hit> hits(String text, ActorScope scope, boolean anyStory) {
    Objects.requireNonNull(text, "text");
    List<Word> words = Words.of(text);
    List<Hit> hits = new ArrayList<>();
    for (int first = 0; first < words.size(); first++) {
      for (int end = reach(words, first); end > first; end--) {
        hitAt(words, first, end, scope, anyStory).ifPresent(hits::add);
      }
    }
    hits.sort(BEST_FIRST);
    List<Hit> kept = new ArrayList<>();
    for (Hit hit : hits) {
      if (kept.stream().noneMatch(hit::overlaps)) {
        kept.add(hit);
      }
    }
    return kept;
  }

  /**
   * The end of the longest alias that starts at word {@code first}, or {@code first} when none
   * does. The words are read one at a time while they still begin some alias, so that most words
   * ("the", "said") cost one look-up instead of one for every alias length; the hits found are
   * the same as when every length is tried.
   */
  private int reach(List<Word> words, int first) {
    int reach = first;
    int maxEnd = Math.min(words.size(), first + longestAlias);
    StringBuilder key = new StringBuilder();
    for (int end = first + 1; end <= maxEnd; end++) {
      if (end > first + 1) {
        key.append(' ');
      }
      key.append(words.get(end - 1).folded());
      String k = key.toString();
      if (aliasesByKey.containsKey(k)) {
        reach = end;
      }
      if (!keyStarts.contains(k)) {
        break;
      }
    }
    return reach;
  }

  /**
   * The ISO3 code of a country as a user writes it: ISO3 (UKR), ISO2 (UA) or the name the tables
   * give it (Ukraine), in any case.
   */
  public Optional<String> countryCode(String text) {
    String t = text.strip();
    String upper = t.toUpperCase(java.util.Locale.ROOT);
    if (countries.containsKey(upper)) {
      return Optional.of(upper);
    }
    Optional<String> alpha3 = upper.matches("[A-Z]{2}")
        ? IsoCountries.alpha3(upper).filter(countries::containsKey) : Optional.empty();
    if (alpha3.isPresent()) {
      return alpha3;
    }
    return countries.values().stream()
        .filter(c -> c.name().equalsIgnoreCase(t) || c.nameAfterOf().equalsIgnoreCase(t))
        .map(CountryName::iso3)
        .findFirst();
  }

  /** The name the tables give a country by its ISO3 code ("Kenya" for KEN), as in actors' names. */
  public Optional<String> countryName(String iso3) {
    return Optional.ofNullable(countries.get(iso3)).map(CountryName::name);
  }

  /** How many actors (not aliases) the tables list; a description counts once for all countries. */
  public int size() {
    return size;
  }

  /** How many aliases the tables list. */
  public int aliasCount() {
    return aliasCount;
  }

  /** The tables read, in the order they were layered. */
  public List<String> tables() {
    return tables;
  }

  /** The rows listing an alias written like {@code phrase}, in the order they are tried. */
  private List<Alias> aliasesOf(String phrase) {
    List<Word> words = Words.of(phrase);
    return aliasesByKey.getOrDefault(Words.key(words, 0, words.size()), List.of());
  }

  /** Every row listing an alias written like {@code phrase}: in the order tried, then the rest. */
  List<Alias> rowsFor(String phrase, ActorScope scope) {
    List<Alias> aliases = aliasesOf(phrase);
    List<Alias> rows = new ArrayList<>(ordered(aliases, scope.country()));
    aliases.stream().filter(a -> !rows.contains(a)).forEach(rows::add);
    return rows;
  }

  /** The actor a row stands for in the scope's story, as {@link #find} would name it. */
  Optional<Actor> actorOf(ActorEntry entry, ActorScope scope) {
    return entry.actorIn(scope, countries);
  }

  Map<String, CountryName> countries() {
    return countries;
  }

  /**
   * Whether {@code phrase} resolves, in a story of any country, to a description of that
   * country's actors ("police" to the story's police), as the rules that name it need.
   */
  boolean describesEverywhere(String phrase) {
    return ordered(aliasesOf(phrase), Optional.empty()).stream()
        .filter(a -> a.entry().period().holds(Optional.empty()))
        .findFirst()
        .map(a -> ActorEntry.STORY_COUNTRY.equals(a.entry().iso3()))
        .orElse(false);
  }

  private Optional<Hit> hitAt(List<Word> words, int first, int end, ActorScope scope,
      boolean anyStory) {
    List<Alias> aliases = aliasesByKey.get(Words.key(words, first, end));
    if (aliases == null) {
      return Optional.empty();
    }
    int start = words.get(first).start();
    int stop = words.get(end - 1).end();
    // Read for any story, a name tells the country only when all its rows agree on one:
    // "Islamic State" is limited to Somalia in one row and to Mali in another.
    List<Alias> rows = anyStory
        ? aliases.stream().filter(a -> a.entry().iso3().length() == 3).toList()
        : ordered(aliases, scope.country());
    if (anyStory && rows.stream().map(a -> a.entry().iso3()).distinct().count() > 1) {
      return Optional.empty();
    }
    for (Alias alias : rows) {
      if (!acronymsAgree(alias.words(), words.subList(first, end))
          || !alias.entry().period().holds(scope.date()) || !alias.entry().saidIn(scope)) {
        continue;
      }
      if (alias.entry().namesNoActor()) {
        return Optional.of(new Hit(first, end, start, stop, alias, null));
      }
      Optional<Actor> actor = alias.entry().actorIn(scope, countries);
      if (actor.isPresent()) {
        return Optional.of(new Hit(first, end, start, stop, alias, actor.get()));
      }
    }
    return Optional.empty();
  }

  /** The rows of the index (sorted {@link #TRIED_FIRST}) that apply in the story's country. */
  private static List<Alias> ordered(List<Alias> aliases, Optional<String> country) {
    return aliases.stream().filter(a -> a.entry().appliesIn(country)).toList();
  }

  /**
   * "IS", "SAA", "US" in an alias match only the same capitals in the text, so "is" is no actor;
   * "LeT" matches only itself or LET, so "Let the talks begin" names no Lashkar-e-Taiba; and an
   * acronym or a one-word name matches no word in lower case, so "the fact that" is not FACT and
   * "protested against levies" names no Levies force (a name of several words may be written in
   * lower case: "al shabaab militants", "southern resistance forces").
   */
  private static boolean acronymsAgree(List<Word> aliasWords, List<Word> textWords) {
    for (int i = 0; i < aliasWords.size(); i++) {
      Word aliasWord = aliasWords.get(i);
      Word textWord = textWords.get(i);
      String written = textWord.text();
      if (aliasWord.isShortAcronym() && !aliasWord.text().equals(written)
          || aliasWord.isMixedCase() && !aliasWord.text().equals(written)
              && !aliasWord.text().toUpperCase(java.util.Locale.ROOT).equals(written)
          || (aliasWord.isAcronym() || aliasWords.size() == 1 && aliasWord.isCapitalised())
              && textWord.isLowerCase()) {
        return false;
      }
    }
    return true;
  }

  /** Problems found while reading tables, kept for {@code actors check}. */
  static List<Problem> missingRuleDescriptions(ActorKnowledgeBase kb) {
    List<Problem> problems = new ArrayList<>();
    for (String phrase : RULE_DESCRIPTIONS) {
      if (!kb.describesEverywhere(phrase)) {
        problems.add(new Problem(String.join(", ", kb.tables()), 0,
            "no row describes '" + phrase + "' in every country's stories, and Sitrep's rules"
                + " need one (the alias must name a row whose country is '*')"));
      }
    }
    return problems;
  }
}
