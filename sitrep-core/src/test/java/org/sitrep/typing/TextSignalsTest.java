package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The signals read off a passage's words, on sentences written here. */
class TextSignalsTest {
  private static final TextSignals SIGNALS = TextSignals.loadDefault();

  private static float signal(String passage, String name) {
    int at = SIGNALS.names().indexOf(name);
    if (at < 0) {
      throw new AssertionError("no signal " + name + " in " + SIGNALS.names());
    }
    return SIGNALS.of(passage)[at];
  }

  /** The three "named first" signals, as state, non-state, civilian. */
  private static List<Float> firstNamed(String passage) {
    return List.of(signal(passage, "first-named:state"), signal(passage, "first-named:nonstate"),
        signal(passage, "first-named:civilian"));
  }

  @Test
  void eachSignalHasAName() {
    assertEquals(SIGNALS.size(), SIGNALS.names().size());
    assertEquals(SIGNALS.size(), SIGNALS.of("Soldiers fought rebels near Gulu.").length);
  }

  @Test
  void theSideNamedFirstIsTheOneThatCounts() {
    assertEquals(List.of(1f, 0f, 0f), firstNamed("Troops retook the town of Lira from the rebels"
        + " on Sunday."));
    assertEquals(List.of(0f, 1f, 0f), firstNamed("Rebels overran an army post outside Kitgum."));
    assertEquals(List.of(0f, 0f, 1f), firstNamed("Villagers in Moroto said gunmen burned their"
        + " huts."));
    // Both sides are still present, each by its own signal.
    assertEquals(1f, signal("Troops retook the town from the rebels.", "state"));
    assertEquals(1f, signal("Troops retook the town from the rebels.", "nonstate"));
  }

  @Test
  void aPhraseCountsFromItsFirstWord() {
    assertEquals(List.of(0f, 1f, 0f), firstNamed("A day after armed men left Hoima, soldiers"
        + " moved into the market."));
    assertEquals(List.of(1f, 0f, 0f), firstNamed("Security forces pushed militants out of"
        + " Kotido."));
  }

  @Test
  void aPassageNamingNoSideHasNoneFirst() {
    assertEquals(List.of(0f, 0f, 0f), firstNamed("Heavy rain flooded the road to Gulu."));
  }
}
