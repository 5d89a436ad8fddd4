package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * What {@code sitrep bench} measured. Reading is timed alone, before the extraction runs, in the
 * same process, so its share of an article's time is a ratio of one sitting; the annotation floor
 * is timed in passes alternated with the one-thread extraction's, so its ratio is one too. Heap peaks are sums of the heap pools' peaks, an upper bound
 * of the true peak; the load peak is taken right after loading, the run peak over the runs after it.
 */
record BenchReport(
    double articlesPerS1,
    double articlesPerSAll,
    double tokensPerS1,
    double tokensPerSAll,
    double loadPeakHeapMb,
    double runPeakHeapMb,
    double loadS,
    ActorsLoad actorsLoad,
    int threads,
    int articles,
    double readPerS1,
    double floorPerS1) {

  /**
   * Loading the actor knowledge base on its own: the time of one load after a first (so class
   * loading is not counted), and the heap it keeps, measured after collections.
   */
  record ActorsLoad(double seconds, double retainedMb, int actors, int aliases) {}

  /** Reading's share of the time of reading and extracting one article, on one thread. */
  double readShare() {
    return articlesPerS1 / readPerS1;
  }

  /**
   * The full extraction's throughput over the annotation floor's, on one thread, from alternated
   * passes of one sitting: 1 would mean Sitrep costs no more than tokenizing, tagging and NER.
   */
  double floorRatio() {
    return articlesPerS1 / floorPerS1;
  }

  double peakHeapMb() {
    return Math.max(loadPeakHeapMb, runPeakHeapMb);
  }

  /** Exactly the keys scripts rely on, in this order. */
  String toJson() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("articles_per_s_1", round(articlesPerS1));
    n.put("articles_per_s_all", round(articlesPerSAll));
    n.put("tokens_per_s_1", round(tokensPerS1));
    n.put("tokens_per_s_all", round(tokensPerSAll));
    n.put("peak_heap_mb", round(peakHeapMb()));
    n.put("load_s", round(loadS));
    n.put("threads", threads);
    n.put("articles", articles);
    // Added after the first keys, so that scripts reading them by position still work.
    n.put("actors_load_s", round(actorsLoad.seconds()));
    n.put("actors_heap_mb", round(actorsLoad.retainedMb()));
    n.put("read_per_s_1", round(readPerS1));
    n.put("read_share", Math.round(readShare() * 1000) / 1000.0);
    n.put("floor_per_s", round(floorPerS1));
    n.put("floor_ratio", Math.round(floorRatio() * 1000) / 1000.0);
    return n.toString();
  }

  String toText() {
    return String.join(
        "\n",
        line("articles", format("%d", articles)),
        line("load", format("%.2f s", loadS)),
        line("actors", format("%.2f s, %.0f MB kept (%d actors, %d aliases)", actorsLoad.seconds(),
            actorsLoad.retainedMb(), actorsLoad.actors(), actorsLoad.aliases())),
        line("reading", format("%.0f articles/s on 1 thread, %.1f%% of the time of an article",
            readPerS1, 100 * readShare())),
        line("1 thread", format("%.2f articles/s, %.0f tokens/s", articlesPerS1, tokensPerS1)),
        line("floor", format("%.2f articles/s on 1 thread (tokenize to ner alone); ratio %.3f",
            floorPerS1, floorRatio())),
        line(
            threads + " threads",
            format("%.2f articles/s, %.0f tokens/s", articlesPerSAll, tokensPerSAll)),
        line("peak heap", format("%.0f MB loading, %.0f MB running", loadPeakHeapMb, runPeakHeapMb)));
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
