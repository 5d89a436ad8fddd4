package org.sitrep.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMetadata;
import org.sitrep.model.DateSource;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

/**
 * Made-up articles and their events for {@code sitrep bench store}, generated in code and
 * deterministic: article {@code k} is the same on every run and every thread, whatever order the
 * articles are made in. Events are spread over forty countries (random points in a box around
 * each), two years of dates, all 25 sub-event types in turn and a few hundred actor names, so that
 * few of them are reports of one event and merging on store does not dominate the time.
 */
final class SyntheticEvents {
  static final int EVENTS_PER_ARTICLE = 4;
  static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  static final int DAYS = 730;
  private static final long SEED = 20_240_101L;

  /** A country with a box its events fall in: min and max latitude, min and max longitude. */
  record Country(String name, String iso3, double minLat, double maxLat, double minLon,
      double maxLon) {
    /** {@code minLon,minLat,maxLon,maxLat}, as the API's {@code bbox} takes it. */
    String bbox() {
      return String.format(Locale.ROOT, "%.2f,%.2f,%.2f,%.2f", minLon, minLat, maxLon, maxLat);
    }
  }

  static final List<Country> COUNTRIES = List.of(
      new Country("Syria", "SYR", 33.0, 36.8, 36.0, 41.5),
      new Country("Iraq", "IRQ", 30.5, 36.8, 39.5, 47.5),
      new Country("Yemen", "YEM", 13.0, 17.5, 43.0, 52.0),
      new Country("Ukraine", "UKR", 46.5, 51.5, 24.0, 39.5),
      new Country("Russia", "RUS", 50.5, 56.0, 36.0, 46.0),
      new Country("Afghanistan", "AFG", 31.0, 37.0, 62.0, 70.5),
      new Country("Pakistan", "PAK", 25.0, 35.5, 62.0, 75.0),
      new Country("India", "IND", 11.0, 31.0, 72.0, 88.0),
      new Country("Myanmar", "MMR", 16.0, 26.0, 93.5, 98.5),
      new Country("Philippines", "PHL", 6.0, 18.0, 120.5, 126.0),
      new Country("Sudan", "SDN", 10.0, 21.0, 23.5, 36.0),
      new Country("South Sudan", "SSD", 4.0, 11.5, 25.0, 33.5),
      new Country("Ethiopia", "ETH", 4.5, 14.5, 34.5, 44.5),
      new Country("Somalia", "SOM", -1.0, 11.0, 41.5, 50.5),
      new Country("Kenya", "KEN", -4.0, 4.5, 34.5, 41.0),
      new Country("Nigeria", "NGA", 5.0, 13.5, 3.5, 14.0),
      new Country("Niger", "NER", 12.0, 20.0, 1.0, 14.5),
      new Country("Mali", "MLI", 11.0, 20.0, -11.5, 3.5),
      new Country("Burkina Faso", "BFA", 10.0, 14.5, -5.0, 2.0),
      new Country("Chad", "TCD", 8.5, 19.0, 14.5, 23.0),
      new Country("Cameroon", "CMR", 3.0, 12.0, 9.5, 15.5),
      new Country("Central African Republic", "CAF", 3.0, 10.5, 15.0, 26.5),
      new Country("Democratic Republic of Congo", "COD", -10.0, 4.5, 13.0, 30.5),
      new Country("Mozambique", "MOZ", -25.0, -11.0, 32.5, 40.5),
      new Country("Libya", "LBY", 25.0, 32.5, 10.5, 24.5),
      new Country("Egypt", "EGY", 23.0, 31.0, 25.5, 34.5),
      new Country("Israel", "ISR", 30.0, 33.0, 34.3, 35.6),
      new Country("Palestine", "PSE", 31.25, 32.5, 34.2, 35.5),
      new Country("Lebanon", "LBN", 33.1, 34.6, 35.2, 36.5),
      new Country("Turkey", "TUR", 36.5, 41.5, 27.0, 44.0),
      new Country("Iran", "IRN", 26.0, 38.0, 45.0, 60.5),
      new Country("Colombia", "COL", 1.0, 11.0, -77.5, -70.0),
      new Country("Mexico", "MEX", 16.0, 31.0, -115.0, -90.0),
      new Country("Brazil", "BRA", -30.0, -3.0, -60.0, -36.0),
      new Country("Venezuela", "VEN", 2.0, 11.5, -72.0, -61.0),
      new Country("Haiti", "HTI", 18.1, 19.9, -74.3, -71.7),
      new Country("Bangladesh", "BGD", 21.0, 26.5, 88.5, 92.5),
      new Country("Georgia", "GEO", 41.2, 43.5, 40.5, 46.5),
      new Country("Armenia", "ARM", 39.0, 41.2, 43.5, 46.5),
      new Country("Azerbaijan", "AZE", 38.5, 41.8, 45.0, 50.3));

  private static final String[] GROUP_WORDS_1 = {"Northern", "Southern", "Eastern", "Western",
      "Free", "United", "Popular", "Islamic", "National", "Revolutionary", "Patriotic",
      "Liberation", "Democratic", "Tribal", "Border", "Highland", "River", "Desert", "Coastal",
      "Valley"};
  private static final String[] GROUP_WORDS_2 = {"Front", "Army", "Brigade", "Movement",
      "Defence Forces"};

  /** Words every note has one of, for the {@code q} filter. */
  static final List<String> VERBS = List.of("clashed with", "struck", "shelled", "attacked",
      "detained", "protested against", "rioted against", "seized ground from");

  /** One article and its events. */
  record Report(Article article, List<Event> events) {}

  private SyntheticEvents() {}

