package org.sitrep.ingest;

import java.util.Objects;
import org.sitrep.model.Span;

/**
 * One non-blank line of a report: its text without surrounding whitespace or line break, and the
 * span of exactly that text in the article, so {@code article.substring(span)} equals {@code text}.
 */
record Line(Span span, String text) {
  Line {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
