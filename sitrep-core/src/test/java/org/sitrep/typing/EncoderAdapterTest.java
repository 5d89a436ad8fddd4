package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shipped encoder's weights read and rewritten in place, and adapters applied to them. */
class EncoderAdapterTest {
  private static final EmbedderModel MINILM = EmbedderModel.ALL_MINILM_L6_V2_Q;
  private static final List<String> PASSAGES = List.of(
      "Soldiers and rebels exchanged fire outside Kitgum on Tuesday.",
      "Nurses marched through Lira to demand unpaid wages.");

  private static byte[] shipped() throws Exception {
    try (InputStream in = EncoderAdapterTest.class.getClassLoader()
        .getResourceAsStream(MINILM.modelResource())) {
      return in.readAllBytes();
    }
  }

  /** An adapter that adds nothing and keeps every bias and norm: the encoder as shipped. */
  private static Map<String, EncoderAdapter.Tensor> unchanged(OnnxWeights weights, int rank) {
    Map<String, EncoderAdapter.Tensor> tensors = new LinkedHashMap<>();
    for (int layer = 0; layer < 6; layer++) {
      for (int m = 0; m < EncoderAdapter.MAPS.size(); m++) {
        String bias = EncoderAdapter.onnxBias(layer, m);
        long[] shape = weights.linearShape(bias);
        String name = layer + "." + EncoderAdapter.MAPS.get(m);
        tensors.put(name + ".a", new EncoderAdapter.Tensor(new long[] {shape[0], rank},
            new float[(int) shape[0] * rank]));
        tensors.put(name + ".b", new EncoderAdapter.Tensor(new long[] {rank, shape[1]},
            new float[rank * (int) shape[1]]));
        tensors.put(name + ".bias", new EncoderAdapter.Tensor(new long[] {shape[1]},
            weights.floats(bias)));
      }
      for (int n = 0; n < EncoderAdapter.NORMS.size(); n++) {
        String name = layer + "." + EncoderAdapter.NORMS.get(n);
        tensors.put(name + ".gamma", new EncoderAdapter.Tensor(new long[] {384},
            weights.floats(EncoderAdapter.onnxNorm(layer, n, true))));
        tensors.put(name + ".beta", new EncoderAdapter.Tensor(new long[] {384},
            weights.floats(EncoderAdapter.onnxNorm(layer, n, false))));
      }
    }
    return tensors;
  }

  @Test
  void findsEachLayersLinearMapsByTheirBiases() throws Exception {
    OnnxWeights weights = new OnnxWeights(shipped());
    assertEquals(36, weights.linearBiases().size(), weights.linearBiases().toString());
    assertArrayEquals(new long[] {384, 384}, weights.linearShape(EncoderAdapter.onnxBias(0, 0)));
    assertArrayEquals(new long[] {384, 1536}, weights.linearShape(EncoderAdapter.onnxBias(5, 4)));
    assertArrayEquals(new long[] {1536, 384}, weights.linearShape(EncoderAdapter.onnxBias(5, 5)));
    assertArrayEquals(new long[] {30522, 384},
        weights.tableShape("embeddings.word_embeddings.weight"));
  }

  @Test
  void weightsWrittenBackAsReadLeaveTheFileByteForByte() throws Exception {
    // The quantiser's scheme (column scales of the largest magnitude over 64) is the file's own.
    byte[] original = shipped();
    OnnxWeights weights = new OnnxWeights(original.clone());
    for (String bias : weights.linearBiases()) {
      weights.setLinear(bias, weights.linear(bias));
      weights.setFloats(bias, weights.floats(bias));
    }
    assertTrue(Arrays.equals(original, weights.bytes()));
  }

