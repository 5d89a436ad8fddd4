package org.sitrep.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.sitrep.model.Event;
import org.sitrep.model.Rejection;
import org.sitrep.pipeline.ExtractionResult;

/**
 * One pretty-printed JSON array of the events of all articles, streamed so that memory does not
 * grow with the input; with explain, rejected candidates are array items with {@code "rejected":
 * true}.
 */
final class JsonArrayWriter implements EventWriter {
  private final boolean explain;
  private final EventJson json = new EventJson();
  private final JsonGenerator generator;

  JsonArrayWriter(Writer out, boolean explain) {
    this.explain = explain;
    try {
      JsonFactory factory = new ObjectMapper().getFactory();
      this.generator = factory.createGenerator(out).useDefaultPrettyPrinter();
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(String article, ExtractionResult result) throws IOException {
    for (Event e : result.events()) {
      generator.writeTree(json.event(e));
    }
    if (explain) {
      for (Rejection r : result.rejections()) {
        generator.writeTree(json.rejection(article, r));
      }
    }
  }

  @Override
  public void finish() throws IOException {
    generator.writeEndArray();
    generator.writeRaw('\n');
    generator.close();
  }
}
