package org.sitrep.normalize;

import java.util.List;
import org.sitrep.model.Candidate;
import org.sitrep.model.Rejection;

/**
 * The mentions of one article coded as candidate events (one each, not yet merged, in text order),
 * and those rejected.
 */
public record Coding(List<Candidate> candidates, List<Rejection> rejections) {
  public Coding {
    candidates = List.copyOf(candidates);
    rejections = List.copyOf(rejections);
  }
}
