package org.sitrep.annotate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence. {@code dependencies} holds the enhanced++ graph (relations carry their preposition,
 * e.g. "obl:against", and controlled subjects are explicit); {@code basicDependencies} the basic
 * tree, for spans and subtrees. Both are empty for sentences that were not parsed (the annotator
 * parses only sentences that may describe an event); {@code times} are found in every sentence.
 */
public record Sentence(
    int index,
    int start,
    int end,
    String text,
    List<Token> tokens,
    List<Dependency> dependencies,
    List<Dependency> basicDependencies,
    List<TimeExpression> times) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    basicDependencies = List.copyOf(basicDependencies);
    times = List.copyOf(times);
  }

  /** This sentence as parsed: the same tokens and times with the two dependency graphs. */
  public Sentence withParse(List<Dependency> enhanced, List<Dependency> basic) {
    return new Sentence(index, start, end, text, tokens, enhanced, basic, times);
  }

  public boolean parsed() {
    return !dependencies.isEmpty();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** The token that starts at this offset of the article: a mention's trigger word. */
  public Optional<Token> tokenAt(int start) {
    return tokens.stream().filter(t -> t.start() == start).findFirst();
  }

  /** The governor of a token in the basic tree; empty for the root. */
  public Optional<Dependency> head(int dependent) {
    return basicDependencies.stream()
        .filter(d -> d.dependent() == dependent && d.governor() >= 0)
        .findFirst();
  }

  /** Enhanced++ arcs from a token. */
  public List<Dependency> children(int governor) {
    return arcsFrom(dependencies, governor);
  }

  /** Basic-tree arcs from a token. */
  public List<Dependency> basicChildren(int governor) {
    return arcsFrom(basicDependencies, governor);
  }

  /** Every token under {@code i} in the basic tree, {@code i} included. */
  public BitSet subtree(int i) {
    BitSet seen = new BitSet();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(i);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      if (seen.get(t)) {
        continue;
      }
      seen.set(t);
      for (Dependency d : basicChildren(t)) {
        todo.push(d.dependent());
      }
    }
    return seen;
  }

  private static List<Dependency> arcsFrom(List<Dependency> arcs, int governor) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : arcs) {
      if (d.governor() == governor) {
        out.add(d);
      }
    }
    return out;
  }
}
