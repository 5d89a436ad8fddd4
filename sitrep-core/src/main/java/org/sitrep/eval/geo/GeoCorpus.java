package org.sitrep.eval.geo;

import java.util.List;
import java.util.Objects;

/**
 * A geocoding gold corpus as read: its name ("GeoWebNews", "GeoVirus") and its articles.
 *
 * <pre>{@code
 * GeoCorpus gold = GeoCorpusReader.read(Path.of("GWN.xml"));
 * }</pre>
 */
public record GeoCorpus(String name, List<GeoArticle> articles) {
  public GeoCorpus {
    Objects.requireNonNull(name, "name");
    articles = List.copyOf(articles);
  }

  /** The first {@code n} articles. */
  public GeoCorpus first(int n) {
    return new GeoCorpus(name, articles.subList(0, Math.min(n, articles.size())));
  }
}
