package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.InputProblem;

/**
 * Reads saved system events: JSON Lines as {@code sitrep extract --format jsonl} and score.py's
 * {@code --save-sys} write them. Records without "event_type" (the rejected candidates that {@code
 * --explain} adds) are skipped, as score.py skips them.
 *
 * <pre>{@code
 * List<SystemEvent> events = new SavedEventReader().read(path).stream()
 *     .map(SystemEvent::fromJson).toList();
 * }</pre>
 */
public final class SavedEventReader {
  /** The event records of the file, as JSON objects in file order. */
  public List<JsonNode> read(Path file) throws InputProblem {
    List<JsonNode> events = new ArrayList<>();
    for (JsonRecord r : JsonLines.read(file)) {
      if (r.has("event_type")) {
        events.add(r.node());
      }
    }
    return events;
  }
}
