package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentilesTest {
  @Test
  void nearest_rank_of_one_to_a_hundred_is_the_percentile_itself() {
    long[] values = new long[100];
    for (int i = 0; i < 100; i++) {
      values[i] = 100 - i;
    }
    Percentiles p = new Percentiles(values);
    assertEquals(50, p.at(50));
    assertEquals(95, p.at(95));
    assertEquals(99, p.at(99));
    assertEquals(100, p.at(100));
    assertEquals(1, p.at(0));
  }

  @Test
  void with_few_values_a_high_percentile_is_the_largest() {
    Percentiles p = new Percentiles(new long[] {30, 10, 20});
    assertEquals(20, p.at(50));
    assertEquals(30, p.at(95));
    assertEquals(30, p.at(99));
    assertEquals(10, p.at(33));
    assertEquals(20, p.at(34));
  }

  @Test
  void one_value_is_every_percentile() {
    Percentiles p = new Percentiles(new long[] {7});
    assertEquals(7, p.at(0));
    assertEquals(7, p.at(50));
    assertEquals(7, p.at(99));
  }

  @Test
  void the_values_given_are_not_reordered() {
    long[] values = {3, 1, 2};
    new Percentiles(values).at(50);
    assertEquals(3, values[0]);
  }

  @Test
  void no_values_or_a_percentile_out_of_range_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> new Percentiles(new long[0]));
    assertThrows(IllegalArgumentException.class, () -> new Percentiles(new long[] {1}).at(101));
    assertThrows(IllegalArgumentException.class, () -> new Percentiles(new long[] {1}).at(-1));
  }
}
