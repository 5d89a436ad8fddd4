package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntKeyMapTest {
  @Test
  void behavesAsAHashMapUnderRandomPutsGetsAndRemoves() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    IntKeyMap<String> ours = new IntKeyMap<>(4);
    Map<Integer, String> expected = new HashMap<>();
    for (int step = 0; step < 200_000; step++) {
      // The parser's keys, word * 48 + position, over a small range so that removes hit.
      int key = random.nextInt(3000) * 48 + random.nextInt(48) - (random.nextInt(50) == 0 ? 100_000 : 0);
      String why = "step " + step + ", key " + key + " (reproduce with seed " + seed + ")";
      switch (random.nextInt(3)) {
        case 0 -> assertEquals(expected.put(key, "v" + step), ours.put(key, "v" + step), why);
        case 1 -> assertEquals(expected.remove(key), ours.remove(key), why);
        default -> assertEquals(expected.get(key), ours.get(key), why);
      }
      assertEquals(expected.size(), ours.size(), why);
    }
    assertEquals(expected, ours, "reproduce with seed " + seed);
  }

  @Test
  void findsNothingForKeysOfAnotherType() {
    IntKeyMap<String> map = IntKeyMap.copyOf(Map.of(5, "five"));
    assertNull(map.get(5L));
    assertEquals("five", map.get(5));
    assertEquals("none", map.getOrDefault(6, "none"));
  }
}
