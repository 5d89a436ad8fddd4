package org.sitrep.typing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.SubEventType;

/** The passages a typer types otherwise than written, each with its three likeliest types. */
final class TyperMisses {
  private TyperMisses() {}

  static List<String> of(SubEventTyper typer, Map<String, SubEventType> expected) {
    List<String> texts = new ArrayList<>(expected.keySet());
    return of(typer, texts, texts.stream().map(t -> TypeLabel.of(expected.get(t))).toList());
  }

  /** The same, for passages labelled in order, "Not an event" among the labels. */
  static List<String> of(SubEventTyper typer, List<String> texts, List<TypeLabel> labels) {
    List<TypeGuess> guesses = typer.guess(texts);
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!guesses.get(i).best().label().equals(labels.get(i))) {
        misses.add(texts.get(i) + " -> " + guesses.get(i).top(3));
      }
    }
    return misses;
  }
}
