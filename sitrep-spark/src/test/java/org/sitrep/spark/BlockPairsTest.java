package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.merge.EventBlock;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;
import scala.Tuple2;

class BlockPairsTest {
  private static final Actor ARMY = new Actor("Military Forces of Mali (2021-)", 1, "", "MLI", false);
  private static final Place SEVARE =
      new Place(1, "Sevare", 14.5333, -4.1000, "PPL", "Mali", "MLI", "Mopti", "Mopti", 0);

  @Test
  void aDatedEventGoesToItsUndatedBlockOnlyWhenUndatedReportsAreThere() {
    Event dated = clash("a1", "a.txt", "2024-02-07");
    String undatedKey = EventBlock.undatedOf(dated).key();
    assertFalse(BlockPairs.keys(dated, Set.of()).contains(undatedKey));
    assertTrue(BlockPairs.keys(dated, Set.of("MLI|Political violence|2024-W06"))
        .contains("MLI|Political violence|2024-W06"));
    assertTrue(BlockPairs.keys(dated, Set.of(undatedKey)).contains(undatedKey));
    Event undated = clash("b1", "b.txt", null);
    assertEquals(undatedKey, BlockPairs.undatedKey(undated));
    assertEquals(null, BlockPairs.undatedKey(dated));
    assertEquals(List.of(undatedKey), BlockPairs.keys(undated, Set.of()));
  }

  @Test
  void anUndatedBlockDecidesThePairsWithAnUndatedReportOnly() {
    Event monday = clash("a1", "a.txt", "2024-02-05");
    Event tuesday = clash("b1", "b.txt", "2024-02-06");
    Event undated = clash("c1", "c.txt", null);
    String undatedKey = EventBlock.undatedOf(undated).key();
    // In their week's block the two dated reports are one event...
    assertEquals(List.of(new Tuple2<>("a1", "b1")),
        BlockPairs.same("MLI|Political violence|2024-W06", List.of(monday, tuesday)));
    // ...and in the undated block only the undated report is paired, with each of them.
    assertEquals(List.of(new Tuple2<>("a1", "c1"), new Tuple2<>("b1", "c1")),
        BlockPairs.same(undatedKey, List.of(undated, tuesday, monday)));
  }

  @Test
  void reportsOfOneArticleAreNeverPaired() {
    assertEquals(List.of(), BlockPairs.same("MLI|Political violence|2024-W06",
        List.of(clash("a1", "a.txt", "2024-02-05"), clash("a2", "a.txt", "2024-02-05"))));
  }

  private static Event clash(String id, String article, String day) {
    return new Event(id, article, Optional.ofNullable(day).map(LocalDate::parse),
        TimePrecision.DAY, SubEventType.ARMED_CLASH, Optional.of(ARMY), List.of(),
        Optional.empty(), List.of(), Optional.of(SEVARE), GeoPrecision.EXACT, "", "", 2, 0, 0, "",
        "", Modality.ASSERTED, 1.0, List.<Evidence>of());
  }
}
