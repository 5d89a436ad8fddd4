package org.sitrep.ingest.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One request at a time to each host, and a pause between them: what a site's operator expects of
 * a robot that is not a browser. Hosts are told apart by host and port. Thread-safe.
 */
final class HostGates {
  private final Map<String, Gate> gates = new ConcurrentHashMap<>();
  private final long delayNanos;

  HostGates(Duration delay) {
    this.delayNanos = delay.toNanos();
  }

  /** Waits for the host's turn; the caller must {@link Turn#close} it when its request is done. */
  Turn enter(String host) throws InterruptedException {
    Gate gate = gates.computeIfAbsent(host, h -> new Gate());
    gate.lock.lockInterruptibly();
    try {
      long wait = gate.lastEnd == 0 ? 0 : gate.lastEnd + delayNanos - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
    } catch (InterruptedException e) {
      gate.lock.unlock();
      throw e;
    }
    return new Turn(gate);
  }

  /** A host's turn, held while one request runs. */
  static final class Turn implements AutoCloseable {
    private final Gate gate;

    private Turn(Gate gate) {
      this.gate = gate;
    }

    @Override
    public void close() {
      gate.lastEnd = System.nanoTime();
      gate.lock.unlock();
    }
  }

  private static final class Gate {
    final ReentrantLock lock = new ReentrantLock();
    /** Guarded by the lock; 0 before the first request. */
    long lastEnd;
  }
}
