package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence. {@code dependencies} is empty for sentences that were not parsed (the annotator
 * parses only sentences that may describe an event); {@code times} likewise.
 */
public record Sentence(
    int index,
    int start,
    int end,
    String text,
    List<Token> tokens,
    List<Dependency> dependencies,
    List<TimeExpression> times) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    times = List.copyOf(times);
  }

  public boolean parsed() {
    return !dependencies.isEmpty();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public Optional<Dependency> head(int dependent) {
    return dependencies.stream().filter(d -> d.dependent() == dependent).findFirst();
  }

  public List<Dependency> children(int governor) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == governor) {
        out.add(d);
      }
    }
    return out;
  }
}
