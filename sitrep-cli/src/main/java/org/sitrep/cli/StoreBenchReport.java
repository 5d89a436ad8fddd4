package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * What {@code sitrep bench store} measured: storing new events, storing them again (every article
 * already stored), and filtered pages of {@code GET /api/events}, latencies in milliseconds.
 */
record StoreBenchReport(
    int events,
    double storeEventsPerS,
    double restoreEventsPerS,
    long merged,
    int queries,
    double requestsPerS,
    double p50Ms,
    double p95Ms,
    double p99Ms,
    int threads) {

  /** Exactly these keys, in this order. */
  String toJson() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("events", events);
    n.put("store_events_per_s", round(storeEventsPerS));
    n.put("restore_events_per_s", round(restoreEventsPerS));
    n.put("merged", merged);
    n.put("queries", queries);
    n.put("requests_per_s", round(requestsPerS));
    n.put("p50_ms", round(p50Ms));
    n.put("p95_ms", round(p95Ms));
    n.put("p99_ms", round(p99Ms));
    n.put("threads", threads);
    return n.toString();
  }

  String toText() {
    return String.join("\n",
        line("events", format("%d synthetic, %d threads", events, threads)),
        line("store", format("%.0f events/s (%d merged into events of other articles)",
            storeEventsPerS, merged)),
        line("store again", format("%.0f events/s (all already stored)", restoreEventsPerS)),
        line("queries", format("%d GET /api/events, limit=100: %.0f requests/s", queries,
            requestsPerS)),
        line("latency", format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", p50Ms, p95Ms, p99Ms)));
  }

  private static String line(String label, String value) {
    return format("%-14s%s", label, value);
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
