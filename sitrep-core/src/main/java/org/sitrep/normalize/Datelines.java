package org.sitrep.normalize;

import java.util.Optional;
import org.sitrep.actor.ActorKnowledgeBase;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.place.PlaceNames;
import org.sitrep.place.PlaceRanker;

/** What a report's dateline ("KYIV, Ukraine", "SRINAGAR:") says: its place and its country. */
final class Datelines {
  private Datelines() {}

  /** The country of the dateline ("KYIV, Ukraine", "SRINAGAR:"), as written or as its place's. */
  static Optional<String> country(AnnotatedArticle article,
      ActorKnowledgeBase dictionary, PlaceRanker ranker) {
    return article.article().metadata().datelinePlace().flatMap(name -> {
      String[] parts = name.split(",");
      Optional<String> written = parts.length > 1
          ? dictionary.countryCode(parts[parts.length - 1].strip()) : Optional.empty();
      return written.or(() -> ranker.resolve(PlaceNames.unshouted(parts[0].strip()),
          Optional.empty()).map(Place::iso3));
    });
  }

  /** The place the report was filed from ("SRINAGAR:", "KABUL, May 3 (Reuters) -"). */
  static Optional<StoryContext.Named<Place>> place(AnnotatedArticle article, PlaceRanker ranker,
      Optional<String> country) {
    Optional<String> name = article.article().metadata().datelinePlace();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    // "KYIV, Ukraine": the town is the part before the comma; the country or region after it
    // is read in the story's country.
    String town = name.get().split(",")[0].strip();
    String text = article.article().text();
    java.util.Locale root = java.util.Locale.ROOT;
    int at = text.toLowerCase(root).indexOf(town.toLowerCase(root));
    if (at < 0) {
      return Optional.empty();
    }
    Evidence words = new Evidence("location", text.substring(at, at + town.length()), at,
        at + town.length());
    // "GAO, May 3": a town's name in capitals is its name, not an abbreviation.
    return ranker.resolve(PlaceNames.unshouted(town), country).filter(p -> !p.isArea())
        .map(p -> new StoryContext.Named<>(p, words, 0));
  }
}
