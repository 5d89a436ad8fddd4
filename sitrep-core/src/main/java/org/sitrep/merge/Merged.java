package org.sitrep.merge;

import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.Rejection;

/** One article's events, one record each, and the candidates that merging set aside and why. */
public record Merged(List<Event> events, List<Rejection> rejections) {
  public Merged {
    events = List.copyOf(events);
    rejections = List.copyOf(rejections);
  }
}
