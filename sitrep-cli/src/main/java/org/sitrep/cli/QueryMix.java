package org.sitrep.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sitrep.model.SubEventType;

/**
 * The query strings {@code sitrep bench store} sends to {@code GET /api/events}: a fixed mix of
 * the filters people use (date range, bounding box, country, sub-event type, actor, full text,
 * and combinations), each with {@code limit=100}, over the values {@link SyntheticEvents} made.
 * Deterministic: request {@code i} is the same on every run.
 */
final class QueryMix {
  private static final String[] ACTOR_WORDS = {"military", "police", "civilians", "protesters",
      "brigade", "front", "liberation", "sudan", "syria", "ukraine"};
  private static final String[] TEXT_WORDS = {"shelled", "struck", "detained", "attacked",
      "clashed", "rioted", "seized", "\"military forces\""};
  static final int KINDS = 8;
  /** What request {@code i} filters on, by {@code i % KINDS}: for latencies by kind. */
  static final java.util.List<String> KIND_NAMES = java.util.List.of("dates", "bbox", "country",
      "sub_event_type", "actor", "q", "country+dates", "type+bbox+dates");

  private QueryMix() {}

  /** The path and query of request {@code i}, e.g. {@code /api/events?country=SYR&limit=100}. */
  static String request(int i) {
    SplittableRandom random = new SplittableRandom(31L * i + 17);
    SyntheticEvents.Country country =
        SyntheticEvents.COUNTRIES.get(random.nextInt(SyntheticEvents.COUNTRIES.size()));
    SubEventType type = SubEventType.values()[random.nextInt(SubEventType.values().length)];
    String query = switch (i % KINDS) {
      case 0 -> dates(random, 30);
      case 1 -> "bbox=" + box(country, random);
      case 2 -> "country=" + country.iso3();
      case 3 -> "sub_event_type=" + encode(type.label());
      case 4 -> "actor=" + ACTOR_WORDS[random.nextInt(ACTOR_WORDS.length)];
      case 5 -> "q=" + encode(TEXT_WORDS[random.nextInt(TEXT_WORDS.length)]);
      case 6 -> "country=" + encode(country.name().toLowerCase(Locale.ROOT)) + "&"
          + dates(random, 90);
      default -> "sub_event_type=" + encode(type.label()) + "&bbox=" + country.bbox() + "&"
          + dates(random, 365);
    };
    return "/api/events?" + query + "&limit=100";
  }

  /** A window of {@code days} days within the two years the events fall in. */
  private static String dates(SplittableRandom random, int days) {
    LocalDate from = SyntheticEvents.FIRST_DAY.plusDays(
        random.nextInt(SyntheticEvents.DAYS - days));
    return "from=" + from + "&to=" + from.plusDays(days - 1);
  }

  /** A box of about 2° × 2° inside the country's box. */
  private static String box(SyntheticEvents.Country c, SplittableRandom random) {
    double width = Math.min(2, c.maxLon() - c.minLon());
    double height = Math.min(2, c.maxLat() - c.minLat());
    double lon = c.minLon() + random.nextDouble() * (c.maxLon() - c.minLon() - width);
    double lat = c.minLat() + random.nextDouble() * (c.maxLat() - c.minLat() - height);
    return String.format(Locale.ROOT, "%.3f,%.3f,%.3f,%.3f", lon, lat, lon + width, lat + height);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
