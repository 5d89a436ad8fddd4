package org.sitrep.actor;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;

/**
 * Reads a country's forces from how news names them: a country adjective and a word for soldiers
 * or police ("Iraqi F-16 jets", "Afghan security forces", "Turkish drones", "Nigerian police"),
 * or for its government ("the Afghan government"),
 * for any country, without a dictionary row for each. Another country's forces are external
 * forces (inter 8) in ACLED's terms.
 */
public final class StateForces {
  private static final Set<String> MILITARY = Set.of(
      "forces", "force", "troops", "soldiers", "soldier", "army", "military", "jets", "jet",
      "warplanes", "warplane", "aircraft", "planes", "plane", "drones", "drone", "navy",
      "artillery", "helicopters", "helicopter", "tanks", "commandos", "units", "marines",
      "paratroopers", "personnel", "servicemen", "servicemembers", "service", "gunboats", "guards", "battalion", "brigade",
      "strikes", "airstrikes", "raids", "shelling", "bombardment", "fire", "missiles", "missile");
  /** "Palestinian fighters", "Afghan militants": armed men of a country, not its state's. */
  private static final Set<String> ARMED_MEN = Set.of(
      "fighters", "militants", "gunmen", "insurgents", "guerrillas", "militiamen");
  private static final Set<String> POLICE = Set.of(
      "police", "policemen", "policeman", "gendarmes", "gendarmerie", "officers");
  private static final Pattern WORD = Pattern.compile("[\\p{L}.'’]+");
  private static final int EXTERNAL_FORCES = 8;
  private static final String MILITARY_KIND = "the military";
  private static final String GOVERNMENT_KIND = "the government";
  private static final Set<String> GOVERNMENT = Set.of("government", "authorities", "cabinet");
  private static final Pattern OF_COUNTRY = Pattern.compile(
      "(?i)\\b(forces|force|army|troops|soldiers|military|police|policemen|gendarmes|gendarmerie|positions|posts|"
          + "navy)\\s+(?:of|from)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’ -]+)$");
  private static final Pattern PROXY = Pattern.compile(
      "(?i)-(backed|led|trained|supported|sponsored|allied|aligned|funded)\\b|\\bloyal to\\b");

  private final Demonyms demonyms;
  private final ActorKnowledgeBase dictionary;

  private StateForces(Demonyms demonyms, ActorKnowledgeBase dictionary) {
    this.demonyms = demonyms;
    this.dictionary = dictionary;
  }

  public static StateForces load(ActorKnowledgeBase dictionary) {
    return new StateForces(Demonyms.loadDefault(), dictionary);
  }

  /**
   * "Israeli strikes" give the adjective alone as the striker: that country's forces; "killed 12
   * Palestinians" gives the plural as the victims: that country's civilians.
   */
  private Optional<Actor> loneAdjective(String phrase, ActorScope scope) {
    Optional<String> storyCountry = scope.country();
    String lower = phrase.trim().toLowerCase(Locale.ROOT);
    // "opened fire at a Somali", "an Afghan was wounded": one of a people, a civilian.
    String one = lower.replaceFirst("^(a|an|one|the) ", "");
    if (!one.equals(lower) && demonyms.country(one).isPresent()) {
      return dictionary.resolve("civilians", scope.in(demonyms.country(one).get()));
    }
    String w = lower.replaceFirst("^(the|\\d+|some|several|many|two|three|four|five) ", "");
    if (demonyms.country(w).isPresent()) {
      // "a Russian drone attack": the country's military, which "security forces" is not
      // everywhere (in Russia's table it is the police).
      return external(forces(MILITARY_KIND, scope.in(demonyms.country(w).get())),
          demonyms.country(w).get(), storyCountry);
    }
    if (w.endsWith("s") && demonyms.country(w.substring(0, w.length() - 1)).isPresent()) {
      return dictionary.resolve("civilians", scope.in(demonyms.country(w.substring(0, w.length() - 1)).get()));
    }
    return Optional.empty();
  }

  private static Optional<Actor> external(Optional<Actor> forces, String iso3, Optional<String> storyCountry) {
    return forces.map(a -> storyCountry
        .filter(c -> !c.equals(iso3) && a.inter() == 1)
        .map(c -> new Actor(a.name(), EXTERNAL_FORCES, a.cameo(), a.iso3(), a.generic()))
        .orElse(a));
  }

