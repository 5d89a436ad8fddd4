package org.sitrep.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.normalize.Words.Word;

/**
 * Resolves the noun phrases news uses for parties to an event ("Syrian regime forces", "ISIS
 * militants", "gunmen") to ACLED-style actors. Descriptions depend on the story's country:
 * "gunmen" in a Syrian story is "Unidentified Armed Group (Syria)", and "the regime" is the Syrian
 * army only in Syrian stories.
 *
 * <p>An alias matches on word boundaries, ignoring case, hyphens, apostrophes and possessive "'s".
 * When several aliases occur in a phrase a proper name beats a description, then the one with
 * the most words wins, a named group beats a
 * description of the same length ("PKK militants" is the PKK), then the longer text wins.
 * Immutable and thread-safe.
 */
public final class ActorDictionary {

  private static final String DEFAULT_TABLE = "actors.tsv";

  /** An alias of one table row, already split into words. */
  private record Alias(String text, List<Word> words, ActorEntry entry) {}

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

  private final Map<String, CountryName> countries;
  private final Map<String, List<Alias>> aliasesByKey;
  private final int longestAlias;
  private final int size;

  private ActorDictionary(ActorTableReader.Table table) {
    this.countries = table.countries();
    Map<String, List<Alias>> index = new HashMap<>();
    Set<String> actors = new HashSet<>();
    int longest = 0;
    for (ActorTableReader.Row row : table.rows()) {
      if (!row.entry().namesNoActor()) {
        actors.add(row.entry().identity());
      }
      for (String text : row.aliases()) {
        List<Word> words = Words.of(text);
        if (words.isEmpty()) {
          continue;
        }
        longest = Math.max(longest, words.size());
        index
            .computeIfAbsent(Words.key(words, 0, words.size()), k -> new ArrayList<>())
            .add(new Alias(text, words, row.entry()));
      }
    }
    index.replaceAll((key, list) -> List.copyOf(list));
    this.aliasesByKey = Map.copyOf(index);
    this.longestAlias = longest;
    this.size = actors.size();
  }

  /** The dictionary shipped with Sitrep. */
  public static ActorDictionary loadDefault() {
    try (InputStream tsv = ActorDictionary.class.getResourceAsStream(DEFAULT_TABLE)) {
      if (tsv == null) {
        throw new IllegalStateException("the actor table " + DEFAULT_TABLE + " is missing");
      }
      return load(tsv);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the actor table: " + e.getMessage(), e);
    }
  }

  /**
   * A dictionary read from a table in the format of the shipped actors.tsv.
   *
   * @throws IllegalArgumentException naming the line when a row is malformed
   */
  public static ActorDictionary load(InputStream tsv) {
    Objects.requireNonNull(tsv, "tsv");
    return new ActorDictionary(ActorTableReader.read(tsv));
  }

  /**
   * The actor a phrase names or describes; countryContext is the ISO3 of the story's country (e.g.
   * "SYR"). Empty when the phrase names no actor ("the region", "they").
   */
  public Optional<Actor> resolve(String phrase, Optional<String> countryContext) {
    List<ActorMatch> matches = find(phrase, countryContext);
    return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0).actor());
  }

  /** Every alias found inside a longer text, longest first, with character offsets into text. */
  public List<ActorMatch> find(String text, Optional<String> countryContext) {
    Objects.requireNonNull(text, "text");
    Optional<String> country = countryContext.map(String::trim).filter(c -> !c.isEmpty());
    List<Word> words = Words.of(text);
    List<Hit> hits = new ArrayList<>();
    for (int first = 0; first < words.size(); first++) {
      int maxEnd = Math.min(words.size(), first + longestAlias);
      for (int end = maxEnd; end > first; end--) {
        hitAt(words, first, end, text, country).ifPresent(hits::add);
      }
    }
    hits.sort(BEST_FIRST);
    return keepNonOverlapping(hits);
  }

  /** How many actors (not aliases) the table lists; a description counts once for all countries. */
  public int size() {
    return size;
  }

  private Optional<Hit> hitAt(
      List<Word> words, int first, int end, String text, Optional<String> country) {
    List<Alias> aliases = aliasesByKey.get(Words.key(words, first, end));
    if (aliases == null) {
      return Optional.empty();
    }
    int start = words.get(first).start();
    int stop = words.get(end - 1).end();
    for (Alias alias : preferred(aliases, country)) {
      if (!acronymsAgree(alias.words(), words.subList(first, end))) {
        continue;
      }
      if (alias.entry().namesNoActor()) {
        return Optional.of(new Hit(first, end, start, stop, alias, null));
      }
      Optional<Actor> actor = alias.entry().actorIn(country, countries);
      if (actor.isPresent()) {
        return Optional.of(new Hit(first, end, start, stop, alias, actor.get()));
      }
    }
    return Optional.empty();
  }

  /** Aliases that apply in the story, those limited to the story's country first. */
  private static List<Alias> preferred(List<Alias> aliases, Optional<String> country) {
    List<Alias> ordered = new ArrayList<>();
    aliases.stream()
        .filter(a -> a.entry().isContextual() && a.entry().appliesIn(country))
        .forEach(ordered::add);
    aliases.stream().filter(a -> !a.entry().isContextual()).forEach(ordered::add);
    return ordered;
  }

  /** "IS", "SAA", "US" in an alias match only the same capitals in the text, so "is" is no actor. */
  private static boolean acronymsAgree(List<Word> aliasWords, List<Word> textWords) {
    for (int i = 0; i < aliasWords.size(); i++) {
      Word aliasWord = aliasWords.get(i);
      if (aliasWord.isShortAcronym() && !aliasWord.text().equals(textWords.get(i).text())) {
        return false;
      }
    }
    return true;
  }

  /** Best hits first; a hit inside a better one is dropped, and source names hide what they hold. */
  private static List<ActorMatch> keepNonOverlapping(List<Hit> sortedHits) {
    List<Hit> kept = new ArrayList<>();
    for (Hit hit : sortedHits) {
      if (kept.stream().noneMatch(hit::overlaps)) {
        kept.add(hit);
      }
    }
    return kept.stream()
        .filter(hit -> !hit.namesNoActor())
        .map(hit -> new ActorMatch(hit.actor(), hit.start(), hit.end(), hit.alias().text()))
        .toList();
  }
}
