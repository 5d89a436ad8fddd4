package org.sitrep.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Families of cue words read from one of Sitrep's data files: each line is a family name, a tab and
 * the family's words separated by spaces (lower case; a family may span several lines). The
 * families a reader needs are named when loading, so a typo in the file or in the code fails at
 * load time rather than leaving a family silently empty.
 */
public final class WordFamilies {
  private final Map<String, Set<String>> families;

  private WordFamilies(Map<String, Set<String>> families) {
    this.families = families;
  }

  /** Loads a bundled file; every family of {@code expected} must be there and no other. */
  public static WordFamilies bundled(Class<?> anchor, String resource, Set<String> expected) {
    return of(DataTable.bundled(anchor, resource), resource, expected);
  }

  /**
   * Loads some of the families of a file that other readers share (the rest are theirs); each
   * family of {@code wanted} must be there.
   */
  public static WordFamilies bundledPart(Class<?> anchor, String resource, Set<String> wanted) {
    List<DataTable.Line> lines = DataTable.bundled(anchor, resource).stream()
        .filter(l -> wanted.contains(l.cell(0).trim())).toList();
    return of(lines, resource, wanted);
  }

  static WordFamilies of(List<DataTable.Line> lines, String name, Set<String> expected) {
    Map<String, Set<String>> map = new HashMap<>();
    for (DataTable.Line line : lines) {
      String family = line.cell(0).trim();
      if (!expected.contains(family)) {
        throw new IllegalStateException(name + " line " + line.number() + ": unknown family '"
            + family + "'; expected one of " + expected);
      }
      Set<String> words = map.computeIfAbsent(family, k -> new HashSet<>());
      for (String w : line.cell(1).trim().split("\\s+")) {
        if (!w.isEmpty()) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    for (String family : expected) {
      if (!map.containsKey(family)) {
        throw new IllegalStateException(name + ": the family '" + family + "' is missing");
      }
    }
    map.replaceAll((k, v) -> Set.copyOf(v));
    return new WordFamilies(Map.copyOf(map));
  }

  /** Whether {@code word} (lower case) is one of the family's words. */
  public boolean has(String family, String word) {
    return get(family).contains(word);
  }

  /** The words of a family that was expected at load. */
  public Set<String> get(String family) {
    Set<String> words = families.get(family);
    if (words == null) {
      throw new IllegalArgumentException("no word family '" + family + "' was loaded");
    }
    return words;
  }
}
