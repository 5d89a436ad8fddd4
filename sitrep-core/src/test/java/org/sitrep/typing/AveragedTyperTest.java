package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

/** Typers whose probabilities are averaged, and what the detector asks of them together. */
class AveragedTyperTest {
  /** A typer that reads every passage alike: {@code p} on one type, {@code none} on no event. */
  private static SubEventTyper reading(SubEventType type, double p, double none) {
    return passages -> passages.stream()
        .map(x -> LearnedDetectorTest.guess(type, p, none)).toList();
  }

  @Test
  void eachPassageGetsTheMeanOfTheTypersProbabilities() {
    AveragedTyper typer = new AveragedTyper(List.of(
        reading(SubEventType.AIR_DRONE_STRIKE, 0.6, 0.2),
        reading(SubEventType.SHELLING_ARTILLERY_MISSILE, 0.9, 0.02)));
    List<TypeGuess> guesses = typer.guess(List.of("Jets struck the depot.", "Guns fired."));
    assertEquals(2, guesses.size());
    TypeGuess g = guesses.get(1);
    double strike = (0.6 + 0.08 / 24) / 2;
    double shelling = (0.9 + 0.2 / 24) / 2;
    assertEquals(strike, g.probability(TypeLabel.of(SubEventType.AIR_DRONE_STRIKE)), 1e-9);
    assertEquals(shelling,
        g.probability(TypeLabel.of(SubEventType.SHELLING_ARTILLERY_MISSILE)), 1e-9);
    assertEquals(0.11, 1 - g.eventProbability(), 1e-9);
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, g.best().label().type().orElseThrow());
    double sum = 0;
    for (int k = 0; k < TypeLabel.COUNT; k++) {
      sum += g.probability(TypeLabel.at(k));
    }
    assertEquals(1, sum, 1e-9);
    // The least sure typer's odds of an event are kept beside the mean.
    assertEquals(0.8, g.leastEventProbability(), 1e-9);
  }

  @Test
  void theDetectorWantsEveryTyperSureOfAnEvent() {
    // On average sure enough (0.955), but one typer reads it at 0.91: the rules' silence stands.
    AveragedTyper split = new AveragedTyper(List.of(
        reading(SubEventType.PROTEST_WITH_INTERVENTION, 0.7, 0.09),
        reading(SubEventType.PROTEST_WITH_INTERVENTION, 0.99, 0.0)));
    TypeGuess g = split.guess(List.of("Police freed four marchers on bail.")).get(0);
    assertTrue(g.eventProbability() > LearnedDetector.SURE_OF_AN_EVENT, () -> "" + g.eventProbability());
    assertEquals(Optional.empty(), LearnedDetector.detection(g, false));
    AveragedTyper agreed = new AveragedTyper(List.of(
        reading(SubEventType.PROTEST_WITH_INTERVENTION, 0.8, 0.02),
        reading(SubEventType.PROTEST_WITH_INTERVENTION, 0.99, 0.0)));
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, LearnedDetector.detection(
        agreed.guess(List.of("Police broke up the march.")).get(0), false).orElseThrow().type());
  }

  @Test
  void theDetectorsReadingStopsAtTheFirstTyperThatIsNotSure() {
    List<String> readBySecond = new java.util.ArrayList<>();
    SubEventTyper second = passages -> {
      readBySecond.addAll(passages);
      return reading(SubEventType.ATTACK, 0.9, 0.01).guess(passages);
    };
    AveragedTyper unsureFirst = new AveragedTyper(List.of(
        reading(SubEventType.ATTACK, 0.6, 0.3), second));
    assertEquals(Optional.empty(), unsureFirst.guessIfSureOfAnEvent("Gunmen struck.", 0.95));
    assertEquals(List.of(), readBySecond);
    AveragedTyper sureFirst = new AveragedTyper(List.of(
        reading(SubEventType.ATTACK, 0.97, 0.01), second));
    TypeGuess both = sureFirst.guessIfSureOfAnEvent("Gunmen struck.", 0.95).orElseThrow();
    assertEquals(List.of("Gunmen struck."), readBySecond);
    assertEquals(0.935, both.probability(TypeLabel.of(SubEventType.ATTACK)), 1e-9);
    // The same reading as the mean of all, when every typer is sure.
    assertEquals(sureFirst.guess(List.of("Gunmen struck.")).get(0).probability(
        TypeLabel.of(SubEventType.ATTACK)), both.probability(TypeLabel.of(SubEventType.ATTACK)),
        1e-12);
  }

  @Test
  void oneTyperAloneIsItsOwnLeastSure() {
    TypeGuess g = reading(SubEventType.ATTACK, 0.5, 0.3).guess(List.of("x")).get(0);
    assertEquals(g.eventProbability(), g.leastEventProbability(), 1e-12);
  }

  @Test
  void noTypersIsAMistake() {
    assertThrows(IllegalArgumentException.class, () -> new AveragedTyper(List.of()));
  }
}
