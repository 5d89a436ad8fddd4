package org.sitrep.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
  @Test
  void resultsComeBackInTheItemsOrderWhateverThreadFinishesFirst() throws Exception {
    List<Integer> items = IntStream.range(0, 40).boxed().toList();
    // Early items sleep longest, so they finish last.
    List<Integer> squares = InOrder.map(items, 4, "test", i -> {
      Thread.sleep(40 - i);
      return i * i;
    });
    assertEquals(items.stream().map(i -> i * i).toList(), squares);
  }

  @Test
  void aTasksOwnExceptionReachesTheCallerUnwrapped() {
    IOException bad = new IOException("b.txt: not readable");
    IOException thrown = assertThrows(IOException.class, () -> InOrder.map(List.of("a", "b"), 2, "test",
        s -> {
          if (s.equals("b")) {
            throw bad;
          }
          return s;
        }));
    assertSame(bad, thrown);
    IllegalStateException bug = new IllegalStateException("a bug");
    assertSame(bug, assertThrows(IllegalStateException.class, () -> InOrder.map(List.of("a"), 1, "test",
        s -> {
          throw bug;
        })));
  }

  @Test
  void noItemsNoWork() throws Exception {
    assertEquals(List.of(), InOrder.map(List.<String>of(), 2, "test", String::length));
  }
}
