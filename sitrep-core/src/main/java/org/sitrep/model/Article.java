package org.sitrep.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One news report as read by ingest: {@code id} names it (a path, URL or feed id), {@code text} is
 * the whole input and every offset in Sitrep points into it.
 */
public record Article(String id, String text, ArticleMetadata metadata) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
  }

  /** The spans that are not body text: the title and every caption or credit line. */
  public List<Span> nonBody() {
    List<Span> spans = new ArrayList<>(metadata.captions());
    if (metadata.titleSpan().length() > 0) {
      spans.add(metadata.titleSpan());
    }
    return spans;
  }

  /** True when the offset lies in the title or a caption. */
  public boolean isNonBody(int offset) {
    return nonBody().stream().anyMatch(s -> s.contains(offset));
  }
}