  /** The actor names the events use: per country, the state's forces and its civilians; armed groups. */
  static List<String> actorNames() {
    List<String> names = new ArrayList<>();
    for (Country c : COUNTRIES) {
      names.add(stateForces(c));
      names.add(police(c));
      names.add(civilians(c));
      names.add(protesters(c));
      names.add(rioters(c));
    }
    for (String first : GROUP_WORDS_1) {
      for (String second : GROUP_WORDS_2) {
        names.add(first + " " + second);
      }
    }
    return names;
  }

  /** How many articles hold {@code events} events: the last one may hold fewer. */
  static int articles(int events) {
    return (events + EVENTS_PER_ARTICLE - 1) / EVENTS_PER_ARTICLE;
  }

  /**
   * Article {@code k} of a run of {@code total} events: {@link #EVENTS_PER_ARTICLE} events, fewer
   * in the last; event {@code i} of the run has sub-event type {@code i mod 25}.
   */
  static Report report(int k, int total) {
    SplittableRandom random = new SplittableRandom(SEED + 7919L * k);
    int first = k * EVENTS_PER_ARTICLE;
    int count = Math.min(EVENTS_PER_ARTICLE, total - first);
    String id = "bench-" + k;
    String title = "Synthetic report " + k;
    StringBuilder text = new StringBuilder(title).append('\n');
    List<Event> events = new ArrayList<>(count);
    LocalDate published = FIRST_DAY;
    for (int j = 0; j < count; j++) {
      int i = first + j;
      SubEventType type = SubEventType.values()[i % SubEventType.values().length];
      Country country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
      LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
      published = day.isAfter(published) ? day : published;
      double lat = country.minLat() + random.nextDouble() * (country.maxLat() - country.minLat());
      double lon = country.minLon() + random.nextDouble() * (country.maxLon() - country.minLon());
      String town = "Site " + Integer.toString(random.nextInt(1_000_000), 36).toUpperCase(Locale.ROOT);
      Place place = new Place(0, town, round(lat), round(lon), "PPL", country.name(),
          country.iso3(), country.name() + " Province " + (1 + random.nextInt(12)), "", 
          1_000 + random.nextInt(500_000));
      Actor actor1 = actor1(type, country, random);
      Optional<Actor> actor2 = actor2(type, country, random);
      String verb = VERBS.get(random.nextInt(VERBS.size()));
      String sentence = "On " + day + ", " + actor1.name() + " " + verb + " "
          + actor2.map(Actor::name).orElse("positions") + " near " + town + ", "
          + country.name() + ".";
      int at = text.length() + sentence.indexOf(verb);
      text.append(sentence).append(' ');
      int fatalities = random.nextInt(10) < 6 ? 0 : random.nextInt(40);
      events.add(new Event(id + "-" + j, id, Optional.of(day), TimePrecision.DAY, type,
          Optional.of(actor1), List.of(), actor2, List.of(), Optional.of(place),
          GeoPrecision.EXACT, "Synthetic", sentence, fatalities, random.nextInt(5), 0, "190",
          "ASSAULT", Modality.ASSERTED, 0.5 + random.nextInt(50) / 100.0,
          List.of(new Evidence("sub_event_type", verb, at, at + verb.length(), "trigger"))));
    }
    ArticleMetadata metadata = new ArticleMetadata(title, "Synthetic", Optional.of(published),
        DateSource.META, Optional.empty(), Optional.empty(),
        Optional.of("https://bench.invalid/" + id), Optional.of("en"),
        new Span(0, title.length()), List.of());
    return new Report(new Article(id, text.toString().strip(), metadata), events);
  }

  private static Actor actor1(SubEventType type, Country c, SplittableRandom random) {
    EventType kind = type.eventType();
    if (kind == EventType.PROTESTS) {
      return new Actor(protesters(c), 6, "", c.iso3(), false);
    }
    if (kind == EventType.RIOTS) {
      return new Actor(rioters(c), 5, "", c.iso3(), false);
    }
    return random.nextBoolean()
        ? new Actor(random.nextBoolean() ? stateForces(c) : police(c), 1, c.iso3() + "MIL",
            c.iso3(), false)
        : group(random);
  }

  private static Optional<Actor> actor2(SubEventType type, Country c, SplittableRandom random) {
    EventType kind = type.eventType();
    if (kind == EventType.VIOLENCE_AGAINST_CIVILIANS || random.nextInt(4) == 0) {
      return Optional.of(new Actor(civilians(c), 7, c.iso3() + "CVL", c.iso3(), false));
    }
    if (kind == EventType.PROTESTS && type != SubEventType.PEACEFUL_PROTEST) {
      return Optional.of(new Actor(police(c), 1, c.iso3() + "COP", c.iso3(), false));
    }
    return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(group(random));
  }

  private static Actor group(SplittableRandom random) {
    return new Actor(GROUP_WORDS_1[random.nextInt(GROUP_WORDS_1.length)] + " "
        + GROUP_WORDS_2[random.nextInt(GROUP_WORDS_2.length)], 2, "", "", false);
  }

  private static String stateForces(Country c) {
    return "Military Forces of " + c.name();
  }

  private static String police(Country c) {
    return "Police Forces of " + c.name();
  }

  private static String civilians(Country c) {
    return "Civilians (" + c.name() + ")";
  }

  private static String protesters(Country c) {
    return "Protesters (" + c.name() + ")";
  }

  private static String rioters(Country c) {
    return "Rioters (" + c.name() + ")";
  }

  private static double round(double degrees) {
    return Math.round(degrees * 100_000) / 100_000.0;
  }
}
