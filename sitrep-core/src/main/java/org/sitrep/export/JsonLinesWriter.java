package org.sitrep.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.sitrep.model.Event;
import org.sitrep.model.Rejection;
import org.sitrep.pipeline.ExtractionResult;

/**
 * JSON Lines: one event object per line; with explain, each rejected candidate follows its
 * article's events as an object with {@code "rejected": true}.
 */
final class JsonLinesWriter implements EventWriter {
  private final Writer out;
  private final boolean explain;
  private final EventJson json = new EventJson();
  private final ObjectMapper mapper =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  JsonLinesWriter(Writer out, boolean explain) {
    this.out = out;
    this.explain = explain;
  }

  @Override
  public void write(String article, ExtractionResult result) throws IOException {
    for (Event e : result.events()) {
      line(json.event(e));
    }
    if (explain) {
      for (Rejection r : result.rejections()) {
        line(json.rejection(article, r));
      }
    }
    // Flushed per article so that a long run shows its results as it goes.
    out.flush();
  }

  private void line(ObjectNode node) throws IOException {
    out.write(mapper.writeValueAsString(node));
    out.write('\n');
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
