package org.sitrep.store.postgres;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Article;
import org.sitrep.store.StoreResult;

/**
 * A second process for {@link EmbeddedServerIT}: stores one fixed article in the server at the
 * URL given as the only argument, and prints "stored" or "already stored".
 */
public final class StoreOneArticle {
  private StoreOneArticle() {}

  public static void main(String[] args) {
    Article article = Reports.article("race.txt", "Race\nTwo processes raced to store this.");
    try (PostgresStore store = Stores.open(Path.of("unused"), Optional.of(args[0]), Map.of())) {
      StoreResult result = store.store(article, List.of(Reports.full(article, "SR000010")));
      System.out.println(result.stored() ? "stored" : "already stored");
    }
  }
}
