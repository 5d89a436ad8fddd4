package org.sitrep.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMetadata;
import org.sitrep.model.DateSource;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

/** Hand-made articles and events for the API's tests. */
final class Samples {
  static final Place ALEPPO = new Place(170063, "Aleppo", 36.20124, 37.16117, "PPLA", "Syria",
      "SYR", "Aleppo", "Jebel Saman", 1_602_264);
  static final Place KHARKIV = new Place(706483, "Kharkiv", 49.98081, 36.25272, "PPLA",
      "Ukraine", "UKR", "Kharkivska", "Kharkivskyi", 1_430_885);

  private Samples() {}

  static Article article(String id, String text) {
    int titleEnd = text.indexOf('\n');
    return new Article(id, text, new ArticleMetadata(text.substring(0, titleEnd), "Reuters",
        Optional.of(LocalDate.of(2025, 3, 12)), DateSource.META, Optional.empty(),
        Optional.empty(), Optional.of("https://example.org/" + id), Optional.of("en"),
        new Span(0, titleEnd), List.of()));
  }

  /** An event whose trigger is the first {@code trigger} in the article's text. */
  static Event event(Article a, String id, String date, SubEventType type, String actor1,
      String actor2, Place place, int fatalities, String trigger) {
    int at = a.text().indexOf(trigger);
    return new Event(id, a.id(), Optional.ofNullable(date).map(LocalDate::parse),
        TimePrecision.DAY, type, Optional.of(new Actor(actor1, 1, "", "", false)), List.of(),
        Optional.ofNullable(actor2).map(n -> new Actor(n, 7, "", "", false)), List.of(),
        Optional.ofNullable(place), GeoPrecision.EXACT, "Reuters",
        "Notes, with a comma and \"quotes\"", fatalities, 0, 0, "190", "ASSAULT",
        Modality.ASSERTED, 0.8,
        List.of(new Evidence("sub_event_type", trigger, at, at + trigger.length(), "trigger")));
  }
}
