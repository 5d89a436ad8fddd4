package org.sitrep.merge;

import java.util.List;
import java.util.function.ToIntFunction;
import org.sitrep.model.Event;

/**
 * The dead, injured and captured of one event told by several reports, as ACLED codes them: when
 * the sources conflict, the most conservative figure, which is the lowest one reported, never the
 * sum (the reports count the same people). A report that gives no figure for a kind (0 here: the
 * record cannot tell "none" from "not said") does not pull that kind down to zero; the kind is 0
 * only when no report counts it.
 *
 * <pre>{@code
 * MergedCounts counts = MergedCounts.of(List.of(wire, localPaper)); // 12 and 9 dead: 9
 * }</pre>
 */
public record MergedCounts(int fatalities, int injured, int captured) {
  public MergedCounts {
    if (fatalities < 0 || injured < 0 || captured < 0) {
      throw new IllegalArgumentException("counts must not be negative: " + fatalities + ", "
          + injured + ", " + captured);
    }
  }

  /** The counts of the reports of one event; all zero for no reports. */
  public static MergedCounts of(List<Event> reports) {
    return new MergedCounts(lowestGiven(reports, Event::fatalities),
        lowestGiven(reports, Event::injured), lowestGiven(reports, Event::captured));
  }

  private static int lowestGiven(List<Event> reports, ToIntFunction<Event> count) {
    return reports.stream().mapToInt(count).filter(n -> n > 0).min().orElse(0);
  }
}
