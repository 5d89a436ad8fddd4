package org.sitrep.export;

import java.io.IOException;
import org.sitrep.pipeline.ExtractionResult;

/**
 * Writes the events of one article after another in one output format. One writer serves one
 * output and one thread; call {@link #finish()} once after the last article, for formats that end
 * with a footer (the closing bracket of a JSON array). Neither method closes the underlying output.
 */
public interface EventWriter {
  /**
   * Writes one article's events and, when the writer explains, its rejected candidates.
   *
   * @param article the article's id, as in {@link org.sitrep.model.Article#id()}
   */
  void write(String article, ExtractionResult result) throws IOException;

  /** Ends the output and flushes it. Writes a complete, valid document even after no articles. */
  void finish() throws IOException;
}
