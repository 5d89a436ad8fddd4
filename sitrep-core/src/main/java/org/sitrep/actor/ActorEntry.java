package org.sitrep.actor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Actor;

/**
 * One row of an actor table before a story's country and date are known. Descriptions such as
 * "gunmen" name a different actor in each country, so their name, CAMEO code and country are
 * patterns that {@link #actorIn} fills in.
 *
 * @param namePattern canonical name, possibly with {country}, {of country} and {period}
 * @param inter ACLED inter code the actor has in its own country
 * @param cameoPattern CAMEO code; a leading "*" stands for the actor's country code
 * @param iso3 the actor's country, "*" for the story's country, empty for international actors
 * @param generic true for descriptions that name no particular group
 * @param contexts story countries the aliases are limited to; empty means every story
 * @param period when the row applies, by the story's date
 * @param parent canonical name of the organisation this one belongs to; may be empty
 * @param affiliates canonical names of allied or affiliated organisations
 * @param source the table and line the row comes from, e.g. "actors.tsv:42"
 * @param when words one of which the story must say for the row to apply ("cartel", "gang");
 *     empty when the row applies whatever the story says
 */
record ActorEntry(
    String namePattern,
    int inter,
    String cameoPattern,
    String iso3,
    boolean generic,
    Set<String> contexts,
    Period period,
    String parent,
    List<String> affiliates,
    String source,
    Optional<StoryWords> when) {

  /** The name of rows that list phrases naming no actor (news sources, monitors). */
  static final String NO_ACTOR = "-";

  static final String STORY_COUNTRY = "*";
  private static final String UNNAMED_COUNTRY = " ({country})";
  private static final String UNNAMED_STATE = " of {of country}";
  private static final String PERIOD = "{period}";
  private static final int STATE_FORCES = 1;
  private static final int EXTERNAL_FORCES = 8;

  ActorEntry {
    contexts = Set.copyOf(contexts);
    affiliates = List.copyOf(affiliates);
  }

  boolean namesNoActor() {
    return NO_ACTOR.equals(namePattern);
  }

  boolean isContextual() {
    return !contexts.isEmpty();
  }

  boolean appliesIn(Optional<String> storyCountry) {
    return contexts.isEmpty() || storyCountry.map(contexts::contains).orElse(false);
  }

  /** Whether the story says one of the words the row needs, if it needs any. */
  boolean saidIn(ActorScope scope) {
    return when.map(w -> w.firstIn(scope.story()).isPresent()).orElse(true);
  }

  /** A key that tells actors apart: rows sharing it add aliases to one actor. */
  String identity() {
    return namePattern + "\t" + iso3;
  }

  /** This row with the actor-wide attributes of another row of the same actor (a later table's). */
  ActorEntry withAttributesOf(ActorEntry other) {
    return new ActorEntry(namePattern, other.inter, other.cameoPattern, iso3, other.generic,
        contexts, period, other.parent, other.affiliates, source, when);
  }

  /**
   * The actor this row stands for in a story of the given country and date. Empty when the row
   * needs a country the table does not know, e.g. "police" in a story whose country is unknown.
   */
  Optional<Actor> actorIn(ActorScope scope, Map<String, CountryName> countries) {
    String country = STORY_COUNTRY.equals(iso3) ? scope.country().orElse("") : iso3;
    Optional<String> name = name(countries.get(country), scope);
    if (name.isEmpty() || namesNoActor()) {
      return Optional.empty();
    }
    String cameo = cameoPattern.startsWith("*") ? country + cameoPattern.substring(1) : cameoPattern;
    return Optional.of(
        new Actor(name.get(), interIn(country, scope.country()), cameo, country, generic));
  }

  private Optional<String> name(CountryName country, ActorScope scope) {
    if (!namePattern.contains("{")) {
      return Optional.of(namePattern);
    }
    if (country == null) {
      // "Unidentified Armed Group ({country})" still reads well without its country, and so do
      // "Police Forces" and "Military Forces" when a report names no place ("Police arrested 14
      // activists on Tuesday"): the act is told, only the country is not.
      String bare = namePattern.replace(UNNAMED_COUNTRY, "").replace(UNNAMED_STATE, "")
          .replace(PERIOD, "");
      return bare.contains("{") ? Optional.empty() : Optional.of(bare);
    }
    String period = country.period(scope.date());
    return Optional.of(
        namePattern
            .replace("{of country}", country.nameAfterOf())
            .replace("{country}", country.name())
            .replace("{period}", period.isEmpty() ? "" : " (" + period + ")"));
  }

  /** ACLED counts another country's state forces as external forces (inter 8). */
  private int interIn(String country, Optional<String> storyCountry) {
    boolean foreign =
        !country.isEmpty() && storyCountry.isPresent() && !storyCountry.get().equals(country);
    return inter == STATE_FORCES && foreign ? EXTERNAL_FORCES : inter;
  }
}
