package org.sitrep.annotate;

import java.util.Objects;

/**
 * A Universal Dependencies arc between token indices of one sentence; {@code governor} is -1 for
 * the root. {@code relation} includes its subtype, e.g. "obl:agent", "nmod:poss".
 */
public record Dependency(int governor, int dependent, String relation) {
  public Dependency {
    Objects.requireNonNull(relation, "relation");
  }

  /** The relation without its subtype: "obl" for "obl:agent". */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
