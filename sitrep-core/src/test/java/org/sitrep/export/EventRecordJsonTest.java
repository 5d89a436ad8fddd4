package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/** An event written whole reads back equal, every field and its evidence. */
class EventRecordJsonTest {
  @Test
  void anEventWithEveryFieldReadsBackEqual() {
    Event clash = SampleEvents.clash();
    assertEquals(clash, EventRecordJson.read(EventRecordJson.write(clash)));
  }

  @Test
  void anEventWithNoOptionalFieldReadsBackEqual() {
    Event strike = SampleEvents.bareStrike();
    assertEquals(strike, EventRecordJson.read(EventRecordJson.write(strike)));
  }

  @Test
  void whatIsNotAWholeEventIsRefusedSayingWhy() {
    IllegalArgumentException notJson =
        assertThrows(IllegalArgumentException.class, () -> EventRecordJson.read("{oops"));
    assertTrue(notJson.getMessage().startsWith("not JSON"), notJson.getMessage());
    IllegalArgumentException partial = assertThrows(IllegalArgumentException.class,
        () -> EventRecordJson.read("{\"event_id\": \"SR1\"}"));
    assertTrue(partial.getMessage().startsWith("not a whole event"), partial.getMessage());
  }
}
