package org.sitrep.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.internal.DataTable;
import org.sitrep.model.Actor;

/**
 * Reads a country's forces from how news names them: a country adjective and a word for soldiers
 * or police ("Iraqi F-16 jets", "Afghan security forces", "Turkish drones", "Nigerian police"),
 * for any country, without a dictionary row for each. Another country's forces are external
 * forces (inter 8) in ACLED's terms.
 */
final class StateForces {
  private static final Set<String> MILITARY = Set.of(
      "forces", "force", "troops", "soldiers", "soldier", "army", "military", "jets", "jet",
      "warplanes", "warplane", "aircraft", "planes", "plane", "drones", "drone", "navy",
      "artillery", "helicopters", "helicopter", "tanks", "commandos", "units", "marines",
      "paratroopers", "personnel", "servicemen", "gunboats", "guards", "battalion", "brigade");
  private static final Set<String> POLICE = Set.of(
      "police", "policemen", "policeman", "gendarmes", "gendarmerie", "officers");
  private static final Pattern WORD = Pattern.compile("[\\p{L}.'’]+");
  private static final int EXTERNAL_FORCES = 8;
  private static final Pattern PROXY = Pattern.compile(
      "(?i)-(backed|led|trained|supported|sponsored|allied|aligned|funded)\\b|\\bloyal to\\b");

  private final Map<String, String> countryByAdjective;
  private final ActorDictionary dictionary;

  private StateForces(Map<String, String> countryByAdjective, ActorDictionary dictionary) {
    this.countryByAdjective = countryByAdjective;
    this.dictionary = dictionary;
  }

  static StateForces load(ActorDictionary dictionary) {
    Map<String, String> map = new HashMap<>();
    for (DataTable.Line line : DataTable.bundled(StateForces.class, "demonyms.tsv")) {
      for (String adjective : line.cell(1).split("\\|")) {
        map.put(adjective.toLowerCase(Locale.ROOT), line.cell(0));
      }
    }
    return new StateForces(map, dictionary);
  }

  /** The forces a phrase names by country adjective, if it does. */
  Optional<Actor> resolve(String phrase, Optional<String> storyCountry) {
    if (PROXY.matcher(phrase).find()) {
      // "US-backed Syrian forces" are somebody's proxies, not either state's army.
      return Optional.empty();
    }
    String country = null;
    String kind = null;
    var words = WORD.matcher(phrase);
    while (words.find()) {
      String w = words.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
      if (country == null && countryByAdjective.containsKey(w)) {
        country = countryByAdjective.get(w);
      } else if (country != null && MILITARY.contains(w)) {
        kind = "security forces";
      } else if (country != null && POLICE.contains(w)) {
        kind = "police";
      }
    }
    if (country == null || kind == null) {
      return Optional.empty();
    }
    String iso3 = country;
    return dictionary.resolve(kind, Optional.of(iso3)).map(a -> storyCountry
        .filter(c -> !c.equals(iso3) && a.inter() == 1)
        .map(c -> new Actor(a.name(), EXTERNAL_FORCES, a.cameo(), a.iso3(), a.generic()))
        .orElse(a));
  }
}
