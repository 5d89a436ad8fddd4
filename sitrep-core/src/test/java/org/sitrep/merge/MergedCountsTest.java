package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class MergedCountsTest {
  @Test
  void conflictingFiguresGiveTheLowestNotTheSum() {
    var wire = Report.of(SubEventType.ATTACK).counting(12, 20, 0).event();
    var local = Report.of(SubEventType.ATTACK).counting(9, 31, 4).event();
    assertEquals(new MergedCounts(9, 20, 4), MergedCounts.of(List.of(wire, local)));
  }

  @Test
  void aReportThatGivesNoFigureDoesNotPullItToZero() {
    var counted = Report.of(SubEventType.ATTACK).counting(7, 0, 0).event();
    var silent = Report.of(SubEventType.ATTACK).event();
    assertEquals(new MergedCounts(7, 0, 0), MergedCounts.of(List.of(silent, counted)));
    assertEquals(new MergedCounts(0, 0, 0), MergedCounts.of(List.of()));
  }
}
