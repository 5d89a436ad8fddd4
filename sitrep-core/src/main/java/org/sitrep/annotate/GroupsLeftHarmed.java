package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends one misreading of a toll told as two groups left in one state: "leaving five rebels and
 * one soldier dead" may be parsed as "five rebels and [one soldier] dead", with "dead" joined to
 * the first group as if it were a third noun and the second group hung on "dead" as a measure
 * ("obl:npmod"). The toll then counts the second group alone. A word of harm is never joined to
 * a noun by "and" with a noun of its own before it, so the second group joins the first and the
 * word of harm describes them, as it does when the parse is right ("three soldiers and two
 * civilians dead").
 */
final class GroupsLeftHarmed {
  private GroupsLeftHarmed() {}

  /** Words of a state of harm a group can be left in. */
  private static final Set<String> HARMED = Set.of("dead", "injured", "wounded", "hurt");

  /** The sentence with each such misreading mended; the same sentence when there is none. */
  static Sentence mend(Sentence parsed) {
    List<Token> tokens = parsed.tokens();
    List<Dependency> basic = parsed.basicDependencies();
    for (Dependency joined : basic) {
      int first = joined.governor();
      int harm = joined.dependent();
      if (!joined.relation().startsWith("conj") || first < 0 || harm <= first
          || !tokens.get(first).isNoun()
          || !HARMED.contains(tokens.get(harm).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int and = childOf(basic, harm, "cc");
      int second = childOf(basic, harm, "obl:npmod");
      if (and < 0 || second < 0 || !(first < and && and < second && second < harm)
          || !tokens.get(second).isNoun()) {
        continue;
      }
      return parsed.withParse(rewire(parsed.dependencies(), first, harm, and, second),
          rewire(basic, first, harm, and, second));
    }
    return parsed;
  }

  private static int childOf(List<Dependency> arcs, int governor, String relation) {
    return arcs.stream().filter(d -> d.governor() == governor && d.relation().equals(relation))
        .mapToInt(Dependency::dependent).findFirst().orElse(-1);
  }

  /**
   * The second group joins the first, with the "and" before it; the word of harm describes the
   * first group, as the parser hangs it when it reads the toll right. In the enhanced graph the
   * second group takes what the first is to its verb ("obj" of "leaving"), as a conjunct does,
   * and the word of harm loses the copy it had as a conjunct.
   */
  private static List<Dependency> rewire(List<Dependency> arcs, int first, int harm, int and,
      int second) {
    List<Dependency> out = new ArrayList<>();
    List<Dependency> shared = new ArrayList<>();
    for (Dependency d : arcs) {
      if (d.governor() == first && d.dependent() == harm) {
        out.add(new Dependency(first, harm, "amod"));
        out.add(new Dependency(first, second,
            d.relation().equals("conj") ? "conj" : "conj:and"));
      } else if (d.dependent() == harm && d.governor() != first) {
        // The enhanced graph's copy of the first group's relation, given to the word of harm.
        shared.add(d);
      } else if (d.governor() == harm && d.dependent() == and) {
        out.add(new Dependency(second, and, d.relation()));
      } else if (d.governor() == harm && d.dependent() == second) {
        continue;
      } else {
        out.add(d);
      }
    }
    for (Dependency d : shared) {
      boolean copied = arcs.contains(new Dependency(d.governor(), first, d.relation()));
      out.add(copied ? new Dependency(d.governor(), second, d.relation()) : d);
    }
    return out;
  }
}
