package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes an indirect object with no direct object beside it the verb's object. An English verb
 * takes an indirect object only beside a direct one ("gave the police a list"), yet the parser
 * at times reads the one object of a verb as indirect, mostly when brackets or names follow it
 * ("air force targeted a command room in Qqq (Zzz)"), and the act then seems to have no target.
 */
final class LoneIndirectObjects {
  private LoneIndirectObjects() {}

  /** The parsed sentence with each lone indirect object made the verb's object, in both graphs. */
  static Sentence mend(Sentence parsed) {
    List<Dependency> lone = parsed.basicDependencies().stream()
        .filter(d -> d.relation().equals("iobj")
            && parsed.basicChildren(d.governor()).stream()
                .noneMatch(c -> c.relation().equals("obj")))
        .toList();
    if (lone.isEmpty()) {
      return parsed;
    }
    return parsed.withParse(relabelled(parsed.dependencies(), lone),
        relabelled(parsed.basicDependencies(), lone));
  }

  private static List<Dependency> relabelled(List<Dependency> arcs, List<Dependency> lone) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : arcs) {
      boolean isLone = lone.stream().anyMatch(l -> l.governor() == d.governor()
          && l.dependent() == d.dependent() && d.relation().equals("iobj"));
      out.add(isLone ? new Dependency(d.governor(), d.dependent(), "obj") : d);
    }
    return out;
  }
}
