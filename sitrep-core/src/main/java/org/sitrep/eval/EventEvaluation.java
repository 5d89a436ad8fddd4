package org.sitrep.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.internal.InOrder;
import org.sitrep.model.Event;

/**
 * Scores extracted events against ACLED's coding of the same text, row by row, in the manner of
 * OpenNLP's evaluators: a source of predictions, a reference, and a report at the end. Stateless
 * and thread-safe.
 */
public final class EventEvaluation {
  /** What is being measured: the events Sitrep extracts from one row's notes. */
  @FunctionalInterface
  public interface EventSource {
    List<Event> events(GoldEvent gold) throws Exception;
  }

  /**
   * The best candidate for a row: its event type first, then sub-event type, actor1, place and
   * fatalities, so that the field accuracies measure the closest reading Sitrep offered.
   */
  private static Comparator<RowScore> closeness() {
    return Comparator.comparing(RowScore::eventTypeCorrect)
        .thenComparing(RowScore::subEventTypeCorrect)
        .thenComparing(RowScore::actor1Correct)
        .thenComparing(RowScore::locationNear)
        .thenComparing(RowScore::fatalitiesCorrect);
  }

  /** Scores one row against the events Sitrep returned for its notes. */
  public RowScore score(GoldEvent gold, List<Event> events) {
    int ofGoldType = 0;
    RowScore best = new RowScore(gold, events.size(), 0, Optional.empty(), Optional.empty());
    for (Event event : events) {
      RowScore candidate =
          new RowScore(gold, events.size(), 0, Optional.of(event), Optional.empty());
      if (candidate.eventTypeCorrect()) {
        ofGoldType++;
      }
      // Strictly better only: among equals the first event, the one Sitrep put first, stays.
      if (best.best().isEmpty() || closeness().compare(candidate, best) > 0) {
        best = candidate;
      }
    }
    return new RowScore(gold, events.size(), ofGoldType, best.best(), Optional.empty());
  }

  /** A row on which extraction failed: counted as an error, not scored. */
  public RowScore failed(GoldEvent gold, String problem) {
    return new RowScore(gold, 0, 0, Optional.empty(), Optional.of(problem));
  }

  /** Runs {@code source} on every row on {@code threads} threads and scores the results. */
  public List<RowScore> scoreAll(List<GoldEvent> rows, EventSource source, int threads)
      throws InterruptedException {
    return InOrder.map(rows, threads, "sitrep-eval", gold -> scoreOne(gold, source));
  }

  /** Scores all rows and sums them up. */
  public EvaluationReport evaluate(List<GoldEvent> rows, EventSource source, int threads)
      throws InterruptedException {
    return EvaluationReport.of(scoreAll(rows, source, threads));
  }

  private RowScore scoreOne(GoldEvent gold, EventSource source) {
    try {
      return score(gold, source.events(gold));
    } catch (Exception | StackOverflowError | AssertionError e) {
      // One bad row must not end a run of thousands; it is reported with its id instead.
      String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ");
      // Input problems name the input already; the row id is reported beside the message.
      if (message.startsWith(gold.id() + ": ")) {
        message = message.substring(gold.id().length() + 2);
      }
      return failed(gold, e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
    }
  }
}
