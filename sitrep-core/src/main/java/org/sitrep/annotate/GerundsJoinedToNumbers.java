package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mends one misreading of two participles in a row: "killing three and burning scores of
 * houses" may be parsed as "killing [three and burning] scores of houses", with "burning" joined
 * to the number as if it were a second number and the number counting the houses. The killing
 * then seems to take the houses, and its toll is lost. A number is never joined to a gerund, so
 * the number becomes the first participle's object again, the second participle joins the first,
 * and the noun after it becomes its object.
 */
final class GerundsJoinedToNumbers {
  private GerundsJoinedToNumbers() {}

  /** The sentence with each such misreading mended; the same sentence when there is none. */
  static Sentence mend(Sentence parsed) {
    for (Dependency joined : parsed.basicDependencies()) {
      Optional<Misreading> m = misreading(parsed, joined);
      if (m.isPresent()) {
        return mend(parsed.withParse(m.get().rewire(parsed.dependencies()),
            m.get().rewire(parsed.basicDependencies())));
      }
    }
    return parsed;
  }

  /**
   * The participles, number and noun when {@code d} joins a gerund to a number that counts the
   * noun after the gerund, and that noun is the object of a participle before the number.
   */
  private static Optional<Misreading> misreading(Sentence s, Dependency d) {
    int number = d.governor();
    int gerund = d.dependent();
    if (!d.relation().startsWith("conj") || number < 0 || number > gerund
        || !s.tokens().get(number).pos().equals("CD")
        || !s.tokens().get(gerund).pos().equals("VBG")) {
      return Optional.empty();
    }
    for (Dependency counts : s.basicDependencies()) {
      int noun = counts.governor();
      if (counts.dependent() == number && counts.relation().equals("nummod") && noun > gerund) {
        for (Dependency obj : s.basicDependencies()) {
          int first = obj.governor();
          if (obj.dependent() == noun && obj.relation().equals("obj") && first >= 0
              && first < number && s.tokens().get(first).pos().equals("VBG")) {
            return Optional.of(new Misreading(first, number, gerund));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "killing(first) three(number) and burning(gerund) scores of houses". The noun the number
   * counts is looked up in each graph: the basic tree has "scores", the enhanced graph, which reads
   * "scores of" as a quantity, "houses", with the gerund counting it too.
   */
  private record Misreading(int first, int number, int gerund) {
    List<Dependency> rewire(List<Dependency> arcs) {
      Optional<Integer> counted = arcs.stream()
          .filter(d -> d.dependent() == number && d.relation().equals("nummod")
              && arcs.contains(new Dependency(first, d.governor(), "obj")))
          .map(Dependency::governor).findFirst();
      if (counted.isEmpty()) {
        return arcs;
      }
      int noun = counted.get();
      List<Dependency> out = new ArrayList<>(arcs.size() + 1);
      for (Dependency d : arcs) {
        if (d.governor() == first && d.dependent() == noun) {
          out.add(new Dependency(first, number, d.relation()));
        } else if (d.governor() == noun && (d.dependent() == number || d.dependent() == gerund)) {
          continue;
        } else if (d.governor() == number && d.dependent() == gerund) {
          out.add(new Dependency(first, gerund, d.relation()));
        } else {
          out.add(d);
        }
      }
      Dependency object = new Dependency(gerund, noun, "obj");
      if (!out.contains(object)) {
        out.add(object);
      }
      return out;
    }
  }
}
