package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.Rejection;

/** What one article yields: its events, and the candidates that were not coded and why. */
public record ExtractionResult(List<Event> events, List<Rejection> rejections, int tokens) {
  public ExtractionResult {
    events = List.copyOf(events);
    rejections = List.copyOf(rejections);
  }
}
