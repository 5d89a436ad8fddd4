package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import org.sitrep.export.EventWriter;
import org.sitrep.export.OutputFormat;
import org.sitrep.pipeline.ExtractionResult;

/**
 * Where {@code sitrep watch} writes events: standard output, or with {@code --out DIR} a file per
 * day (UTC) in DIR, {@code events-2026-11-30.jsonl}, appended to as events come, so that a
 * watch left running for weeks gives files a day's work apart. A CSV file gets its header once.
 */
abstract class WatchOutput {
  abstract void write(String article, ExtractionResult result) throws IOException;

  /** Ends the output; for standard output, the format's footer. */
  abstract void finish() throws IOException;

  static WatchOutput of(PrintWriter out, OutputFormat format) {
    EventWriter writer = format.open(out, false);
    return new WatchOutput() {
      @Override
      void write(String article, ExtractionResult result) throws IOException {
        writer.write(article, result);
        // A watch runs for hours: events should show as they are found.
        out.flush();
      }

      @Override
      void finish() throws IOException {
        writer.finish();
      }
    };
  }

  /** @param format not JSON: an array cannot be appended to */
  static WatchOutput daily(Path dir, OutputFormat format, Clock clock) {
    if (format == OutputFormat.JSON) {
      throw new IllegalArgumentException("a JSON array cannot be appended to");
    }
    String extension = format == OutputFormat.TEXT ? "txt" : format.id();
    return new WatchOutput() {
      @Override
      void write(String article, ExtractionResult result) throws IOException {
        StringWriter text = new StringWriter();
        EventWriter writer = format.open(new PrintWriter(text), false);
        writer.write(article, result);
        writer.finish();
        String written = text.toString();
        if (written.isEmpty()) {
          return;
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("events-" + LocalDate.now(clock) + "." + extension);
        if (format == OutputFormat.CSV && Files.exists(file) && Files.size(file) > 0) {
          written = written.substring(written.indexOf('\n') + 1);
        }
        Files.writeString(file, written, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }

      @Override
      void finish() {}
    };
  }
}
