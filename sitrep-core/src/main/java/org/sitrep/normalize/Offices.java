/*
 * Sitrep - reads conflict news and writes event data.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.sitrep.normalize;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.internal.WordFamilies;

/**
 * The holder of an office of the state, named by the title alone ("the governor of the region",
 * "the county commissioner", "President Ruto"): one who decrees or signs for the state, which
 * ACLED codes as its government. The actor tables cannot say so, since the same title names a
 * civilian when the official is attacked.
 */
final class Offices {
  private static final WordFamilies CUES = WordFamilies.bundled(Offices.class, "offices.tsv",
      Set.of("office", "not"));
  private static final Set<String> TITLES = CUES.get("office");
  private static final Set<String> NOT_NOW = CUES.get("not");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an", "its", "their");

  private Offices() {}

  /**
   * Whether the phrase names someone by the title of a state office: its head, before any "of"
   * or comma, ends in a title ("the regional governor") or begins with one before a name
   * ("Governor Zulum").
   */
  static boolean heldBy(String phrase) {
    String head = phrase.split("(?i)\\s+of\\s+|,|\\(", 2)[0].strip();
    List<String> raw = Arrays.stream(head.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    // "the minister's office" ends in "office", no title: the possessive's "s" is dropped.
    List<String> words = Arrays.stream(head.toLowerCase(Locale.ROOT).split("[\\s']+"))
        .filter(w -> !w.isEmpty() && !w.equals("s")).toList();
    if (words.isEmpty() || words.stream().anyMatch(NOT_NOW::contains)) {
      return false;
    }
    List<String> own = ARTICLES.contains(words.get(0)) ? words.subList(1, words.size()) : words;
    if (own.isEmpty()) {
      return false;
    }
    boolean endsInTitle = TITLES.contains(own.get(own.size() - 1));
    boolean titleBeforeName = own.size() > 1 && TITLES.contains(own.get(0))
        && Character.isUpperCase(raw.get(raw.size() - 1).charAt(0));
    return endsInTitle || titleBeforeName;
  }
}
