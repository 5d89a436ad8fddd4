package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntKeyMapTest {
  @Test
  void behavesAsAHashMapUnderRandomPutsAndGets() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    IntKeyMap<String> ours = new IntKeyMap<>(4);
    Map<Integer, String> expected = new HashMap<>();
    for (int step = 0; step < 200_000; step++) {
      // The parser's keys, word * 48 + position, over a small range so that puts replace; some
      // negative, as an overflowing product would be.
      int key = random.nextInt(3000) * 48 + random.nextInt(48) - (random.nextInt(50) == 0 ? 100_000 : 0);
      String why = "step " + step + ", key " + key + " (reproduce with seed " + seed + ")";
      if (random.nextBoolean()) {
        assertEquals(expected.put(key, "v" + step), ours.put(key, "v" + step), why);
      } else {
        assertEquals(expected.get(key), ours.get(key), why);
      }
      assertEquals(expected.size(), ours.size(), why);
    }
  }

  @Test
  void findsNothingForAKeyNeverPut() {
    IntKeyMap<String> map = new IntKeyMap<>(1);
    map.put(5, "five");
    assertEquals("five", map.get(5));
    assertNull(map.get(5 + 48));
    assertNull(map.get(0));
  }
}
