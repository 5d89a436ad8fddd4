package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sitrep's own session gives the vectors langchain4j gives for the same passages (the shipped
 * type model was trained on langchain4j's), including a passage langchain4j splits into parts.
 */
class OnnxEmbedderIT {
  private static final List<String> PASSAGES = List.of(
      "Gunmen killed four villagers near Oicha on Tuesday, a local official said.",
      "Protesters marched on the ministry in Kyiv, demanding the release of the detained mayor.",
      "Ça a été une journée calme à Goma — «aucun tir», selon la MONUSCO.",
      "   ",
      "An air strike hit the market. ".repeat(90));

  @Test
  void givesLangchain4jsVectorsToWithinRounding() {
    List<float[]> ours = OnnxEmbedder.load().embed(PASSAGES);
    AllMiniLmL6V2QuantizedEmbeddingModel theirs = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    for (int i = 0; i < PASSAGES.size(); i++) {
      String p = PASSAGES.get(i).isBlank() ? "." : PASSAGES.get(i);
      float[] expected = theirs.embed(TextSegment.from(p)).content().vector();
      assertEquals(384, ours.get(i).length);
      for (int j = 0; j < expected.length; j++) {
        assertEquals(expected[j], ours.get(i)[j], 1e-5, "passage " + i + ", dimension " + j);
      }
    }
  }

  @Test
  void meanOfLength1AveragesEveryTokenAndScalesToLength1() {
    float[] v = OnnxEmbedder.meanOfLength1(new float[][] {{3, 0}, {3, 8}});
    assertEquals(0.6f, v[0], 1e-6);
    assertEquals(0.8f, v[1], 1e-6);
  }
}
