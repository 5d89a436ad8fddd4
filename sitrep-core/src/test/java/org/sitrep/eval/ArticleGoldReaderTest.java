package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.InputProblem;

/** Reading an articles gold folder, and its refusals, which name the file and line. */
class ArticleGoldReaderTest {
  private static final String ARTICLES =
      """
      {"article": "clash_1", "published": "2024-03-11", "conflict": true}

      {"article": "control_1", "published": "2024-03-12", "conflict": false}
      """;
  private static final String GOLD =
      """
      {"article": "clash_1", "event_date": "2024-03-10", "event_type": "Battles", \
      "sub_event_type": "Armed clash", "actor1": ["northern front"], "actor2": [], \
      "country": "Xland", "fatalities": 2}
      """;

  @TempDir Path dir;

  private void write(String articles, String gold) throws IOException {
    Files.writeString(dir.resolve("articles.jsonl"), articles, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("gold.jsonl"), gold, StandardCharsets.UTF_8);
  }

  private String problem() {
    return assertThrows(InputProblem.class, () -> new ArticleGoldReader().read(dir)).getMessage();
  }

  @Test
  void readsArticlesAndEventsWithScorePyDefaults() throws Exception {
    write(ARTICLES, GOLD);
    ArticleGoldSet set = new ArticleGoldReader().read(dir);
    assertEquals(
        List.of(
            new GoldArticle("clash_1", LocalDate.of(2024, 3, 11), true),
            new GoldArticle("control_1", LocalDate.of(2024, 3, 12), false)),
        set.articles());
    ArticleGoldEvent g = set.events().get(0);
    assertEquals(Optional.of("2024-03-10"), g.eventDate());
    assertEquals(0, g.dateWindowDays());
    assertTrue(g.altTypes().isEmpty() && g.location().isEmpty() && !g.optional());
    assertTrue(g.latitude().isEmpty());
    assertEquals(dir.resolve("texts").resolve("clash_1.txt"), set.textFile(set.articles().get(0)));
    assertEquals(1, set.select(ArticleFilter.parse("!control")).articles().size());
  }

  @Test
  void aMissingFolderOrFileIsNamed() throws Exception {
    Path missing = dir.resolve("nowhere");
    InputProblem p = assertThrows(InputProblem.class, () -> new ArticleGoldReader().read(missing));
    assertEquals(
        missing + ": no such folder; expected articles.jsonl, gold.jsonl and texts/ in it",
        p.getMessage());
    Files.writeString(dir.resolve("articles.jsonl"), ARTICLES);
    assertEquals(dir.resolve("gold.jsonl") + ": no such file", problem());
  }

  @Test
  void aLineThatIsNotJsonIsNamedWithItsNumber() throws Exception {
    write(ARTICLES, GOLD + "{\"article\": \n");
    assertTrue(problem().startsWith(dir.resolve("gold.jsonl") + ":2: not JSON: "), problem());
  }

  @Test
  void aFieldOfTheWrongTypeOrMissingIsNamed() throws Exception {
    write(ARTICLES, GOLD.replace("\"fatalities\": 2", "\"fatalities\": \"two\""));
    assertEquals(dir.resolve("gold.jsonl") + ":1: fatalities: expected a whole number", problem());
    write(ARTICLES, GOLD.replace("\"event_type\": \"Battles\", ", ""));
    assertEquals(
        dir.resolve("gold.jsonl") + ":1: event_type: missing; expected a string", problem());
    write(ARTICLES, GOLD.replace("2024-03-10", "10 March 2024"));
    assertEquals(
        dir.resolve("gold.jsonl")
            + ":1: event_date: '10 March 2024' is not a day; expected YYYY-MM-DD",
        problem());
    write(ARTICLES.replace("\"conflict\": false", "\"conflict\": \"no\""), GOLD);
    assertEquals(dir.resolve("articles.jsonl") + ":3: conflict: expected true or false", problem());
  }

  @Test
  void goldOfAnUnlistedArticleAndTwiceListedArticlesAreRefused() throws Exception {
    write(ARTICLES, GOLD.replace("clash_1", "clash_2"));
    assertEquals(
        dir.resolve("gold.jsonl") + ":1: article clash_2 is not in articles.jsonl; add it there",
        problem());
    write(ARTICLES + ARTICLES, GOLD);
    assertEquals(dir.resolve("articles.jsonl") + ":4: article clash_1 is listed twice", problem());
  }
}
