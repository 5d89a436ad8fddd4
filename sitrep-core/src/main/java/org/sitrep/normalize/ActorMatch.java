package org.sitrep.normalize;

import java.util.Objects;
import org.sitrep.model.Actor;

/**
 * An actor alias found in a text.
 *
 * @param actor the actor the alias names in the story's country
 * @param start offset of the alias's first character in the text
 * @param end offset just past its last character
 * @param alias the dictionary's alias that matched (the text's own spelling is at start-end)
 */
public record ActorMatch(Actor actor, int start, int end, String alias) {
  public ActorMatch {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(alias, "alias");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad match offsets " + start + "-" + end);
    }
  }
}
