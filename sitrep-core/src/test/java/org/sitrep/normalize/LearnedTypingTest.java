package org.sitrep.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.typing.TypeGuess;
import org.sitrep.typing.TypeLabel;

/** How the typer's reading joins the trigger's type, advising and deciding. */
class LearnedTypingTest {
  private static final String SENTENCE = "Warplanes attacked the village.";

  private static Mention mention(SubEventType type) {
    return new Mention(0, new Evidence("trigger", "attacked", 10, 18),
        new Evidence("sentence", SENTENCE, 0, SENTENCE.length()), new Span(0, SENTENCE.length()),
        type, Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Modality.ASSERTED,
        Optional.empty());
  }

  /** A guess with {@code p} on one label and the rest spread evenly. */
  private static TypeGuess guess(TypeLabel label, double p) {
    double[] probabilities = new double[TypeLabel.COUNT];
    java.util.Arrays.fill(probabilities, (1 - p) / (TypeLabel.COUNT - 1));
    probabilities[label.index()] = p;
    return new TypeGuess(probabilities);
  }

  private static final TypeGuess AIR = guess(TypeLabel.of(SubEventType.AIR_DRONE_STRIKE), 0.9);

  @Test
  void advisingKeepsTheTriggersTypeAndSaysSo() {
    LearnedTyping advising = new LearnedTyping(Optional.empty(), false);
    LearnedTyping.Decision d = advising.decide(mention(SubEventType.ARMED_CLASH), Optional.of(AIR),
        Set.of(SubEventType.ARMED_CLASH));
    assertEquals(SubEventType.ARMED_CLASH, d.type());
    assertTrue(d.evidence().get().note().startsWith("trigger decided; typer: Air/drone strike 0.90"),
        d.evidence().get().note());
    assertFalse(advising.rejects(guess(TypeLabel.NONE, 0.99)));
  }

  @Test
  void decidingTakesAFarLikelierTypeAndRejectsWhatIsSurelyNoEvent() {
    LearnedTyping deciding = new LearnedTyping(Optional.empty(), true);
    LearnedTyping.Decision d = deciding.decide(mention(SubEventType.ARMED_CLASH), Optional.of(AIR),
        Set.of(SubEventType.ARMED_CLASH));
    assertEquals(SubEventType.AIR_DRONE_STRIKE, d.type());
    assertTrue(d.evidence().get().note().startsWith("typer decided"));
    assertTrue(deciding.rejects(guess(TypeLabel.NONE, 0.96)));
    assertFalse(deciding.rejects(guess(TypeLabel.NONE, 0.9)));
  }

  @Test
  void aSentenceOfTwoKindsOfEventKeepsItsTriggersTypes() {
    LearnedTyping deciding = new LearnedTyping(Optional.empty(), true);
    LearnedTyping.Decision d = deciding.decide(mention(SubEventType.ARMED_CLASH), Optional.of(AIR),
        Set.of(SubEventType.ARMED_CLASH, SubEventType.SHELLING_ARTILLERY_MISSILE));
    assertEquals(SubEventType.ARMED_CLASH, d.type());
  }

  @Test
  void theConfidenceReadsTheTypeFinallyCoded() {
    LearnedTyping advising = new LearnedTyping(Optional.empty(), false);
    LearnedTyping.Decision d = advising.decide(mention(SubEventType.ARMED_CLASH), Optional.of(AIR),
        Set.of(SubEventType.ARMED_CLASH));
    // The actors (aircraft) made the clash an air strike after the decision.
    assertEquals(0.9, d.probabilityOf(SubEventType.AIR_DRONE_STRIKE).orElseThrow(), 1e-9);
    assertEquals(Optional.empty(), advising.decide(mention(SubEventType.ARMED_CLASH),
        Optional.empty(), Set.of()).probabilityOf(SubEventType.ARMED_CLASH));
  }

  @Test
  void advisingReadsOnlyTheSentenceEachMergedEventWasCodedFrom() {
    String second = "The village was hit again at dawn.";
    Evidence trigger = new Evidence("trigger", "attacked", 10, 18);
    Event merged = event(List.of(new Evidence("sentence", SENTENCE, 0, SENTENCE.length()), trigger,
        new Evidence("sentence", second, 33, 33 + second.length()),
        new Evidence("trigger", "hit", 49, 52, "tells more of the event of 'attacked' at 10")));
    List<List<String>> read = new java.util.ArrayList<>();
    org.sitrep.typing.SubEventTyper typer = passages -> {
      read.add(passages);
      return passages.stream().map(p -> AIR).toList();
    };
    List<Event> advised = new LearnedTyping(Optional.of(typer), false).advise(List.of(merged));
    assertEquals(List.of(List.of(SENTENCE)), read);
    Event e = advised.get(0);
    Evidence typed = e.evidence().get(2);
    assertEquals("sub_event_type", typed.field());
    assertEquals(trigger.span(), typed.span());
    assertTrue(typed.note().startsWith("trigger decided; typer: Air/drone strike 0.90"),
        typed.note());
    assertEquals(1, e.evidence().stream().filter(v -> v.field().equals("sub_event_type")).count());
    // The text supplied 0.8, the typer gives the coded type 0.9.
    assertEquals(0.85, e.confidence(), 1e-9);
  }

  @Test
  void aDecidingTyperHasReadAlreadyAndAdvisesNothingMore() {
    org.sitrep.typing.SubEventTyper typer = passages -> {
      throw new AssertionError("read again: " + passages);
    };
    Event e = event(List.of(new Evidence("sentence", SENTENCE, 0, SENTENCE.length()),
        new Evidence("trigger", "attacked", 10, 18)));
    assertEquals(List.of(e), new LearnedTyping(Optional.of(typer), true).advise(List.of(e)));
  }

  private static Event event(List<Evidence> evidence) {
    return new Event("a1-e1", "a1", Optional.empty(), org.sitrep.model.TimePrecision.MONTH,
        SubEventType.AIR_DRONE_STRIKE, Optional.empty(), List.of(), Optional.empty(), List.of(),
        Optional.empty(), org.sitrep.model.GeoPrecision.REGION, "", "", 0, 0, 0, "195",
        "AERIAL", Modality.ASSERTED, 0.8, evidence);
  }
}
