package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class ReportGroupsTest {
  @Test
  void pairsThatShareAReportAreOneGroupNamedByItsSmallestId() {
    Map<String, String> groups = ReportGroups.of(List.of(new Tuple2<>("c", "d"),
        new Tuple2<>("b", "c"), new Tuple2<>("x", "y")));
    assertEquals(Map.of("b", "b", "c", "b", "d", "b", "x", "x", "y", "x"), groups);
  }

  @Test
  void theNamesDoNotDependOnTheOrderOfThePairs() {
    assertEquals(ReportGroups.of(List.of(new Tuple2<>("b", "c"), new Tuple2<>("a", "c"))),
        ReportGroups.of(List.of(new Tuple2<>("a", "c"), new Tuple2<>("b", "c"))));
  }

  @Test
  void noPairsNoGroups() {
    assertEquals(Map.of(), ReportGroups.of(List.of()));
  }
}
