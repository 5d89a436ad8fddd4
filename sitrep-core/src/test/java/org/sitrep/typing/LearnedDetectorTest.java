package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.EventDetector;
import org.sitrep.model.SubEventType;

/** When the typer's reading of a sentence with no trigger word makes it an event. */
class LearnedDetectorTest {
  /** A guess with {@code p} on one label, {@code none} on "not an event", the rest even. */
  private static TypeGuess guess(SubEventType type, double p, double none) {
    double[] probabilities = new double[TypeLabel.COUNT];
    Arrays.fill(probabilities, (1 - p - none) / (TypeLabel.COUNT - 2));
    probabilities[TypeLabel.of(type).index()] = p;
    probabilities[TypeLabel.NONE.index()] = none;
    return new TypeGuess(probabilities);
  }

  @Test
  void aSureReadingIsAnEventOfItsType() {
    Optional<EventDetector.Detection> d =
        LearnedDetector.detection(guess(SubEventType.AIR_DRONE_STRIKE, 0.9, 0.02));
    assertEquals(SubEventType.AIR_DRONE_STRIKE, d.orElseThrow().type());
    assertTrue(d.get().note().startsWith(EventDetector.NOTE), d.get().note());
    assertTrue(d.get().note().contains("Air/drone strike 0.90"), d.get().note());
  }

  @Test
  void evenOddsOfAnEventAreNotEnough() {
    // "Warplanes pounded the village" read at two to one: most trigger-less sentences of an
    // article tell of no event, so two to one is far from sure.
    assertEquals(Optional.empty(),
        LearnedDetector.detection(guess(SubEventType.AIR_DRONE_STRIKE, 0.64, 0.33)));
  }

  @Test
  void anEventOfNoClearTypeIsNotAdded() {
    // Sure of an event, torn between two types: no type to code it with.
    assertEquals(Optional.empty(),
        LearnedDetector.detection(guess(SubEventType.ATTACK, 0.45, 0.01)));
  }

  @Test
  void discretionaryTypesAreLeftToTheRules() {
    assertEquals(Optional.empty(),
        LearnedDetector.detection(guess(SubEventType.AGREEMENT, 0.97, 0.01)));
    assertEquals(Optional.empty(),
        LearnedDetector.detection(guess(SubEventType.CHANGE_TO_GROUP, 0.97, 0.01)));
  }
}
