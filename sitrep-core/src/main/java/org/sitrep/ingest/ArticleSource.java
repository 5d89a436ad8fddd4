package org.sitrep.ingest;

import java.io.Closeable;
import java.util.Optional;

/**
 * The articles of one input (a file, a URL, a feed, a JSON Lines file, a WARC crawl), one at a
 * time: a crawl may hold millions, so an implementation never holds the whole input in memory.
 * A record that cannot be read is a {@link SourceItem.Broken} and the next one follows; only a
 * failure that ends the input (it cannot be opened, its compression is cut off) ends the
 * iteration, as a last {@code Broken} item. Not thread-safe: one reader at a time.
 *
 * <pre>{@code
 * try (ArticleSource source = Sources.open("crawl.warc.gz", defaults)) {
 *   for (Optional<SourceItem> item = source.next(); item.isPresent(); item = source.next()) { ... }
 * }
 * }</pre>
 */
public interface ArticleSource extends Closeable {
  /** The next item, or empty when the input is done. Never throws for bad content. */
  Optional<SourceItem> next();

  /** Releases files and connections; never throws for a user's input. */
  @Override
  void close();
}