  /**
   * The forces of the country {@code adjective} names, as {@code noun} says which ("Afghan" and
   * "border forces"); empty when the adjective names no country ("Kurdish") or the noun no force.
   */
  public Optional<Actor> ofACountry(String adjective, String noun, ActorScope scope) {
    return demonyms.country(adjective).isPresent()
        ? resolve(adjective + " " + noun, scope).filter(a -> !a.iso3().isEmpty())
        : Optional.empty();
  }

  /** The forces a phrase names by country adjective, if it does. */
  public Optional<Actor> resolve(String phrase, ActorScope scope) {
    Optional<String> storyCountry = scope.country();
    if (PROXY.matcher(phrase).find()) {
      // "US-backed Syrian forces" are somebody's proxies, not either state's army.
      return Optional.empty();
    }
    Optional<Actor> lone = loneAdjective(phrase, scope);
    if (lone.isPresent()) {
      return lone;
    }
    // "military forces of Armenia", "the police of Niger", "soldiers from Kenya": the country by
    // its name.
    var of = OF_COUNTRY.matcher(phrase.strip());
    if (of.find()) {
      Optional<String> named = dictionary.countryCode(of.group(2).strip());
      if (named.isPresent()) {
        String kind = POLICE.contains(of.group(1).toLowerCase(Locale.ROOT)) ? "police"
            : phrase.toLowerCase(Locale.ROOT).contains("security") ? "security forces" : MILITARY_KIND;
        return external(forces(kind, scope.in(named.get())), named.get(), storyCountry);
      }
    }
    String country = null;
    String kind = null;
    var words = WORD.matcher(phrase);
    while (words.find()) {
      String w = words.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
      // "Burundi troops", "Kenya soldiers": the country by its name, as Somali news names the
      // contingents of the African Union's mission.
      Optional<String> named = country == null
          ? demonyms.country(w).or(() -> countryByName(words.group())) : Optional.empty();
      if (named.isPresent()) {
        country = named.get();
      } else if (country != null && MILITARY.contains(w)) {
        // "Egyptian military forces" are the army, "Egyptian security forces" may be police.
        kind = phrase.toLowerCase(Locale.ROOT).contains("security") ? "security forces"
            : MILITARY_KIND;
      } else if (country != null && POLICE.contains(w)) {
        kind = "police";
      } else if (country != null && kind == null && GOVERNMENT.contains(w)) {
        // "the Afghan government", "US authorities": the country's government.
        kind = GOVERNMENT_KIND;
      } else if (country != null && ARMED_MEN.contains(w)) {
        kind = "militants";
      }
    }
    if (country == null) {
      return ownStatesArms(phrase, scope);
    }
    if (kind == null) {
      return Optional.empty();
    }
    if (kind.equals("militants")) {
      return dictionary.resolve(kind, scope.in(country));
    }
    return external(forces(kind, scope.in(country)), country, storyCountry);
  }

  /** Words for the state whose arms a phrase names: "government artillery", "junta jets". */
  private static final Pattern STATES_ARMS = Pattern.compile(
      "(?i)^(?:the\\s+|an?\\s+)?(?:government|regime|junta|army|military)\\s+([\\p{L}-]+)$");

  /**
   * "Government artillery", "regime tanks", "army gunboats": the arms stand for the forces that
   * fire them, the story's country's military.
   */
  private Optional<Actor> ownStatesArms(String phrase, ActorScope scope) {
    var m = STATES_ARMS.matcher(phrase.strip());
    if (!m.matches() || !MILITARY.contains(m.group(1).toLowerCase(Locale.ROOT))
        || scope.country().isEmpty()) {
      return Optional.empty();
    }
    return forces(MILITARY_KIND, scope);
  }

  /** A country's name written as a word ("Burundi"), not a code ("US") or a common word. */
  private Optional<String> countryByName(String word) {
    String w = word.replaceAll("['’]s$", "");
    boolean name = w.length() > 3 && Character.isUpperCase(w.charAt(0))
        && !w.equals(w.toUpperCase(Locale.ROOT));
    return name ? dictionary.countryCode(w) : Optional.empty();
  }

  /** The country's forces of a kind; "the military" falls back to "security forces". */
  private Optional<Actor> forces(String kind, ActorScope scope) {
    Optional<Actor> found = dictionary.resolve(kind, scope);
    return kind.equals(MILITARY_KIND)
        ? found.or(() -> dictionary.resolve("security forces", scope)) : found;
  }
}
