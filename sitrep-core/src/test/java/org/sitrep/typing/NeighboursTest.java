package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class NeighboursTest {
  private static final int STRIKE = TypeLabel.of(SubEventType.AIR_DRONE_STRIKE).index();
  private static final int PROTEST = TypeLabel.of(SubEventType.PEACEFUL_PROTEST).index();
  private static final int NONE = TypeLabel.NONE.index();

  private static float[] unit(double angle) {
    return new float[] {(float) Math.cos(angle), (float) Math.sin(angle), 0};
  }

  /** Six strikes near angle 0, six protests near angle 1.5, one non-event between. */
  private static Neighbours twoClusters() {
    float[][] e = new float[13][];
    int[] labels = new int[13];
    for (int i = 0; i < 6; i++) {
      e[i] = unit(0.05 * i);
      labels[i] = STRIKE;
      e[6 + i] = unit(1.5 + 0.05 * i);
      labels[6 + i] = PROTEST;
    }
    e[12] = unit(0.75);
    labels[12] = NONE;
    return Neighbours.of(e, labels);
  }

  @Test
  void theNearestPassagesVoteAndTheirVotesSumToOne() {
    Neighbours n = twoClusters();
    double[] nearStrikes = n.vote(new float[] {1, 0.02f, 0, 42});
    assertEquals(1.0, java.util.Arrays.stream(nearStrikes).sum(), 1e-9);
    assertEquals(1.0, nearStrikes[STRIKE], 1e-9, "the five nearest are all strikes");
    double[] between = n.vote(unit(0.8));
    assertTrue(between[NONE] > between[STRIKE] && between[NONE] > between[PROTEST],
        "the one passage nearest counts most: " + java.util.Arrays.toString(between));
    assertTrue(between[PROTEST] > 0 && between[STRIKE] > 0, "and the next four vote too");
  }

  @Test
  void fewerPassagesThanVotersAllVote() {
    Neighbours n = Neighbours.of(new float[][] {unit(0), unit(1.5)}, new int[] {STRIKE, PROTEST});
    double[] vote = n.vote(unit(0));
    assertTrue(vote[STRIKE] > vote[PROTEST] && vote[PROTEST] > 0);
    assertEquals(1.0, vote[STRIKE] + vote[PROTEST], 1e-9);
  }

  @Test
  void readsBackAsWrittenAtOneByteADimension() throws Exception {
    Neighbours n = twoClusters();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      n.write(out);
    }
    assertEquals(8 + 13 * (1 + 3), bytes.size());
    Neighbours read = Neighbours.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(13, read.size());
    assertEquals(3, read.dimensions());
    float[] q = unit(0.9);
    assertArrayEquals(n.vote(q), read.vote(q), 1e-12);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(again)) {
      read.write(out);
    }
    assertArrayEquals(bytes.toByteArray(), again.toByteArray(), "written again, the same bytes");
  }

  @Test
  void noPassagesVoteEvenly() {
    double[] vote = Neighbours.none().vote(unit(0));
    assertEquals(1.0 / TypeLabel.COUNT, vote[STRIKE], 1e-12);
  }
}
