package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code sitrep bench store} measured: storing new events, storing them again (every article
 * already stored), and filtered pages of {@code GET /api/events}, latencies in milliseconds. A
 * figure of a phase the time budget left no room for is NaN (JSON {@code null}).
 *
 * @param events the events asked for
 * @param storedEvents the events stored in the first phase: fewer if the budget ran out in it
 * @param queries the measured requests sent: fewer than asked if the budget ran out
 * @param stoppedIn the phase the budget ran out in ("store", "store again", "queries"), if any
 * @param p99MsByKind the p99 of each kind of request of {@link QueryMix}, in its order; empty
 *     when no request was measured
 * @param exportEventsPerS every stored event read through {@code GET /api/export.jsonl}, one
 *     request, divided by its time; NaN when the queries did not all run
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
    int threads,
    int storedEvents,
    int maxSeconds,
    Optional<String> stoppedIn,
    java.util.Map<String, Double> p99MsByKind,
    double exportEventsPerS) {

  /** A report with no latencies by kind (no request measured). */
  StoreBenchReport(int events, double storeEventsPerS, double restoreEventsPerS, long merged,
      int queries, double requestsPerS, double p50Ms, double p95Ms, double p99Ms, int threads,
      int storedEvents, int maxSeconds, Optional<String> stoppedIn) {
    this(events, storeEventsPerS, restoreEventsPerS, merged, queries, requestsPerS, p50Ms, p95Ms,
        p99Ms, threads, storedEvents, maxSeconds, stoppedIn, java.util.Map.of(), Double.NaN);
  }

  /**
   * The keys of the first version, in that order, then {@code events_stored}, the budget, the
   * p99 by kind and the export's rate.
   */
  String toJson() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("events", events);
    put(n, "store_events_per_s", storeEventsPerS);
    put(n, "restore_events_per_s", restoreEventsPerS);
    n.put("merged", merged);
    n.put("queries", queries);
    put(n, "requests_per_s", requestsPerS);
    put(n, "p50_ms", p50Ms);
    put(n, "p95_ms", p95Ms);
    put(n, "p99_ms", p99Ms);
    n.put("threads", threads);
    n.put("events_stored", storedEvents);
    n.put("max_seconds", maxSeconds);
    n.put("stopped_at_budget", stoppedIn.orElse(null));
    ObjectNode byKind = n.putObject("p99_ms_by_kind");
    p99MsByKind.forEach((kind, ms) -> put(byKind, kind, ms));
    put(n, "export_events_per_s", exportEventsPerS);
    return n.toString();
  }

  String toText() {
    String text = String.join("\n",
        line("events", format("%d synthetic, %d threads", events, threads)),
        line("store", format("%s events/s (%d events, %d merged into events of other articles)",
            rate(storeEventsPerS), storedEvents, merged)),
        line("store again", Double.isNaN(restoreEventsPerS) ? "not run"
            : format("%s events/s (all already stored)", rate(restoreEventsPerS))),
        line("queries", Double.isNaN(requestsPerS) ? "not run"
            : format("%d GET /api/events, limit=100: %s requests/s", queries, rate(requestsPerS))),
        line("latency", Double.isNaN(p50Ms) ? "not measured"
            : format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", p50Ms, p95Ms, p99Ms)),
        line("p99 by kind", p99MsByKind.isEmpty() ? "not measured"
            : p99MsByKind.entrySet().stream()
                .map(e -> format("%s %.1f", e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", ")) + " ms"),
        line("export", Double.isNaN(exportEventsPerS) ? "not run"
            : format("%s events/s (GET /api/export.jsonl of every event)",
                rate(exportEventsPerS))));
    return stoppedIn.map(phase -> text + "\n" + line("stopped", format("at the budget of %d s,"
        + " in \"%s\": the figures are for the work done until then", maxSeconds, phase)))
        .orElse(text);
  }

  private static String rate(double perS) {
    return format("%.0f", perS);
  }

  private static String line(String label, String value) {
    return format("%-14s%s", label, value);
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }

  private static void put(ObjectNode n, String key, double value) {
    if (Double.isNaN(value)) {
      n.putNull(key);
    } else {
      n.put(key, Math.round(value * 100) / 100.0);
    }
  }
}
