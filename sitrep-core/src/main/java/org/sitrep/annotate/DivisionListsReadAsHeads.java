package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.internal.DivisionWords;

/**
 * Gives back its head to a noun the parser hung on the division word of a list of names after it.
 * In "killed 14 villagers in Kebbi and Kwara states" the parser takes "states" for the object,
 * with "villagers" as its compound, so the act seems done to states and the count of 14 is lost.
 * The noun is the head: the verb's arc goes to it, and the division word hangs on the last name
 * of the list, whose division it says. In both graphs.
 */
final class DivisionListsReadAsHeads {
  private DivisionListsReadAsHeads() {}

  /** The parsed sentence with each such noun made the head again. */
  static Sentence mend(Sentence parsed) {
    List<int[]> mends = new ArrayList<>();
    for (Dependency d : parsed.basicDependencies()) {
      if (!d.relation().equals("compound") || d.dependent() >= d.governor()
          || DivisionWords.singularOf(parsed.token(d.governor()).word()).isEmpty()
          || !parsed.token(d.dependent()).pos().startsWith("NN")) {
        continue;
      }
      // The noun's names come between it and the division word: "villagers in Kebbi and Kwara".
      int division = d.governor();
      Optional<Integer> lastName = parsed.basicChildren(d.dependent()).stream()
          .filter(c -> c.relation().startsWith("nmod") && c.dependent() < division
              && parsed.token(c.dependent()).pos().startsWith("NNP"))
          .map(Dependency::dependent).findFirst()
          .map(first -> lastOfList(parsed, first));
      if (lastName.isPresent() && lastName.get() == division - 1) {
        mends.add(new int[] {d.dependent(), division, lastName.get()});
      }
    }
    if (mends.isEmpty()) {
      return parsed;
    }
    return parsed.withParse(mended(parsed.dependencies(), mends),
        mended(parsed.basicDependencies(), mends));
  }

  /** The last conjunct of the list that starts at {@code first}, or {@code first} alone. */
  private static int lastOfList(Sentence parsed, int first) {
    return parsed.basicChildren(first).stream().filter(c -> c.relation().startsWith("conj"))
        .mapToInt(Dependency::dependent).max().orElse(first);
  }

  private static List<Dependency> mended(List<Dependency> arcs, List<int[]> mends) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : arcs) {
      Dependency arc = d;
      for (int[] m : mends) {
        int noun = m[0];
        int division = m[1];
        if (d.governor() == division && d.dependent() == noun) {
          // The compound arc turns round: the division word is the last name's.
          arc = new Dependency(m[2], division, "compound");
        } else if (d.dependent() == division) {
          arc = new Dependency(d.governor(), noun, d.relation());
        } else if (d.governor() == division) {
          arc = new Dependency(noun, d.dependent(), d.relation());
        }
      }
      out.add(arc);
    }
    return out;
  }
}
