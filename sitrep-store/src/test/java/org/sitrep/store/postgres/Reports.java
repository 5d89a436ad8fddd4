package org.sitrep.store.postgres;

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

/** Articles and events made by hand, every field set, for the store's tests. */
final class Reports {
  private Reports() {}

  static Article article(String id, String text) {
    int titleEnd = text.indexOf('\n') < 0 ? 0 : text.indexOf('\n');
    return new Article(id, text, new ArticleMetadata(text.substring(0, titleEnd), "Reuters",
        Optional.of(LocalDate.of(2025, 3, 12)), DateSource.META, Optional.of("Aleppo"),
        Optional.of("By A. Writer"), Optional.of("https://example.org/" + id),
        Optional.of("en"), new Span(0, titleEnd), List.of()));
  }

  /** Aleppo, where {@link #full} places its events. */
  static final Place ALEPPO = new Place(170063, "Aleppo", 36.20124, 37.16117, "PPLA", "Syria",
      "SYR", "Aleppo", "Jebel Saman", 1_602_264);

  /** An event with every optional field present. */
  static Event full(Article article, String eventId) {
    return full(article, eventId, LocalDate.of(2025, 3, 11), ALEPPO, 3, 5);
  }

  /**
   * An event with every optional field present, on the day and at the place given: the army
   * shelling civilians, told by the article, with its own counts.
   */
  static Event full(Article article, String eventId, LocalDate day, Place place, int fatalities,
      int injured) {
    String text = article.text();
    int at = Math.max(0, text.indexOf("shelled"));
    return new Event(eventId, article.id(), Optional.of(day),
        TimePrecision.DAY, SubEventType.SHELLING_ARTILLERY_MISSILE,
        Optional.of(new Actor("Military Forces of Syria (2000-)", 1, "SYRMIL", "SYR", false)),
        List.of(new Actor("Militia (Pro-Government)", 3, "", "SYR", true)),
        Optional.of(new Actor("Civilians (Syria)", 7, "SYRCVL", "SYR", false)),
        List.of(),
        Optional.of(place), GeoPrecision.EXACT, "Reuters",
        "On " + day + ", the army shelled " + place.name() + ".", fatalities, injured, 0,
        "195", "ASSAULT", Modality.ASSERTED, 0.85,
        List.of(new Evidence("sub_event_type", "shelled", at, at + 7, "trigger"),
            new Evidence("fatalities", "three", 0, 5)));
  }

  /** An event with every optional field absent. */
  static Event bare(Article article, String eventId) {
    return new Event(eventId, article.id(), Optional.empty(), TimePrecision.MONTH,
        SubEventType.OTHER, Optional.empty(), List.of(), Optional.empty(), List.of(),
        Optional.empty(), GeoPrecision.REGION, "", "", 0, 0, 0, "", "", Modality.ASSERTED, 0.0,
        List.of());
  }
}
