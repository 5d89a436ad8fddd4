package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
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

  /** One job that writes an output; what it counts it keeps in its caller's own variable. */
  @FunctionalInterface
  interface Job {
    void run() throws Exception;
  }

  /**
   * Runs every job and waits for all of them, even after one failed, so that none is still
   * writing when the caller goes on; then throws the first failure as it was thrown. A job's
   * writes are seen by the caller on return.
   */
  static void run(List<Job> jobs) {
    ExecutorService pool = Executors.newFixedThreadPool(jobs.size(), r -> {
      Thread t = new Thread(r, "sitrep-output");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Job job : jobs) {
        running.add(pool.submit(() -> {
          job.run();
          return null;
        }));
      }
      RuntimeException first = null;
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
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
    } finally {
      pool.shutdown();
    }
  }
}
