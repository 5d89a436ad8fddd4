package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class TypeScoresTest {
  @Test
  void weighsF1ByGoldCounts() {
    TypeLabel clash = TypeLabel.of(SubEventType.ARMED_CLASH);
    TypeLabel attack = TypeLabel.of(SubEventType.ATTACK);
    TypeScores s = new TypeScores();
    s.add(clash, clash);
    s.add(clash, clash);
    s.add(clash, attack);
    s.add(attack, attack);
    // clash: P 1, R 2/3, F1 0.8; attack: P 1/2, R 1, F1 2/3.
    assertEquals(0.75, s.accuracy(), 1e-9);
    assertEquals((0.8 + 2 / 3.0) / 2, s.macroF1(), 1e-9);
    assertEquals((0.8 * 3 + 2 / 3.0) / 4, s.weightedF1(), 1e-9);
    assertEquals(1, s.count(clash, attack));
  }
}
