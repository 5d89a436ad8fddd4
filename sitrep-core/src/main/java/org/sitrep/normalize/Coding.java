package org.sitrep.normalize;

import java.util.List;
import org.sitrep.model.Candidate;
import org.sitrep.model.Rejection;
import org.sitrep.model.StoryKind;

/**
 * The mentions of one article coded as candidate events (one each, not yet merged, in text order),
 * those rejected, and the kind of story the article is.
 */
public record Coding(List<Candidate> candidates, List<Rejection> rejections, StoryKind story) {
  public Coding {
    java.util.Objects.requireNonNull(story, "story");
    candidates = List.copyOf(candidates);
    rejections = List.copyOf(rejections);
  }
}
