package org.sitrep.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Does one task per item on a fixed pool of threads and gives the results back in the items'
 * order: the one parallel loop behind batches, evaluations and benchmarks. A task that should not
 * end the run (one bad article among thousands) catches its own failure and returns it as a
 * result; what a task throws ends the run and is rethrown as it was thrown.
 */
public final class InOrder {
  /** The work for one item; may throw what its caller knows how to report. */
  @FunctionalInterface
  public interface Task<T, R, X extends Exception> {
    R apply(T item) throws X;
  }

  private InOrder() {}

  /**
   * @param name the threads' name prefix, seen in thread dumps and profiles
   * @throws X what the first failing task (in the items' order) threw
   */
  public static <T, R, X extends Exception> List<R> map(
      List<T> items, int threads, String name, Task<T, R, X> task) throws X, InterruptedException {
    AtomicInteger number = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, threads), r -> new Thread(r, name + "-" + number.incrementAndGet()));
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> task.apply(item)));
      }
      List<R> results = new ArrayList<>(items.size());
      for (Future<R> future : futures) {
        results.add(get(future));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @SuppressWarnings("unchecked")
  private static <R, X extends Exception> R get(Future<R> future) throws X, InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // The pool wraps what the task threw; callers expect the task's own exception.
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw (X) cause;
    }
  }
}
