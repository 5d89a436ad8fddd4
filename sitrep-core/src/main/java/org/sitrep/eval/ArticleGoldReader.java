package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.eval.ArticleGoldEvent.TypePair;
import org.sitrep.ingest.InputProblem;

/**
 * Reads an articles gold folder: {@code articles.jsonl} and {@code gold.jsonl} (fields in {@code
 * shared/eval/articles/README.md}). Fields score.py reads with a default may be absent; the others
 * must be there with their types. The first problem found is thrown, naming the file and line.
 * Texts are not read here: a missing text is one article's problem, found when it is run.
 */
public final class ArticleGoldReader {
  public ArticleGoldSet read(Path dir) throws InputProblem {
    if (!Files.isDirectory(dir)) {
      throw new InputProblem(
          dir.toString(), "no such folder; expected articles.jsonl, gold.jsonl and texts/ in it");
    }
    List<GoldArticle> articles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonRecord r : JsonLines.read(dir.resolve("articles.jsonl"))) {
      GoldArticle a = new GoldArticle(r.text("article"), r.date("published"), conflict(r),
          r.optionalText("source_page"));
      if (!ids.add(a.id())) {
        throw new InputProblem(r.where(), "article " + a.id() + " is listed twice");
      }
      articles.add(a);
    }
    List<ArticleGoldEvent> events = new ArrayList<>();
    for (JsonRecord r : JsonLines.read(dir.resolve("gold.jsonl"))) {
      ArticleGoldEvent g = event(r);
      if (!ids.contains(g.article())) {
        throw new InputProblem(
            r.where(), "article " + g.article() + " is not in articles.jsonl; add it there");
      }
      events.add(g);
    }
    return new ArticleGoldSet(dir, articles, events);
  }

  private static boolean conflict(JsonRecord r) throws InputProblem {
    if (!r.has("conflict")) {
      throw r.problem("conflict", "missing; expected true or false");
    }
    return r.flag("conflict");
  }

  /** One line of gold.jsonl. */
  static ArticleGoldEvent event(JsonRecord r) throws InputProblem {
    if (!r.has("event_date")) {
      throw r.problem("event_date", "missing; expected YYYY-MM-DD or null");
    }
    Optional<String> date = r.optionalText("event_date");
    if (date.isPresent()) {
      r.parseDay("event_date", date.get());
    }
    int window = r.integerOr("date_window_days", 0);
    if (window < 0) {
      throw r.problem("date_window_days", "must be 0 or more, was " + window);
    }
    return new ArticleGoldEvent(
        r.text("article"),
        date,
        window,
        r.text("event_type"),
        r.text("sub_event_type"),
        r.texts("actor1", true),
        r.texts("actor2", true),
        r.textOrEmpty("location"),
        r.number("latitude"),
        r.number("longitude"),
        r.text("country"),
        r.textOrEmpty("admin1"),
        r.integer("fatalities"),
        r.textOrEmpty("evidence"),
        r.texts("evidence_more", false),
        r.textOrEmpty("geo_level"),
        r.texts("alt_locations", false),
        typePairs(r),
        r.integers("fatalities_alt"),
        r.flag("swap_ok"),
        r.flag("actor2_may_be_empty"),
        r.flag("optional"));
  }

  private static List<TypePair> typePairs(JsonRecord r) throws InputProblem {
    String expected = "a list of [event type, sub-event type] pairs";
    List<TypePair> pairs = new ArrayList<>();
    for (JsonNode pair : r.array("alt_types", false, expected)) {
      if (!pair.isArray()
          || pair.size() != 2
          || !pair.get(0).isTextual()
          || !pair.get(1).isTextual()) {
        throw r.problem("alt_types", "expected " + expected);
      }
      pairs.add(new TypePair(pair.get(0).asText(), pair.get(1).asText()));
    }
    return pairs;
  }
}
