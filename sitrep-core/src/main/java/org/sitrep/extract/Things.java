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
final class Things {
  private static final Set<String> FAMILIES = Set.of("ground", "military", "sites", "vehicles");
  private static final Set<String> NOUNS = load();

  private Things() {}

  static boolean isThing(String word) {
    return NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    WordFamilies families = WordFamilies.bundled(Things.class, "things.tsv", FAMILIES);
    Set<String> all = new HashSet<>();
    FAMILIES.forEach(f -> all.addAll(families.get(f)));
    return Set.copyOf(all);
  }
}
