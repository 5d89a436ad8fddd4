package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Two sources' figures for the same dead: ACLED keeps the most conservative one, where a raised
 * toll still raises the count. Each on a short report written here.
 */
class DifferingFiguresIT {
  private static Event only(String text) {
    return SharedPipeline.only(text, "2024-05-08");
  }

  @Test
  void aLowerFigureToldLaterStands() {
    assertEquals(6, only("Armed men raided a cattle market in Wase on Monday, killing 15 traders,"
        + " witnesses said. The state police command gave a lower toll of six dead and said two"
        + " suspects were held.").fatalities());
  }

  @Test
  void aHigherFigureToldLaterDoesNotRaiseTheCount() {
    assertEquals(4, only("Bandits ambushed a bus near Embu on Monday, killing four passengers,"
        + " police said. A county official later gave a higher figure of nine deaths.")
        .fatalities());
  }

  @Test
  void aLowerFigureInTheSameSentenceIsNotAdded() {
    assertEquals(5, only("Gunmen opened fire on worshippers at a church in Bokkos on Sunday,"
        + " killing 11 people, though the army gave a lower figure of five deaths.")
        .fatalities());
  }

  @Test
  void aTollThatRoseStillRaisesTheCount() {
    assertEquals(8, only("Gunmen killed three farmers near Riyom on Monday. The death toll rose to"
        + " eight on Tuesday after five of the wounded died in hospital.").fatalities());
  }

  @Test
  void aFigureSaidAgainstTheFirstStands() {
    assertEquals(7, only("Raiders shot dead 13 herders near Kotido on Monday, villagers said."
        + " Police, however, said seven people were killed.").fatalities());
    assertEquals(7, only("Raiders shot dead 13 herders near Kotido on Monday, villagers said."
        + " A police spokesman confirmed the raid but said seven people were killed.")
        .fatalities());
    // Said with no word against the first, it is the usual later figure.
    assertEquals(13, only("Raiders shot dead 13 herders near Kotido on Monday, villagers said."
        + " Police said seven of the dead were children.").fatalities());
  }
}
