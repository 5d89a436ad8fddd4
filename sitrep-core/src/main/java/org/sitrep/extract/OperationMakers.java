package org.sitrep.extract;

import static org.sitrep.extract.ArgumentFinder.lemma;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Dependency;

/** Who made the harm done in a force's operation, when the words name no one who did it. */
final class OperationMakers {
  private OperationMakers() {}

  /** Words of an operation a force carries out, in which people may be killed or held. */
  private static final Set<String> OPERATIONS = Set.of("operation", "raid", "crackdown",
      "offensive", "sweep", "assault", "incursion");
  /** The force's own men, whose dead an operation's makers did not kill. */
  private static final Set<String> OWN_MEN = Set.of("soldier", "troop", "officer", "policeman",
      "policemen", "police", "personnel", "trooper", "gendarme", "serviceman", "commando");

  /** Words before an operation that name the force that carried it out. */
  private static final Set<String> FORCE_WORDS = Set.of("police", "army", "military",
      "troops", "navy", "gendarmerie");

  /**
   * "Four suspects were killed during a police sweep against the gang": a harm told in the
   * passive, with no one named who did it, is the doing of the force whose operation it happened
   * in. Not "killed in a rebel raid", whose maker the words before the act already give.
   */
  static Optional<Integer> forcesOf(SentenceGraph g, int trigger) {
    if (g.exact(trigger, "aux:pass").isEmpty()) {
      return Optional.empty();
    }
    // The parse may hang the operation on the verb of saying the act is told with.
    List<Integer> nodes = new ArrayList<>(List.of(trigger));
    int up = g.head(trigger);
    if (up >= 0) {
      nodes.add(up);
    }
    g.sentence().basicChildren(trigger).forEach(d -> nodes.add(d.dependent()));
    nodes.removeIf(n -> n != trigger
        && !(g.token(n).isVerb() && SpeechVerbs.contains(g.token(n).lemma())));
    // "Three soldiers were killed during an army operation against militants": the force's own
    // dead were killed by those it went against.
    boolean ownDead = g.exact(trigger, "nsubj:pass").stream()
        .anyMatch(v -> OWN_MEN.contains(lemma(g, v)));
    for (int node : nodes) {
      for (String rel : List.of("obl:during", "obl:in", "nmod:during", "nmod:in")) {
        for (int op : g.exact(node, rel)) {
          if (!OPERATIONS.contains(lemma(g, op))) {
            continue;
          }
          // "an operation led by army commandos": the force named as its agent.
          Optional<Integer> by = agentOf(g, op, node);
          if (by.isPresent()) {
            return ownDead ? Optional.empty() : by;
          }
          for (Dependency d : g.sentence().basicChildren(op)) {
            if ((d.relation().equals("compound") || d.relation().equals("amod"))
                && FORCE_WORDS.contains(lemma(g, d.dependent()))) {
              return ownDead ? g.exact(op, "nmod:against").stream().findFirst()
                  .map(a -> ArgumentFinder.actorHead(g, a)) : Optional.of(d.dependent());
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whom a participle describing the operation names after "by": "led by troops". The
   * parse may hang the participle, read as a past verb, on the act instead of the operation.
   */
  private static Optional<Integer> agentOf(SentenceGraph g, int op, int act) {
    List<Integer> participles = new ArrayList<>();
    g.sentence().basicChildren(op).stream().filter(d -> d.relation().startsWith("acl"))
        .forEach(d -> participles.add(d.dependent()));
    if (op + 1 < g.size() && g.head(op + 1) == act && g.token(op + 1).isVerb()) {
      participles.add(op + 1);
    }
    for (int participle : participles) {
      for (String rel : List.of("obl:agent", "obl:by", "nmod:agent")) {
        Optional<Integer> by = g.exact(participle, rel).stream().findFirst();
        if (by.isPresent()) {
          return by.map(a -> ArgumentFinder.actorHead(g, a));
        }
      }
    }
    return Optional.empty();
  }
}
