package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.merge.Report.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

class EventBlockTest {
  @Test
  void theKeyIsCountryFamilyAndIsoWeek() {
    Event e = Report.of(SubEventType.AIR_DRONE_STRIKE).on("2024-02-05").at(SEVARE).event();
    assertEquals("MLI|Political violence|2024-W06", EventBlock.of(e).key());
    Event protest = Report.of(SubEventType.PEACEFUL_PROTEST).on("2024-12-30").at(DORI).event();
    assertEquals("BFA|Demonstrations|2025-W01", EventBlock.of(protest).key());
    Event undated = Report.of(SubEventType.ARRESTS).by(MALI_ARMY).event();
    assertEquals("MLI|Strategic developments|undated", EventBlock.of(undated).key());
  }

  @Test
  void eventsTheDecisionMayJoinShareABlock() {
    // Sunday and Monday: two ISO weeks, one day apart.
    Event sunday = Report.of(SubEventType.ARMED_CLASH).published("2024-02-04").at(SEVARE).event();
    Event monday = Report.of(SubEventType.ATTACK).on("2024-02-05").at(SEVARE).event();
    assertTrue(CrossReports.decide(sunday, monday).same());
    assertTrue(share(sunday, monday));
    Event month = Report.of(SubEventType.ARMED_CLASH).on("2024-02-27").within(TimePrecision.MONTH)
        .at(SEVARE).event();
    assertTrue(share(monday, month));
    Event undated = Report.of(SubEventType.ARMED_CLASH).at(SEVARE).event();
    assertTrue(share(monday, undated));
    assertEquals(List.of(EventBlock.of(undated)), EventBlock.keys(undated));
  }

  private static boolean share(Event a, Event b) {
    return EventBlock.keys(a).stream().anyMatch(EventBlock.keys(b)::contains);
  }
}
