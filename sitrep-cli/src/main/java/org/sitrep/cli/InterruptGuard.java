package org.sitrep.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C during an import into an interrupt of the importing thread, and holds the JVM's
 * exit until the import has stopped: the core then removes its temporary directory and never
 * leaves the index half-renamed. Without it the JVM would halt wherever the import stood.
 *
 * <pre>{@code
 * try (InterruptGuard guard = InterruptGuard.install()) {
 *   Gazetteers.importInto(...);
 * }
 * }</pre>
 */
final class InterruptGuard implements AutoCloseable {
  /** How long a stopping import may hold the exit: the final rename and clean-up are quick. */
  private static final long WAIT_SECONDS = 30;

  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread hook;
  private volatile boolean interrupted;

  private InterruptGuard(Thread importer) {
    this.hook = new Thread(() -> {
      interrupted = true;
      importer.interrupt();
      try {
        stopped.await(WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "sitrep-import-interrupt");
  }

  /** Guards the calling thread until {@link #close}. */
  static InterruptGuard install() {
    InterruptGuard guard = new InterruptGuard(Thread.currentThread());
    Runtime.getRuntime().addShutdownHook(guard.hook);
    return guard;
  }

  /** True once the JVM began to shut down (Ctrl-C, SIGTERM) during the import. */
  boolean interrupted() {
    return interrupted;
  }

  @Override
  public void close() {
    stopped.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or has run: it is waiting for the countDown above.
    }
  }
}
