package org.sitrep.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sitrep.internal.WordFamilies;

/**
 * Nouns for the places, sites and things an act is aimed at ("captured the village", "struck a
 * car", "opened fire at a bar"): never a party to the event, nor people to be counted among its
 * victims. The words are in {@code things.tsv}.
 */
public final class Things {
  private static final Set<String> FAMILIES =
      Set.of("ground", "military", "sites", "vehicles", "gatherings");
  private static final WordFamilies WORDS = WordFamilies.bundled(Things.class, "things.tsv",
      Set.of("ground", "military", "sites", "vehicles", "gatherings", "munitions"));
  private static final Set<String> NOUNS = union(FAMILIES);
  private static final Set<String> SITES = union(Set.of("ground", "sites"));

  private Things() {}

  static boolean isThing(String word) {
    return NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** "the town of Kalehe" is the town; "positions of the army" are positions: by the head word. */
  public static boolean namesAThing(String phrase) {
    String[] words = phrase.toLowerCase(Locale.ROOT).split(" of ", 2)[0].strip().split("\\s+");
    return isThing(words[words.length - 1]);
  }

  /** What is fired, dropped or set off ("shells", "a rocket"): an act's means, never its maker. */
  static boolean isMunition(String word) {
    return WORDS.get("munitions").contains(word.toLowerCase(Locale.ROOT));
  }

  /** Ground or a site that a town's name may name: "the Kitui road", "Kitui market". */
  static boolean isSite(String word) {
    return SITES.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> union(Set<String> families) {
    Set<String> all = new HashSet<>();
    families.forEach(f -> all.addAll(WORDS.get(f)));
    return Set.copyOf(all);
  }
}
