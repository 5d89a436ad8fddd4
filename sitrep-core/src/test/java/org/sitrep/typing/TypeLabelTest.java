package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class TypeLabelTest {
  @Test
  void readsAcledSpellingInAnyCase() {
    assertEquals(Optional.of(TypeLabel.of(SubEventType.AIR_DRONE_STRIKE)),
        TypeLabel.parse(" air/drone strike "));
    assertEquals(Optional.of(TypeLabel.NONE), TypeLabel.parse("not an event"));
  }

  @Test
  void readsCaseNamesAndTheirNonEvents() {
    assertEquals(Optional.of(TypeLabel.of(SubEventType.LOOTING)), TypeLabel.parse("PROPERTY_DISTRUCT"));
    assertEquals(Optional.of(TypeLabel.NONE), TypeLabel.parse("NATURAL_DISASTER"));
    // In CASE's files OTHER is a text of no ACLED kind, not ACLED's "Other".
    assertEquals(Optional.of(TypeLabel.NONE), TypeLabel.parseCase("OTHER"));
    assertEquals(Optional.of(TypeLabel.of(SubEventType.OTHER)), TypeLabel.parse("Other"));
  }

  @Test
  void refusesAnUnknownLabel() {
    assertTrue(TypeLabel.parse("Battle-No change of territory").isEmpty());
  }

  @Test
  void indexesEveryLabelOnce() {
    for (int i = 0; i < TypeLabel.COUNT; i++) {
      assertEquals(i, TypeLabel.at(i).index());
    }
    assertEquals(TypeLabel.COUNT - 1, TypeLabel.NONE.index());
  }
}
