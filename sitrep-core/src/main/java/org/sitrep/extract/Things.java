package org.sitrep.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Nouns for the places and things an act is aimed at ("captured the village", "struck a car",
 * "attacked positions"): never a party to the event, nor people to be counted among its victims.
 */
final class Things {
  private static final Set<String> NOUNS = Set.of(
      "village", "town", "city", "area", "areas", "position", "positions", "base", "post", "posts",
      "checkpoint", "checkpoints", "hill", "district", "neighborhood", "neighbourhood", "road",
      "market", "house", "houses", "building", "buildings", "camp", "airport", "bridge", "hideout",
      "hideouts", "car", "vehicle", "vehicles", "convoy", "truck", "motorcycle", "tank", "tanks",
      "territory", "weapon", "weapons", "control", "ammunition", "site", "field", "oil",
      "crossing", "region");

  private Things() {}

  static boolean isThing(String word) {
    return NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }
}
