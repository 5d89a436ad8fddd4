package org.sitrep.tune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.typing.EmbedderModel;
import org.sitrep.typing.EncoderAdapter;
import org.sitrep.typing.LabelledText;
import org.sitrep.typing.Offline;
import org.sitrep.typing.OnnxEmbedder;
import org.sitrep.typing.OnnxWeights;
import org.sitrep.model.SubEventType;
import org.sitrep.typing.TypeLabel;

/** Tuning the shipped encoder in PyTorch, and the core running what tuning made. */
class EncoderTunerTest {
  private static final EmbedderModel MINILM = EmbedderModel.ALL_MINILM_L6_V2_Q;

  private static final String[] TOWNS = {"Kitgum", "Lira", "Gulu", "Moroto", "Kotido", "Hoima"};

  /** Passages written here: fighting and peaceful marches, alike in their words. */
  private static List<LabelledText> passages() {
    List<LabelledText> out = new ArrayList<>();
    for (String town : TOWNS) {
      out.add(new LabelledText("Soldiers and rebels exchanged fire near " + town
          + " for two hours.", TypeLabel.of(SubEventType.ARMED_CLASH), "test"));
      out.add(new LabelledText("Militiamen fought an army patrol outside " + town + " on Monday.",
          TypeLabel.of(SubEventType.ARMED_CLASH), "test"));
      out.add(new LabelledText("Teachers marched through " + town + " to demand their pay.",
          TypeLabel.of(SubEventType.PEACEFUL_PROTEST), "test"));
      out.add(new LabelledText("Hundreds of traders rallied peacefully in " + town
          + " against a new tax.", TypeLabel.of(SubEventType.PEACEFUL_PROTEST), "test"));
    }
    return out;
  }

  /** The encoder at full precision, which tuning starts from. */
  private static byte[] fullPrecision() throws Exception {
    try (InputStream in = EncoderTunerTest.class.getClassLoader()
        .getResourceAsStream("all-minilm-l6-v2.onnx")) {
      return in.readAllBytes();
    }
  }

  /** Each passage's word pieces, as MiniLM's tokenizer file cuts them. */
  private static List<long[]> pieces(List<String> texts) throws Exception {
    List<long[]> out = new ArrayList<>();
    try (var tokenizer = ai.djl.huggingface.tokenizers.HuggingFaceTokenizer.newInstance(
        EncoderTunerTest.class.getClassLoader().getResourceAsStream(MINILM.tokenizerResource()),
        java.util.Map.of("padding", "false"))) {
      for (String text : texts) {
        out.add(tokenizer.encode(text, true, false).getIds());
      }
    }
    return out;
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }

  /**
   * How much nearer passages of one type lie than passages of two, same minus different, once
   * the vectors' mean is taken away (a direction all share tells no type from another).
   */
  private static double separation(List<float[]> raw, List<LabelledText> texts) {
    float[] mean = new float[raw.get(0).length];
    for (float[] v : raw) {
      for (int i = 0; i < mean.length; i++) {
        mean[i] += v[i] / raw.size();
      }
    }
    List<float[]> vectors = new ArrayList<>();
    for (float[] v : raw) {
      float[] c = v.clone();
      for (int i = 0; i < c.length; i++) {
        c[i] -= mean[i];
      }
      vectors.add(c);
    }
    double same = 0;
    double different = 0;
    int nSame = 0;
    int nDifferent = 0;
    for (int i = 0; i < vectors.size(); i++) {
      for (int j = i + 1; j < vectors.size(); j++) {
        double c = cosine(vectors.get(i), vectors.get(j));
        if (texts.get(i).label().equals(texts.get(j).label())) {
          same += c;
          nSame++;
        } else {
          different += c;
          nDifferent++;
        }
      }
    }
    return same / nSame - different / nDifferent;
  }

