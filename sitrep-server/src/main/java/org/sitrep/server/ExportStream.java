package org.sitrep.server;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.StoredEvent;

/**
 * Writes one export: every event that passes the filter, read in one snapshot by
 * {@link EventQuery#each} and written as it comes. The status and headers are sent only with the
 * first event, or after a read that found none: a store that fails before then still fails the
 * request with a 503 and its JSON body, rather than a 200 with a cut body.
 */
final class ExportStream {
  /** How an export's format writes its events to the response. */
  interface Format {
    /** Starts the output on {@code out}: nothing is written to it before the first event. */
    Body open(Writer out) throws IOException;
  }

  /** One export's output. */
  interface Body {
    void event(StoredEvent event) throws IOException;

    /** After the last event, or after none: ends the document and flushes it. */
    void end() throws IOException;
  }

  private final Context ctx;
  private final String type;
  private final String file;
  private final Format format;
  private Writer out;
  private Body body;

  private ExportStream(Context ctx, String type, String file, Format format) {
    this.ctx = ctx;
    this.type = type;
    this.file = file;
    this.format = format;
  }

  /** Answers {@code ctx} with the events of {@code filter} as {@code format} writes them. */
  static void write(Context ctx, EventQuery query, EventFilter filter, String type, String file,
      Format format) throws IOException {
    ExportStream export = new ExportStream(ctx, type, file, format);
    try {
      query.each(filter, e -> export.started().event(e));
      export.started().end();
    } finally {
      if (export.out != null) {
        export.out.close();
      }
    }
  }

  private Body started() throws IOException {
    if (body == null) {
      ctx.status(200).contentType(type)
          .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
      out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
      body = format.open(out);
    }
    return body;
  }
}
