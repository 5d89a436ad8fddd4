package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SideBySideTest {
  @Test
  void runsTheJobsAtOnceAndEachKeepsItsOwnResult() {
    // Each job waits for the other: they finish only if they run at the same time.
    CountDownLatch both = new CountDownLatch(2);
    AtomicLong first = new AtomicLong();
    AtomicLong second = new AtomicLong();
    SideBySide.run(List.of(
        () -> {
          both.countDown();
          first.set(both.await(10, TimeUnit.SECONDS) ? 1L : -1L);
        },
        () -> {
          both.countDown();
          second.set(both.await(10, TimeUnit.SECONDS) ? 2L : -1L);
        }));
    assertEquals(1L, first.get());
    assertEquals(2L, second.get());
  }

  @Test
  void aFailedJobIsThrownAsItWasAfterTheOthersHaveFinished() {
    IllegalArgumentException failure = new IllegalArgumentException("out/parquet: disk full");
    AtomicBoolean slowFinished = new AtomicBoolean();
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> SideBySide.run(List.of(
            () -> {
              throw failure;
            },
            () -> {
              Thread.sleep(200);
              slowFinished.set(true);
            })));
    assertSame(failure, thrown);
    assertTrue(slowFinished.get(), "the other job was still writing when the failure was thrown");
  }
}
