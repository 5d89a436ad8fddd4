package org.sitrep.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentLookupsTest {
  @Test
  void aNameIsLookedUpOnceUntilTheCacheFillsUp() {
    RecentLookups recent = new RecentLookups(2);
    List<String> searched = new ArrayList<>();
    for (String name : List.of("Homs", "Homs", "Hama", "Homs", "Idlib", "Homs")) {
      recent.get(name, n -> {
        searched.add(n);
        return List.of();
      });
    }
    // Idlib finds the cache full (Homs, Hama) and empties it: Homs is searched again.
    assertEquals(List.of("Homs", "Hama", "Idlib", "Homs"), searched);
  }
}
