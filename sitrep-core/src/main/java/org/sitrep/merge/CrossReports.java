package org.sitrep.merge;

import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Decides whether two events coded from different articles are one event told twice, as a coder
 * who reads both reports would: a wire report and a local paper's account of one ambush are one
 * ACLED event, the ambush of the next day or of the neighbouring town is another.
 *
 * <p>Four fields are compared, each by its own rule ({@link ReportedSides}, {@link ReportedDays},
 * {@link ReportedPlaces} and the sub-event types here). Any field that contradicts (two days told,
 * two towns far apart, two named parties in one role, two kinds of act) makes two events. Otherwise
 * the fields' weights are multiplied into the score; a field that agrees only loosely or is missing
 * lowers it, so that one missing field alone does not part two reports but two missing fields
 * together leave too little to join them ({@code 0.7 × 0.7 < }{@value #THRESHOLD}).
 *
 * <pre>{@code
 * Decision d = CrossReports.decide(fromWire, fromLocalPaper);
 * if (d.same()) { ... keep one record, with MergedCounts.of(List.of(fromWire, fromLocalPaper)) }
 * }</pre>
 *
 * Stateless and thread-safe. Which pairs to compare at all is {@link EventBlock}'s job.
 */
public final class CrossReports {
  /** The score at or above which two reports are one event. */
  public static final double THRESHOLD = 0.5;
  /** Two kinds one act may be told as: a bomb and a suicide bomb, a protest and a riot. */
  static final double COMPATIBLE_TYPES = 0.9;
  /**
   * One outlet's "attack" or "clash" against another's specific kind: "gunmen attacked the
   * village" and "fighting broke out in the village" may tell one act from two sides.
   */
  static final double LOOSE_TYPES = 0.8;

  private CrossReports() {}

  /** Whether {@code a} and {@code b}, coded from two different articles, are one event. */
  public static Decision decide(Event a, Event b) {
    List<Finding> findings = List.of(types(a.subEventType(), b.subEventType()),
        ReportedSides.compare(a, b), ReportedDays.compare(a, b), ReportedPlaces.compare(a, b));
    boolean contradicted = findings.stream().anyMatch(Finding::contradicts);
    double score = contradicted ? 0 : findings.stream().mapToDouble(Finding::weight)
        .reduce(1, (x, y) -> x * y);
    String reason = String.join("; ", findings.stream().map(Finding::said).toList());
    return new Decision(score >= THRESHOLD, score, reason);
  }

  /**
   * Sub-event types of one act told by two outlets. Within one article the rules are
   * {@link Kinds#reportsAgree}: the same kind of act, battles or demonstrations of any sub-type.
   * Across articles, one outlet's generic fight or attack may also be another's specific act of
   * violence, since how an act is told depends on who the outlet heard it from; but two specific
   * kinds stay two (an air strike is not shelling, a roadside bomb not an air strike), and
   * violence, demonstrations and strategic developments never meet, which is what lets
   * {@link EventBlock} keep them apart.
   */
  static Finding types(SubEventType x, SubEventType y) {
    if (x == y) {
      return Finding.agrees(1, "same sub-event type (" + x.label() + ")");
    }
    String both = " (" + x.label() + " / " + y.label() + ")";
    // A protest one outlet saw dispersed and another saw turn to stone-throwing: one crowd.
    boolean crowd = Kinds.demonstration(x.eventType()) && Kinds.demonstration(y.eventType());
    if (Kinds.reportsAgree(x, y) || crowd) {
      return Finding.agrees(COMPATIBLE_TYPES, "compatible sub-event types" + both);
    }
    boolean violent = x.eventType().politicalViolence() && y.eventType().politicalViolence();
    if (violent && (Kinds.generic(x) || Kinds.generic(y))) {
      return Finding.agrees(LOOSE_TYPES, "an attack or clash told as another act" + both);
    }
    return Finding.differs("sub-event types differ" + both);
  }
}
