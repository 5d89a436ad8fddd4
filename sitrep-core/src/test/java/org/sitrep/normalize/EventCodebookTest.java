package org.sitrep.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class EventCodebookTest {

  private static final EventCodebook CODEBOOK = EventCodebook.loadDefault();

  @Test
  void givesEverySubEventTypeACameoCodeAndAPloverType() {
    for (SubEventType type : SubEventType.values()) {
      assertTrue(CODEBOOK.cameo(type).matches("\\d{2,4}"), type.label());
      assertFalse(CODEBOOK.plover(type).isEmpty(), type.label());
    }
  }

  @Test
  void keepsEachPairConsistentWithTheCameoToPloverMapping() {
    for (SubEventType type : SubEventType.values()) {
      assertEquals(
          Optional.of(CODEBOOK.plover(type)),
          CODEBOOK.ploverForCameo(CODEBOOK.cameo(type)),
          type.label());
    }
  }

  @Test
  void codesTheKnownSubEventTypes() {
    assertEquals("190", CODEBOOK.cameo(SubEventType.ARMED_CLASH));
    assertEquals("ASSAULT", CODEBOOK.plover(SubEventType.ARMED_CLASH));
    assertEquals("195", CODEBOOK.cameo(SubEventType.AIR_DRONE_STRIKE));
    assertEquals("heavy-weapons", CODEBOOK.ploverMode(SubEventType.AIR_DRONE_STRIKE));
    assertEquals("194", CODEBOOK.cameo(SubEventType.SHELLING_ARTILLERY_MISSILE));
    assertEquals("1831", CODEBOOK.cameo(SubEventType.SUICIDE_BOMB));
    assertEquals("181", CODEBOOK.cameo(SubEventType.ABDUCTION));
    assertEquals("173", CODEBOOK.cameo(SubEventType.ARRESTS));
    assertEquals("COERCE", CODEBOOK.plover(SubEventType.ARRESTS));
    assertEquals("141", CODEBOOK.cameo(SubEventType.PEACEFUL_PROTEST));
    assertEquals("PROTEST", CODEBOOK.plover(SubEventType.PEACEFUL_PROTEST));
    assertEquals("145", CODEBOOK.cameo(SubEventType.VIOLENT_DEMONSTRATION));
  }

  @Test
  void mapsCameoCodesToPloverFallingBackToTheParentCode() {
    assertEquals(Optional.of("ASSAULT"), CODEBOOK.ploverForCameo("1712"));
    assertEquals(Optional.of("COERCE"), CODEBOOK.ploverForCameo("1711"));
    assertEquals(Optional.of("PROTEST"), CODEBOOK.ploverForCameo("1415"));
    assertEquals(Optional.of("RETREAT"), CODEBOOK.ploverForCameo("0871"));
    assertTrue(CODEBOOK.ploverForCameo("999").isEmpty());
    assertTrue(CODEBOOK.ploverForCameo("").isEmpty());
  }
}