  @Test
  void theEncoderRebuiltInPyTorchGivesTheShippedVectors() throws Exception {
    List<String> texts = passages().stream().limit(4).map(LabelledText::text).toList();
    Offline.ensure();
    List<float[]> shipped = OnnxEmbedder.load(MINILM).embed(texts);
    try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch");
        TunableEncoder encoder = new TunableEncoder(MINILM, new OnnxWeights(fullPrecision()), 4, 4f, 1,
            manager.newSubManager())) {
      List<long[]> pieces = pieces(texts);
      // Padded to the longest of the four, as a batch is: the mask must keep padding out.
      float[] rebuilt = encoder.encode(manager, pieces).toFloatArray();
      for (int i = 0; i < texts.size(); i++) {
        float[] row = java.util.Arrays.copyOfRange(rebuilt, i * 384, (i + 1) * 384);
        // The core runs the quantised encoder, PyTorch the full-precision one: near, not equal.
        assertTrue(cosine(row, shipped.get(i)) > 0.98, "passage " + i + ": "
            + cosine(row, shipped.get(i)));
      }
    }
  }

  @Test
  void tuningDrawsPassagesOfATypeTogetherAndTheCoreRunsTheTunedEncoder() {
    List<LabelledText> texts = passages();
    EncoderTuner tuner = new EncoderTuner(MINILM, new EncoderTuner.Settings(6, 4, 2e-3f, 8, 7));
    List<Integer> steps = new ArrayList<>();
    EncoderTuner.Result result = tuner.tune(texts, steps::add);
    assertEquals(tuner.steps(texts.size()), steps.size());
    assertEquals(18, steps.size());
    EncoderAdapter adapter = result.adapter();
    assertEquals(MINILM.id(), adapter.base());
    assertEquals(6, adapter.layers());
    assertEquals(4, adapter.rank());

    assertTrue(result.lastEpochLoss() < 1.0, "loss " + result.lastEpochLoss());

    List<String> words = texts.stream().map(LabelledText::text).toList();
    List<float[]> tuned = OnnxEmbedder.load(MINILM, Optional.of(adapter)).embed(words);
    double before = separation(OnnxEmbedder.load(MINILM).embed(words), texts);
    double after = separation(tuned, texts);
    assertTrue(after > before + 0.05, "before " + before + ", after " + after);
  }

  @Test
  void aGradientThatOverflowedIsClearedBeforeTheNextStep() {
    // The square root's slope at 0 is infinite: one step's gradient overflows, as one batch's
    // can in a long run, and the next step must start again from zero.
    Offline.ensure();
    Engine engine = Engine.getEngine("PyTorch");
    try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
      NDArray weight = manager.create(new float[] {0f, 1f});
      weight.setRequiresGradient(true);
      try (GradientCollector collector = engine.newGradientCollector()) {
        collector.backward(weight.sqrt().sum());
        assertEquals(Float.POSITIVE_INFINITY, weight.getGradient().toFloatArray()[0]);
        EncoderTuner.clearGradients(List.of(weight));
        collector.backward(weight.mul(2f).sum());
        assertArrayEquals(new float[] {2f, 2f}, weight.getGradient().toFloatArray());
      }
    }
  }

  @Test
  void onlyAnEncoderWhoseFullPrecisionWeightsShipCanBeTuned() {
    assertTrue(EncoderTuner.canTune(MINILM));
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new EncoderTuner(EmbedderModel.E5_SMALL_V2_Q,
            EncoderTuner.Settings.DEFAULT));
    assertEquals("e5-small-v2-q cannot be tuned here (only all-minilm-l6-v2-q: its full-precision"
        + " weights ship with Sitrep)", e.getMessage());
  }

  @Test
  void theCoreRunsATunedEncoderAsPyTorchDoes() throws Exception {
    // The adapter's additions merged into the quantised weights, against the same additions
    // computed beside the weights in PyTorch.
    List<LabelledText> texts = passages().subList(0, 8);
    EncoderAdapter adapter = new EncoderTuner(MINILM, new EncoderTuner.Settings(2, 4, 2e-3f, 4, 3))
        .tune(texts, step -> { }).adapter();
    List<String> words = texts.stream().map(LabelledText::text).toList();
    List<float[]> merged = OnnxEmbedder.load(MINILM, Optional.of(adapter)).embed(words);
    List<float[]> untuned = OnnxEmbedder.load(MINILM).embed(words);
    try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch");
        TunableEncoder encoder = new TunableEncoder(MINILM, new OnnxWeights(fullPrecision()), 4, 4f, 1,
            manager.newSubManager())) {
      encoder.load(adapter);
      List<long[]> pieces = pieces(words);
      for (int i = 0; i < words.size(); i++) {
        float[] alone = encoder.encode(manager, List.of(pieces.get(i))).toFloatArray();
        // ONNX Runtime quantises each layer's input to 8 bits, and tuning this hard on eight
        // passages makes some inputs large: near, and nearer than the untuned encoder's vector.
        double same = cosine(alone, merged.get(i));
        assertTrue(same > 0.95, "passage " + i + ": " + same);
        assertTrue(same > cosine(alone, untuned.get(i)) + 0.05, "passage " + i + ": " + same
            + " against the untuned " + cosine(alone, untuned.get(i)));
      }
    }
  }
}
