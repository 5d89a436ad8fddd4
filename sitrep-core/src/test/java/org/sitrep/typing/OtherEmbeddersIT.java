package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The embedders read from the older langchain4j jars (files only, through Sitrep's own session)
 * give unit vectors of 384 dimensions that follow meaning, on short passages and on a passage
 * long enough to be cut into parts (bge-small-en-v1.5 puts a passage of one sentence said many
 * times nearer an unrelated sentence than the sentence itself, so such passages are compared with
 * each other).
 */
class OtherEmbeddersIT {
  private static final String STRIKE = "Warplanes bombed the market in the town, killing six people.";
  private static final String SAME = "Six people died when an air strike hit the town's market.";
  private static final String UNRELATED = "The central bank left its interest rate unchanged on Thursday.";

  @ParameterizedTest
  @EnumSource(value = EmbedderModel.class, names = {"BGE_SMALL_EN_V15_Q", "E5_SMALL_V2_Q"})
  void paraphrasesAreNearerThanAnUnrelatedSentence(EmbedderModel kind) {
    OnnxEmbedder embedder = OnnxEmbedder.load(kind);
    assertEquals(kind.id(), embedder.name());
    // 7 word pieces a sentence: 630 are cut into two parts, 420 fit one run.
    String parts = "An air strike hit the market. ".repeat(90);
    String one = "An air strike hit the market. ".repeat(60);
    List<float[]> v = embedder.embed(List.of(STRIKE, SAME, UNRELATED, parts, one, "  "));
    for (float[] vector : v) {
      assertEquals(384, vector.length);
      assertEquals(1.0, dot(vector, vector), 1e-5);
    }
    double paraphrase = dot(v.get(0), v.get(1));
    double unrelated = dot(v.get(0), v.get(2));
    assertTrue(paraphrase > unrelated, kind + ": paraphrase " + paraphrase + " vs " + unrelated);
    // Both say one thing many times: the parts' mean is nearer the single run than either
    // is to a sentence.
    double parted = dot(v.get(3), v.get(4));
    for (int i = 0; i < 3; i++) {
      assertTrue(parted > dot(v.get(4), v.get(i)), kind + ": the long passage, " + parted);
    }
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int j = 0; j < a.length; j++) {
      sum += a[j] * b[j];
    }
    return sum;
  }
}
