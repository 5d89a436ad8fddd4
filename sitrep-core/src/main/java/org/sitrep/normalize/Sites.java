package org.sitrep.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.internal.WordFamilies;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;

/**
 * Finds the site of an event inside its town, as the sentence names it: "at the station", "in a
 * crowded restaurant", "on Oxford Street". The site is evidence of where the event happened at a
 * finer grain than the gazetteer's town; it never changes the coded place.
 */
final class Sites {
  private static final Set<String> FAMILIES = Set.of("site");
  /** How a site's evidence note begins. */
  static final String NOTE = "the site, inside the coded place";
  /** A locative preposition or a verb of striking, after which a site may be named. */
  private static final Pattern BEFORE_SITE = Pattern.compile(
      "(?i)\\b(?:at|in|inside|outside|near|on|into|targeting|targeted|attacked|hit|struck|stormed)"
          + "\\s+");
  /** A word of the phrase that may follow: letters, apostrophes and hyphens. */
  private static final Pattern WORD = Pattern.compile("\\G([\\p{L}'’-]+)\\s*");
  /** Words that end the phrase before any site noun: "on Monday and the town". */
  private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "that",
      "which", "who", "when", "after", "before", "by", "with", "for", "from", "was", "were", "is");
  /** How many words may stand between the preposition and the site noun ("a crowded"). */
  private static final int MAX_WORDS = 4;

  private final Set<String> nouns;

  Sites(WordFamilies cues) {
    this.nouns = cues.get("site");
  }

  static Sites loadDefault() {
    return new Sites(WordFamilies.bundledPart(Sites.class, "site-cues.tsv", FAMILIES));
  }

  /** The site the mention's sentence names nearest its trigger, if any. */
  Optional<Evidence> nearest(Mention m, String text, String coded) {
    int from = m.sentenceText().start();
    int to = m.sentenceText().end();
    List<Evidence> out = new ArrayList<>();
    Matcher before = BEFORE_SITE.matcher(text).region(from, to);
    while (before.find()) {
      Matcher word = WORD.matcher(text).region(before.end(), to);
      for (int k = 0; k < MAX_WORDS && word.lookingAt(); k++) {
        String w = word.group(1).toLowerCase(Locale.ROOT);
        if (STOP.contains(w) && k > 0) {
          break;
        }
        if (nouns.contains(w)) {
          out.add(new Evidence("location", text.substring(before.end(), word.end(1)),
              before.end(), word.end(1), NOTE + " " + coded));
          break;
        }
        word.region(word.end(), to);
      }
    }
    int trigger = m.trigger().start();
    return out.stream().min(Comparator.comparingInt(e -> Math.abs(e.start() - trigger)));
  }
}
