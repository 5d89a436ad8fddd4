package org.sitrep.actor;

import java.util.Objects;
import org.sitrep.model.Actor;

/**
 * An actor alias found in a text.
 *
 * @param actor the actor the alias names in the story's country
 * @param start offset of the alias's first character in the text
 * @param end offset just past its last character
 * @param alias the table's alias that matched (the text's own spelling is at start-end)
 * @param source the table and line of the row that decided, e.g. "actors.tsv:42"
 */
public record ActorMatch(Actor actor, int start, int end, String alias, String source) {
  public ActorMatch {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(source, "source");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad match offsets " + start + "-" + end);
    }
  }
}
