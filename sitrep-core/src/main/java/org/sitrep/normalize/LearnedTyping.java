package org.sitrep.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.SubEventType;
import org.sitrep.typing.SubEventTyper;
import org.sitrep.typing.TypeGuess;
import org.sitrep.typing.TypeLabel;

/**
 * The learned typer's part in coding: it reads each sentence that holds a mention, once per
 * article in one batch, and its three likeliest types go into the evidence. When it decides
 * (a desk's own model), a mention it is sure reports no event is rejected, and where a sentence
 * tells of one kind of event its guess, when far likelier than the trigger's type, replaces it
 * before the actors settle it by ACLED's definitions.
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

  /** The typer's guess for each sentence that holds an asserted mention; empty with no typer. */
  Map<Integer, TypeGuess> read(List<Mention> mentions) {
    if (typer.isEmpty()) {
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
    String top = guess.get().top(3).stream()
        .map(s -> s.label().label() + " " + String.format(Locale.ROOT, "%.2f", s.probability()))
        .collect(Collectors.joining(", "));
    String decider = learned ? "typer decided"
        : org.sitrep.extract.EventDetector.found(m) ? "detector decided" : "trigger decided";
    String note = decider + "; typer: " + top
        + "; trigger: " + m.subEventType().label();
    Evidence evidence = new Evidence("sub_event_type", m.trigger().text(), m.trigger().start(),
        m.trigger().end(), note);
    return new Decision(type, guess, Optional.of(evidence));
  }
}
