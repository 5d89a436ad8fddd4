package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.Token;
import org.sitrep.extract.EventDetector;
import org.sitrep.model.SubEventType;

/** When the typer's reading of a sentence with no trigger word makes it an event. */
class LearnedDetectorTest {
  /** A guess with {@code p} on one label, {@code none} on "not an event", the rest even. */
  static TypeGuess guess(SubEventType type, double p, double none) {
    double[] probabilities = new double[TypeLabel.COUNT];
    Arrays.fill(probabilities, (1 - p - none) / (TypeLabel.COUNT - 2));
    probabilities[TypeLabel.of(type).index()] = p;
    probabilities[TypeLabel.NONE.index()] = none;
    return new TypeGuess(probabilities);
  }

  @Test
  void aSureReadingIsAnEventOfItsType() {
    Optional<EventDetector.Detection> d =
        LearnedDetector.detection(guess(SubEventType.AIR_DRONE_STRIKE, 0.9, 0.02), false);
    assertEquals(SubEventType.AIR_DRONE_STRIKE, d.orElseThrow().type());
    assertTrue(d.get().note().startsWith(EventDetector.NOTE), d.get().note());
    assertTrue(d.get().note().contains("Air/drone strike 0.90"), d.get().note());
  }

  @Test
  void evenOddsOfAnEventAreNotEnough() {
    // "Warplanes pounded the village" read at two to one: most trigger-less sentences of an
    // article tell of no event, so two to one is far from sure.
    assertEquals(Optional.empty(),
        LearnedDetector.detection(guess(SubEventType.AIR_DRONE_STRIKE, 0.64, 0.33), false));
  }

  @Test
  void anEventOfNoClearTypeIsNotAdded() {
    // Sure of an event, torn between two types: no type to code it with.
    assertEquals(Optional.empty(),
        LearnedDetector.detection(guess(SubEventType.ATTACK, 0.45, 0.01), false));
  }

  @Test
  void discretionaryTypesAreLeftToTheRules() {
    assertEquals(Optional.empty(),
        LearnedDetector.detection(guess(SubEventType.CHANGE_TO_GROUP, 0.97, 0.01), false));
    assertEquals(Optional.empty(),
        LearnedDetector.detection(guess(SubEventType.HEADQUARTERS_ESTABLISHED, 0.97, 0.01), false));
    // An agreement is no coder's judgement call: the codebook lists what counts.
    assertTrue(LearnedDetector.detection(guess(SubEventType.AGREEMENT, 0.97, 0.01), false)
        .isPresent());
  }

  @Test
  void aChangeToAGroupIsAddedFromASentenceThatTellsItsDay() {
    // "The front named a new commander on Monday" against "the attackers have sworn allegiance
    // to the movement": a change on a day is an event, a group's standing is background.
    assertEquals(SubEventType.CHANGE_TO_GROUP, LearnedDetector.detection(
        guess(SubEventType.CHANGE_TO_GROUP, 0.97, 0.01), true).orElseThrow().type());
    assertEquals(Optional.empty(),
        LearnedDetector.detection(guess(SubEventType.HEADQUARTERS_ESTABLISHED, 0.97, 0.01), true));
  }

  @Test
  void onlySentencesThatHoldAWordOfAnActAreRead() {
    Predicate<String> words = LearnedDetector.defaultWords();
    for (String act : List.of("Warplanes pounded the outskirts of Kafr Nabl on Tuesday.",
        "Gunmen on motorbikes sprayed the bus station in Gao with bullets.",
        "Residents of Kisumu took to the streets over the price of maize flour.",
        "Hundreds of nurses gathered outside the county offices in Nakuru to demand back pay.",
        "The army pushed the rebels out of two villages near Bunia.",
        "Unknown men dragged the headmaster from his car near Kitgum.",
        "A crowd set the councillor's house ablaze after the vote count.",
        "Envoys of the junta and the Karen rebels sat down for talks in Chiang Mai.")) {
      assertTrue(words.test(act), act);
    }
    for (String context : List.of("The town lies on the main road between Gao and Ansongo.",
        "Prices of maize flour have doubled since January, traders in Kisumu said.",
        "He was speaking to reporters in Nairobi on Wednesday.",
        "The region has been home to several armed groups since 2012.")) {
      assertFalse(words.test(context), context);
    }
  }

  @Test
  void nearlyEveryEventPassageOfTheTrainingSetHoldsAWordOfAnAct() {
    // The words are a screen, not a classifier: an event told without one is never read.
    Predicate<String> words = LearnedDetector.defaultWords();
    int events = 0;
    int held = 0;
    for (LabelledText t : LabelledTexts.bundled().texts()) {
      Optional<SubEventType> type = t.label().type();
      if (type.isPresent() && !LearnedDetector.DISCRETIONARY.contains(type.get())) {
        events++;
        held += words.test(t.text()) ? 1 : 0;
      }
    }
    assertTrue(held >= 0.99 * events, held + " of " + events);
  }

  @Test
  void aSentenceWithNoWordOfAnActIsNotEmbedded() {
    List<String> embedded = new ArrayList<>();
    SubEventTyper sure = passages -> {
      embedded.addAll(passages);
      return passages.stream().map(p -> guess(SubEventType.ATTACK, 0.97, 0.01)).toList();
    };
    LearnedDetector detector = new LearnedDetector(sure, text -> text.contains("shot"));
    assertTrue(detector.detect(sentence("Gunmen shot two traders at the market in Gao"))
        .isPresent());
    assertEquals(Optional.empty(),
        detector.detect(sentence("The market in Gao opens early on Mondays for traders")));
    assertEquals(List.of("Gunmen shot two traders at the market in Gao"), embedded);
  }

  @Test
  void itVouchesForAnUngroundedMentionAtTheBarForAddingOne() {
    // "Police said they seized rifles in the raids": a trigger with nothing to ground it, kept
    // when the typer is as sure of an event as it must be to add one, and not at two to one.
    SubEventTyper sure = passages -> passages.stream()
        .map(p -> guess(SubEventType.DISRUPTED_WEAPONS_USE, 0.9, 0.02)).toList();
    Optional<String> note = new LearnedDetector(sure, text -> false)
        .vouch("Police said they seized rifles in the raids");
    assertTrue(note.orElseThrow().contains("typer is nearly sure"), note.get());
    assertTrue(note.get().contains("Disrupted weapons use 0.90"), note.get());
    SubEventTyper unsure = passages -> passages.stream()
        .map(p -> guess(SubEventType.DISRUPTED_WEAPONS_USE, 0.64, 0.33)).toList();
    assertEquals(Optional.empty(), new LearnedDetector(unsure, text -> true)
        .vouch("They fought on"));
  }

  /** The sentence of these words, as the detector gets it before the parse (no tags needed). */
  private static Sentence sentence(String text) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String word : text.split(" ")) {
      tokens.add(new Token(tokens.size(), word, word, "NN", "O", at, at + word.length()));
      at += word.length() + 1;
    }
    return new Sentence(0, 0, text.length(), text, tokens, List.of(), List.of(), List.of());
  }
}
