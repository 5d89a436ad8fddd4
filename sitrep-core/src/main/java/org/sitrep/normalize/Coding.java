package org.sitrep.normalize;

import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.Rejection;

/** The mentions of one article coded as events (one each, not yet merged), and those rejected. */
public record Coding(List<Event> events, List<Rejection> rejections) {
  public Coding {
    events = List.copyOf(events);
    rejections = List.copyOf(rejections);
  }
}
