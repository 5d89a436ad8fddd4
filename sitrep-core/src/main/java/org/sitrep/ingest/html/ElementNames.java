package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The words of an element's class, id and aria-label, lower case: {@code "relatedStories
 * article__share-bar"} is related, stories, article, share, bar. Themes spell one name in many
 * ways ({@code related_stories}, {@code RelatedStories}, {@code related-stories}); as words they
 * are one. Matching words in sets is also much faster than running patterns over every element.
 */
final class ElementNames {
  private ElementNames() {}

  /** The words, in order; empty when the element has no class, id or label. */
  static List<String> of(Element element) {
    List<String> words = new ArrayList<>();
    add(words, element.attributes().getIgnoreCase("class"));
    add(words, element.attributes().getIgnoreCase("id"));
    add(words, element.attributes().getIgnoreCase("aria-label"));
    return words;
  }

  /** Whether a word is in {@code single}, or two neighbours joined by "-" are in {@code pairs}. */
  static boolean matches(List<String> words, Set<String> single, Set<String> pairs) {
    for (int i = 0; i < words.size(); i++) {
      if (single.contains(words.get(i))
          || i + 1 < words.size() && pairs.contains(words.get(i) + "-" + words.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<String> words, String value) {
    StringBuilder word = new StringBuilder();
    char previous = ' ';
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean letter = Character.isLetter(c);
      boolean camelBreak = letter && Character.isUpperCase(c) && Character.isLowerCase(previous);
      if ((!letter || camelBreak) && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
      if (letter) {
        word.append(Character.toLowerCase(c));
      }
      previous = c;
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
  }
}
