package org.sitrep.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.sitrep.ingest.InputProblem;

/**
 * Small gold and system events for the articles scorer's tests, written as the JSON lines they are
 * read from: a base event (a clash in the invented Ytown, Xland) with the fields a test changes.
 */
final class ArticleFixtures {
  static final String SENTENCE =
      "Fighters of the Northern Front stormed army posts in Ytown on Sunday.";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String GOLD =
      """
      {"article": "a1", "published": "2024-03-11", "event_date": "2024-03-10",
       "date_window_days": 0, "event_type": "Battles", "sub_event_type": "Armed clash",
       "actor1": ["northern front"], "actor2": ["military forces of xland", "xland army"],
       "location": "Ytown", "latitude": 36.0, "longitude": 66.8, "country": "Xland",
       "admin1": "North", "fatalities": 0, "evidence": "%s", "geo_level": "town",
       "alt_locations": [], "alt_types": [], "fatalities_alt": [], "swap_ok": false,
       "actor2_may_be_empty": false, "optional": false, "evidence_more": []}
      """
          .replace("%s", SENTENCE);

  private static final String SYSTEM =
      """
      {"article": "texts/a1.txt", "event_date": "2024-03-10", "event_type": "Battles",
       "sub_event_type": "Armed clash", "actor1": "Northern Front", "assoc_actor_1": null,
       "actor2": "Military Forces of Xland", "assoc_actor_2": null, "country": "Xland",
       "admin1": "North", "location": "Ytown", "latitude": 36.0, "longitude": 66.8,
       "fatalities": 0, "evidence": [{"field": "sentence", "text": "%s"}]}
      """
          .replace("%s", SENTENCE);

  private ArticleFixtures() {}

  /** The base gold event with {@code changes} (a JSON object) applied. */
  static ArticleGoldEvent gold(String changes) {
    try {
      return ArticleGoldReader.event(new JsonRecord("gold.jsonl:1", merged(GOLD, changes)));
    } catch (InputProblem e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  static ArticleGoldEvent gold() {
    return gold("{}");
  }

  /** The base system event with {@code changes} applied. */
  static SystemEvent system(String changes) {
    return SystemEvent.fromJson(merged(SYSTEM, changes));
  }

  static SystemEvent system() {
    return system("{}");
  }

  /** A system event read from {@code sentence}. */
  static SystemEvent readFrom(String sentence, String changes) {
    ObjectNode n = merged(SYSTEM, changes);
    n.putArray("evidence").addObject().put("field", "sentence").put("text", sentence);
    return SystemEvent.fromJson(n);
  }

  private static ObjectNode merged(String base, String changes) {
    try {
      ObjectNode n = (ObjectNode) MAPPER.readTree(base);
      n.setAll((ObjectNode) MAPPER.readTree(changes));
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
