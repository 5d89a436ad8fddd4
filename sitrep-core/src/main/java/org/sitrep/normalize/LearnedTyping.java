package org.sitrep.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.SubEventType;
import org.sitrep.typing.SubEventTyper;
import org.sitrep.typing.TypeGuess;
import org.sitrep.typing.TypeLabel;

/**
 * The learned typer's part in coding. When it decides (a desk's own model), it reads each
 * sentence that holds a mention, once per article in one batch: a mention it is sure reports no
 * event is rejected, and where a sentence tells of one kind of event its guess, when far likelier
 * than the trigger's type, replaces it before the actors settle it by ACLED's definitions. When it
 * only advises (the default), it reads once the article's events are merged, one sentence per
 * event, the one the event was coded from: its three likeliest types go into that event's
 * evidence and its probability of the type coded into the confidence. Reading the sentences of
 * mentions merged into an event too would change nothing coded and cost most of the typer's time
 * (an event of the dev articles gathers about four).
 */
final class LearnedTyping {
  /**
   * Above this probability of "not an event" a mention is rejected: the rules found a trigger
   * and its arguments, so the typer must be nearly sure to overrule them.
   */
  static final double SURE_NOT_AN_EVENT = 0.95;
  /**
   * The trigger's type counts as this many times more likely than the typer alone makes it: the
   * typer's type replaces it only when the typer finds it that much likelier. The trigger is
   * good evidence of the type (most of ACLED's types are named by their trigger), the typer's
   * training text is not the desk's, and a prior of 5 to 1 asks the typer for clear evidence.
   */
  static final double TRIGGER_ODDS = 5;
  /** And the typer's type must be the likelier reading outright. */
  static final double DECIDES = 0.5;

  /**
   * The type to settle, the typer's reading of the sentence, and the evidence that says which
   * signal decided (both empty when no typer read the sentence).
   */
  record Decision(SubEventType type, Optional<TypeGuess> guess, Optional<Evidence> evidence) {
    /**
     * The typer's probability of the type finally coded, which the actors may have settled
     * otherwise than the type decided here ("attacked" civilians: Attack, not Armed clash).
     */
    Optional<Double> probabilityOf(SubEventType coded) {
      return guess.map(g -> g.probability(TypeLabel.of(coded)));
    }
  }

  private final Optional<SubEventTyper> typer;
  private final boolean decides;

  LearnedTyping(Optional<SubEventTyper> typer, boolean decides) {
    this.typer = typer;
    this.decides = decides;
  }

  /**
   * The typer's guess for each sentence that holds an asserted mention, when it decides; empty
   * with no typer or one that only advises ({@link #advise} reads later).
   */
  Map<Integer, TypeGuess> read(List<Mention> mentions) {
    if (typer.isEmpty() || !decides) {
      return Map.of();
    }
    Map<Integer, String> sentences = new java.util.TreeMap<>();
    for (Mention m : mentions) {
      if (m.asserted()) {
        sentences.putIfAbsent(m.sentence(), m.sentenceText().text());
      }
    }
    List<Integer> order = new ArrayList<>(sentences.keySet());
    List<TypeGuess> guesses = typer.get().guess(order.stream().map(sentences::get).toList());
    Map<Integer, TypeGuess> bySentence = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      bySentence.put(order.get(i), guesses.get(i));
    }
    return bySentence;
  }

  /** The rule types each sentence's asserted mentions suggest. */
  static Map<Integer, Set<SubEventType>> ruleTypes(List<Mention> mentions) {
    return mentions.stream().filter(Mention::asserted).collect(Collectors.groupingBy(
        Mention::sentence, Collectors.mapping(Mention::subEventType,
            Collectors.toCollection(LinkedHashSet::new))));
  }

  /** True when the typer decides and is sure the sentence reports no event. */
  boolean rejects(TypeGuess guess) {
    return decides && 1 - guess.eventProbability() >= SURE_NOT_AN_EVENT;
  }

  /**
   * The type to settle for {@code m}: the typer's when it is confident and the sentence's
   * mentions all suggest one type (a sentence that tells of an air strike and a clash has two
   * events, and one guess for the sentence cannot type both); else the trigger's.
   */
  Decision decide(Mention m, Optional<TypeGuess> guess, Set<SubEventType> sentenceTypes) {
    if (guess.isEmpty()) {
      return new Decision(m.subEventType(), Optional.empty(), Optional.empty());
    }
    TypeGuess.Scored best = guess.get().bestEvent();
    double trigger = guess.get().probability(TypeLabel.of(m.subEventType()));
    boolean learned = decides && sentenceTypes.size() <= 1 && best.probability() >= DECIDES
        && best.probability() > TRIGGER_ODDS * trigger;
    SubEventType type = learned ? best.label().type().orElseThrow() : m.subEventType();
    String decider = learned ? "typer decided"
        : org.sitrep.extract.EventDetector.found(m) ? "detector decided" : "trigger decided";
    return new Decision(type, guess,
        Optional.of(evidence(m.trigger(), decider, guess.get(), m.subEventType())));
  }

  /**
   * The merged events, each with the typer's reading of the sentence it was coded from, when the
   * typer only advises; else as they are. The sentences are read in one batch.
   */
  List<Event> advise(List<Event> events) {
    if (typer.isEmpty() || decides || events.isEmpty()) {
      return events;
    }
    List<String> sentences = events.stream().map(LearnedTyping::ownSentence).distinct().toList();
    List<TypeGuess> guesses = typer.get().guess(sentences);
    List<Event> advised = new ArrayList<>(events.size());
    for (Event e : events) {
      TypeGuess guess = guesses.get(sentences.indexOf(ownSentence(e)));
      List<Evidence> evidence = new ArrayList<>(e.evidence());
      Evidence trigger = ownTrigger(e);
      String decider = trigger.note().startsWith(org.sitrep.extract.EventDetector.NOTE)
          ? "detector decided" : "trigger decided";
      evidence.add(evidence.indexOf(trigger) + 1, evidence(trigger, decider, guess, e.subEventType()));
      advised.add(e.withEvidence(evidence).withNotes(e.notes(),
          Confidence.withType(e.confidence(), guess.probability(TypeLabel.of(e.subEventType())))));
    }
    return advised;
  }

  /** The sentence an event was coded from: its evidence opens with it. */
  private static String ownSentence(Event e) {
    return e.evidence().stream().filter(v -> v.field().equals("sentence")).findFirst()
        .map(Evidence::text).orElse("");
  }

  /** The trigger an event was coded from, its first: merged mentions' come after it. */
  private static Evidence ownTrigger(Event e) {
    return e.evidence().stream().filter(v -> v.field().equals("trigger")).findFirst()
        .orElseThrow(() -> new IllegalStateException("an event without a trigger: " + e.eventId()));
  }

  /** The typer's three likeliest types, which signal decided, and the rules' type. */
  private static Evidence evidence(Evidence trigger, String decider, TypeGuess guess,
      SubEventType rules) {
    return new Evidence("sub_event_type", trigger.text(), trigger.start(), trigger.end(),
        decider + "; typer: " + guess.topThree() + "; trigger: " + rules.label());
  }
}
