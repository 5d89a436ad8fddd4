package org.sitrep.typing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The words and word pairs of a passage, as indices into a vocabulary fixed when a model is
 * trained. A sentence embedding blurs the words that set neighbouring types apart ("shelled" and
 * "bombed from the air" sit close together, so do "abducted" and "arrested"); the words
 * themselves, weighed by the same softmax, keep them apart, and they are what a desk's coders
 * repeat from note to note ("clashed with", "were arrested", "peacefully protested").
 *
 * <p>A word or pair enters the vocabulary when at least {@link #MIN_PASSAGES} training passages
 * hold it: one passage's oddities teach nothing. Numbers are read as one word ("#"), so that the
 * toll of one report is not learnt as a sign of its type.
 */
public final class WordFeatures {
  static final int MIN_PASSAGES = 2;
  /** Enough for a desk's notes and Sitrep's own set; past it the rarest grams are left out. */
  static final int MAX_SIZE = 60_000;

  private final List<String> vocabulary;
  private final Map<String, Integer> index;

  WordFeatures(List<String> vocabulary) {
    this.vocabulary = List.copyOf(vocabulary);
    this.index = new HashMap<>();
    for (int i = 0; i < this.vocabulary.size(); i++) {
      index.put(this.vocabulary.get(i), i);
    }
  }

  /** No words: a model that reads only the embedding and the signals. */
  static WordFeatures none() {
    return new WordFeatures(List.of());
  }

  /** The grams that at least {@link #MIN_PASSAGES} of the passages hold, most frequent first. */
  static WordFeatures learn(List<String> passages) {
    Map<String, Integer> passagesHolding = new TreeMap<>();
    for (String passage : passages) {
      for (String gram : grams(passage)) {
        passagesHolding.merge(gram, 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> kept = new ArrayList<>();
    for (Map.Entry<String, Integer> e : passagesHolding.entrySet()) {
      if (e.getValue() >= MIN_PASSAGES) {
        kept.add(e);
      }
    }
    // Most frequent first, then alphabetical: the same set always gives the same vocabulary.
    kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    return new WordFeatures(kept.stream().limit(MAX_SIZE).map(Map.Entry::getKey).toList());
  }

  public int size() {
    return vocabulary.size();
  }

  List<String> vocabulary() {
    return vocabulary;
  }

  /** The vocabulary indices of the passage's grams, ascending, each once. */
  int[] of(String passage) {
    if (vocabulary.isEmpty()) {
      return new int[0];
    }
    Set<String> grams = grams(passage);
    int[] found = new int[grams.size()];
    int n = 0;
    for (String gram : grams) {
      Integer i = index.get(gram);
      if (i != null) {
        found[n++] = i;
      }
    }
    int[] out = Arrays.copyOf(found, n);
    Arrays.sort(out);
    return out;
  }

  /** Each word, and each pair of adjacent words, lower-cased, numbers as "#". */
  static Set<String> grams(String passage) {
    List<String> words = new ArrayList<>();
    for (String token : TextSignals.tokens(passage)) {
      words.add(token.chars().anyMatch(Character::isDigit) ? "#" : token);
    }
    Set<String> grams = new LinkedHashSet<>(words);
    for (int i = 1; i < words.size(); i++) {
      grams.add(words.get(i - 1) + " " + words.get(i));
    }
    return grams;
  }
}
