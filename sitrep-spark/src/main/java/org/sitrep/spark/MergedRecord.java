package org.sitrep.spark;

import org.sitrep.export.EventRecordJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.export.EventJson;
import org.sitrep.merge.CrossReports;
import org.sitrep.merge.Decision;
import org.sitrep.merge.MergedCounts;
import org.sitrep.model.Event;

/**
 * One event told by one or more articles, as a line of {@code merged/}: the fields of {@code
 * docs/schema.md} from the report with the highest confidence (the one whose text supplied most),
 * the counts ACLED would code ({@link MergedCounts}: the lowest figure reported), then {@code
 * reports}, how many, and {@code sources}, every report with its article, its own counts and the
 * decision that joined it to the record's report.
 */
final class MergedRecord {
  private MergedRecord() {}

  static String line(Iterable<String> reports) {
    List<Event> events = new ArrayList<>();
    reports.forEach(json -> events.add(EventRecordJson.read(json)));
    // Ties go to the smaller id, so that a rerun writes the same record.
    events.sort(Comparator.comparingDouble(Event::confidence).reversed()
        .thenComparing(Event::eventId));
    Event record = events.get(0);
    MergedCounts counts = MergedCounts.of(events);
    ObjectNode n = new EventJson().event(record);
    n.put("fatalities", counts.fatalities());
    n.put("injured", counts.injured());
    n.put("captured", counts.captured());
    n.put("reports", events.size());
    ArrayNode sources = n.putArray("sources");
    for (Event e : events) {
      ObjectNode s = sources.addObject();
      s.put("event_id", e.eventId());
      s.put("article", e.article());
      s.put("source", e.source().isEmpty() ? null : e.source());
      s.put("fatalities", e.fatalities());
      s.put("injured", e.injured());
      s.put("captured", e.captured());
      if (e != record) {
        Decision d = CrossReports.decide(record, e);
        s.put("score", d.score());
        s.put("reason", d.reason());
      }
    }
    return n.toString();
  }
}
