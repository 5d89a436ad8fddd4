package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a few Spark jobs from the driver at once. A job's own work at the end of a run is small (the
 * outputs of extracted articles read from the cache); most of its time is the driver planning it
 * and tasks starting, while the executors' cores wait. Jobs submitted together share those cores
 * (Spark schedules the tasks of concurrent jobs side by side), so the waits overlap.
 */
final class SideBySide {
  private SideBySide() {}

  /**
   * Runs every job and waits for all of them, even after one failed, so that none is still
   * writing when the caller goes on; then throws the first failure as it was thrown.
   */
  static List<Long> run(List<Callable<Long>> jobs) {
    ExecutorService pool = Executors.newFixedThreadPool(jobs.size(), r -> {
      Thread t = new Thread(r, "sitrep-output");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Long>> running = new ArrayList<>();
      for (Callable<Long> job : jobs) {
        running.add(pool.submit(job));
      }
      List<Long> results = new ArrayList<>();
      RuntimeException first = null;
      for (Future<Long> f : running) {
        try {
          results.add(f.get());
        } catch (ExecutionException e) {
          results.add(null);
          if (first == null) {
            first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(
                e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while writing the outputs", e);
        }
      }
      if (first != null) {
        throw first;
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }
}
