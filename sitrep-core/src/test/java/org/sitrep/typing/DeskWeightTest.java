package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A desk's passages weigh together as much as Sitrep's set beside them, never less than one. */
class DeskWeightTest {
  private static TypeTrainer.Examples examples(int size, int scored) {
    return new TypeTrainer.Examples(new float[size][], new int[size][], null, new int[size],
        new String[size], "", scored);
  }

  @Test
  void aSmallDeskWeighsAsMuchAsTheSetBesideIt() {
    assertEquals(4.0, examples(10, 2).deskWeight(), 1e-9);
    assertEquals(4.78, examples(13_400, 2_318).deskWeight(), 0.01);
  }

  @Test
  void aDeskLargerThanTheSetOrAloneWeighsOne() {
    assertEquals(1.0, examples(10, 8).deskWeight(), 1e-9);
    assertEquals(1.0, examples(10, 10).deskWeight(), 1e-9);
  }
}
