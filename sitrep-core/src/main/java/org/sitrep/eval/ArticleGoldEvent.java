package org.sitrep.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * One hand-coded event of an articles gold set ({@code gold.jsonl}), with the leeway its coder
 * allowed. The fields and their meaning are those of {@code shared/eval/articles/README.md}.
 *
 * @param eventDate ISO day as written; empty when the coder gave none
 * @param dateWindowDays how many days off a system's date may be and still pair
 * @param actor1 lowercase aliases of actor1, any of which a system's name may match
 * @param actor2 the same for actor2; empty when the event has none
 * @param location empty when not given
 * @param admin1 empty when not given
 * @param evidence the sentence that reports the event, verbatim; "" when not given
 * @param evidenceMore other sentences that report it
 * @param geoLevel "town", "admin1", "country" or "sea"; a country-level event pairs with any place
 *     in its country
 * @param altLocations other names of the place (lowercase)
 * @param altTypes other (event type, sub-event type) pairs a coder could defend
 * @param fatalitiesAlt other counts a coder could defend
 * @param swapOk the sides may be read the other way round (always so for Battles)
 * @param actor2MayBeEmpty a system that names no actor2 is right on it
 * @param optional an ACLED coder might or might not code it: never a miss, and a system event
 *     paired with it is not counted against precision
 */
public record ArticleGoldEvent(
    String article,
    Optional<String> eventDate,
    int dateWindowDays,
    String eventType,
    String subEventType,
    List<String> actor1,
    List<String> actor2,
    String location,
    OptionalDouble latitude,
    OptionalDouble longitude,
    String country,
    String admin1,
    int fatalities,
    String evidence,
    List<String> evidenceMore,
    String geoLevel,
    List<String> altLocations,
    List<TypePair> altTypes,
    List<Integer> fatalitiesAlt,
    boolean swapOk,
    boolean actor2MayBeEmpty,
    boolean optional) {
  /** An ACLED event type with one of its sub-event types. */
  public record TypePair(String eventType, String subEventType) {
    public TypePair {
      Objects.requireNonNull(eventType, "eventType");
      Objects.requireNonNull(subEventType, "subEventType");
    }
  }

  public ArticleGoldEvent {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(eventDate, "eventDate");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(subEventType, "subEventType");
    actor1 = List.copyOf(actor1);
    actor2 = List.copyOf(actor2);
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(latitude, "latitude");
    Objects.requireNonNull(longitude, "longitude");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(evidence, "evidence");
    evidenceMore = List.copyOf(evidenceMore);
    Objects.requireNonNull(geoLevel, "geoLevel");
    altLocations = List.copyOf(altLocations);
    altTypes = List.copyOf(altTypes);
    fatalitiesAlt = List.copyOf(fatalitiesAlt);
  }

  /** The coded type first, then the alternatives. */
  public List<TypePair> allowedTypes() {
    return Stream.concat(Stream.of(new TypePair(eventType, subEventType)), altTypes.stream())
        .toList();
  }

  public boolean countryLevel() {
    return geoLevel.equals("country");
  }
}