  @Test
  void anAdapterThatChangesNothingGivesTheShippedVectors() throws Exception {
    EncoderAdapter adapter = new EncoderAdapter(MINILM.id(), 4, 4f,
        unchanged(new OnnxWeights(shipped()), 4));
    List<float[]> shippedVectors = OnnxEmbedder.load(MINILM).embed(PASSAGES);
    OnnxEmbedder tuned = OnnxEmbedder.load(MINILM, Optional.of(adapter));
    List<float[]> tunedVectors = tuned.embed(PASSAGES);
    for (int i = 0; i < PASSAGES.size(); i++) {
      assertArrayEquals(shippedVectors.get(i), tunedVectors.get(i));
    }
    // A type model trained over it records which tuning it needs.
    assertEquals(MINILM.id() + " tuned " + adapter.id(), tuned.name());
  }

  @Test
  void anAdapterAddsItsLowRankProductToTheWeight() throws Exception {
    OnnxWeights weights = new OnnxWeights(shipped());
    Map<String, EncoderAdapter.Tensor> tensors = unchanged(weights, 1);
    // a = 1 on the first input, b = 0.05 on every output: the first row grows by 0.05 × scale 2.
    float[] a = new float[384];
    a[0] = 1f;
    float[] b = new float[384];
    Arrays.fill(b, 0.05f);
    tensors.put("0.query.a", new EncoderAdapter.Tensor(new long[] {384, 1}, a));
    tensors.put("0.query.b", new EncoderAdapter.Tensor(new long[] {1, 384}, b));
    String bias = EncoderAdapter.onnxBias(0, 0);
    float[] before = weights.linear(bias);
    new EncoderAdapter(MINILM.id(), 1, 2f, tensors).applyTo(weights);
    float[] after = weights.linear(bias);
    for (int o = 0; o < 384; o++) {
      assertEquals(before[o] + 0.1f, after[o], 0.01f, "output " + o);
      assertEquals(before[384 + o], after[384 + o], 0.01f, "second row, output " + o);
    }
    assertNotEquals(before[0], after[0]);
  }

  @Test
  void theFileFormKeepsEveryNumberAndRefusesDamage() throws Exception {
    EncoderAdapter adapter = new EncoderAdapter(MINILM.id(), 2, 8f,
        unchanged(new OnnxWeights(shipped()), 2));
    byte[] bytes = adapter.bytes();
    EncoderAdapter read = EncoderAdapter.read(bytes, "a.adapter");
    assertEquals(adapter.id(), read.id());
    assertEquals(6, read.layers());
    assertEquals(2, read.rank());

    byte[] damaged = bytes.clone();
    damaged[bytes.length / 2] ^= 1;
    assertEquals("a.adapter: the adapter is damaged (checksum differs)", assertThrows(
        TypeModelException.class, () -> EncoderAdapter.read(damaged, "a.adapter")).getMessage());
    assertEquals("b.adapter: not a Sitrep encoder adapter", assertThrows(TypeModelException.class,
        () -> EncoderAdapter.read("text, not numbers".getBytes(java.nio.charset.StandardCharsets.UTF_8), "b.adapter")).getMessage());
    byte[] cut = Arrays.copyOf(bytes, bytes.length / 3);
    assertTrue(assertThrows(TypeModelException.class, () -> EncoderAdapter.read(cut, "c.adapter"))
        .getMessage().startsWith("c.adapter: "));
  }

  @Test
  void anAdapterTunedFromAnotherEncoderIsRefused() throws Exception {
    EncoderAdapter adapter = new EncoderAdapter(MINILM.id(), 2, 8f,
        unchanged(new OnnxWeights(shipped()), 2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OnnxEmbedder.load(EmbedderModel.BGE_SMALL_EN_V15_Q, Optional.of(adapter)));
    assertEquals("the encoder adapter was tuned from all-minilm-l6-v2-q, not bge-small-en-v1.5-q",
        e.getMessage());
  }

  @Test
  void aFileThatIsNoOnnxModelIsRefused() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new OnnxWeights(new byte[] {(byte) 0xff, (byte) 0xff, 7, 7})).getMessage()
        .startsWith("not an ONNX model"));
  }
}
