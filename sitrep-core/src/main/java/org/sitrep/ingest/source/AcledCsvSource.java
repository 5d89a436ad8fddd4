package org.sitrep.ingest.source;

import java.io.InputStream;
import java.util.Optional;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.SourceItem;

/** PLACEHOLDER: being written. */
final class AcledCsvSource implements ArticleSource {
  private final String id;
  private boolean done;

  AcledCsvSource(String id, InputStream in, ReadOptions options) {
    this.id = id;
  }

  @Override
  public Optional<SourceItem> next() {
    if (done) {
      return Optional.empty();
    }
    done = true;
    return Optional.of(new SourceItem.Broken(id, "this kind of input is not read yet"));
  }

  @Override
  public void close() {}
}
