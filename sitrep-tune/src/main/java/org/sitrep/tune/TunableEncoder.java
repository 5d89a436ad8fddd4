package org.sitrep.tune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.norm.LayerNorm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sitrep.typing.EmbedderModel;
import org.sitrep.typing.EncoderAdapter;
import org.sitrep.typing.OnnxWeights;

/**
 * A shipped BERT encoder rebuilt in PyTorch (through DJL) from its ONNX weights, with what tuning
 * may change: a low-rank addition to each layer's six linear maps, their biases and the layers'
 * norms. The word-piece tables and the weights themselves stay frozen, so a passage's vector is
 * the shipped encoder's until tuning moves it, and what moved fits in an {@link EncoderAdapter}.
 *
 * <p>The forward pass is BERT's as the ONNX files compute it (GELU with erf, norms with epsilon
 * 1e-12, masked attention, the pooling the model's card asks for), over the quantised weights as
 * ONNX Runtime reads them, so that the tuned vectors are the ones the core will compute.
 */
final class TunableEncoder implements AutoCloseable {
  private static final int HEADS = 12;
  private static final float NORM_EPSILON = 1e-12f;
  private static final float MASKED = -10000f;

  private final EmbedderModel kind;
  private final int rank;
  private final float scale;
  private final int layers;
  private final int width;
  private final float[] wordTable;
  private final float[] positions;
  private final float[] tokenType;
  private final float[] inputNormScale;
  private final float[] inputNormShift;
  private final NDManager manager;
  /** Frozen linear weights, by "layer.map". */
  private final Map<String, NDArray> frozen = new LinkedHashMap<>();
  /** What tuning changes, named as the adapter names it. */
  private final Map<String, NDArray> tuned = new LinkedHashMap<>();

  TunableEncoder(EmbedderModel kind, OnnxWeights weights, int rank, float scale, long seed,
      NDManager manager) {
    this.kind = kind;
    this.rank = rank;
    this.scale = scale;
    this.manager = manager;
    String words = "embeddings.word_embeddings.weight";
    this.wordTable = weights.table(words);
    this.width = (int) weights.tableShape(words)[1];
    this.positions = weights.table("embeddings.position_embeddings.weight");
    this.tokenType = weights.table("embeddings.token_type_embeddings.weight");
    this.inputNormScale = weights.floats("embeddings.LayerNorm.weight");
    this.inputNormShift = weights.floats("embeddings.LayerNorm.bias");
    int n = 0;
    while (weights.has(EncoderAdapter.onnxBias(n, 0))) {
      n++;
    }
    this.layers = n;
    Random random = new Random(seed);
    for (int layer = 0; layer < layers; layer++) {
      for (int m = 0; m < EncoderAdapter.MAPS.size(); m++) {
        String bias = EncoderAdapter.onnxBias(layer, m);
        long[] shape = weights.linearShape(bias);
        String name = layer + "." + EncoderAdapter.MAPS.get(m);
        frozen.put(name, manager.create(weights.linear(bias), new Shape(shape)));
        float[] a = new float[(int) shape[0] * rank];
        for (int i = 0; i < a.length; i++) {
          a[i] = (float) (random.nextGaussian() * 0.02);
        }
        tuned.put(name + ".a", manager.create(a, new Shape(shape[0], rank)));
        // b starts at zero, so the tuned encoder starts as the shipped one.
        tuned.put(name + ".b", manager.zeros(new Shape(rank, shape[1])));
        tuned.put(name + ".bias", manager.create(weights.floats(bias)));
      }
      for (int m = 0; m < EncoderAdapter.NORMS.size(); m++) {
        String name = layer + "." + EncoderAdapter.NORMS.get(m);
        tuned.put(name + ".gamma", manager.create(weights.floats(
            EncoderAdapter.onnxNorm(layer, m, true))));
        tuned.put(name + ".beta", manager.create(weights.floats(
            EncoderAdapter.onnxNorm(layer, m, false))));
      }
    }
    tuned.values().forEach(p -> p.setRequiresGradient(true));
  }

  /** Sets what tuning changes to an adapter's numbers, as if it had been tuned to them. */
  void load(EncoderAdapter adapter) {
    for (Map.Entry<String, EncoderAdapter.Tensor> e : adapter.tensors().entrySet()) {
      NDArray old = tuned.get(e.getKey());
      if (old == null) {
        throw new IllegalArgumentException("this encoder has no " + e.getKey());
      }
      tuned.put(e.getKey(), manager.create(e.getValue().values(), new Shape(e.getValue().shape())));
    }
  }

  int width() {
    return width;
  }

  /** What tuning changes, by name; the optimiser updates these in place. */
  Map<String, NDArray> tunedParameters() {
    return tuned;
  }

  /**
   * The passages' vectors, before they are scaled to length 1: [passages × width].
   *
   * @param pieces each passage's word pieces, special tokens included
   */
  NDArray encode(NDManager batch, List<long[]> pieces) {
    int passages = pieces.size();
    int longest = pieces.stream().mapToInt(p -> p.length).max().orElse(1);
    float[] mask = new float[passages * longest];
    NDArray x = batch.create(embedded(pieces, longest, mask), new Shape(passages, longest, width));
    NDArray present = batch.create(mask, new Shape(passages, longest));
    NDArray attentionBias = present.sub(1f).mul(-MASKED).reshape(passages, 1, 1, longest);
    int head = width / HEADS;
    for (int layer = 0; layer < layers; layer++) {
      NDArray q = heads(linear(x, layer, 0), passages, longest, head);
      NDArray k = heads(linear(x, layer, 1), passages, longest, head);
      NDArray v = heads(linear(x, layer, 2), passages, longest, head);
      NDArray attention = q.matMul(k.transpose(0, 1, 3, 2)).div((float) Math.sqrt(head))
          .add(attentionBias).softmax(-1);
      NDArray context = attention.matMul(v).transpose(0, 2, 1, 3)
          .reshape(passages, longest, width);
      x = norm(x.add(linear(context, layer, 3)), layer, 0);
      NDArray inner = Activation.gelu(linear(x, layer, 4));
      x = norm(x.add(linear(inner, layer, 5)), layer, 1);
    }
    if (kind.pooling() == EmbedderModel.Pooling.CLS) {
      return x.get(":, 0, :");
    }
    NDArray m = present.reshape(passages, longest, 1);
    return x.mul(m).sum(new int[] {1}).div(m.sum(new int[] {1}));
  }

  private NDArray heads(NDArray x, int passages, int longest, int head) {
    return x.reshape(passages, longest, HEADS, head).transpose(0, 2, 1, 3);
  }

  private NDArray linear(NDArray x, int layer, int map) {
    String name = layer + "." + EncoderAdapter.MAPS.get(map);
    NDArray lowRank = x.matMul(tuned.get(name + ".a")).matMul(tuned.get(name + ".b")).mul(scale);
    return x.matMul(frozen.get(name)).add(lowRank).add(tuned.get(name + ".bias"));
  }

  private NDArray norm(NDArray x, int layer, int which) {
    String name = layer + "." + EncoderAdapter.NORMS.get(which);
    return LayerNorm.layerNorm(x, new Shape(width), tuned.get(name + ".gamma"),
        tuned.get(name + ".beta"), NORM_EPSILON).singletonOrThrow();
  }

  /**
   * The input layer, frozen, computed here rather than in PyTorch: word piece plus position plus
   * token type, normalised. Marks the real pieces in {@code mask}.
   */
  private float[] embedded(List<long[]> pieces, int longest, float[] mask) {
    float[] out = new float[pieces.size() * longest * width];
    for (int p = 0; p < pieces.size(); p++) {
      long[] ids = pieces.get(p);
      for (int t = 0; t < ids.length; t++) {
        mask[p * longest + t] = 1f;
        int at = (p * longest + t) * width;
        int word = (int) ids[t] * width;
        double sum = 0;
        for (int h = 0; h < width; h++) {
          float v = wordTable[word + h] + positions[t * width + h] + tokenType[h];
          out[at + h] = v;
          sum += v;
        }
        double mean = sum / width;
        double squares = 0;
        for (int h = 0; h < width; h++) {
          double d = out[at + h] - mean;
          squares += d * d;
        }
        double inverse = 1 / Math.sqrt(squares / width + NORM_EPSILON);
        for (int h = 0; h < width; h++) {
          out[at + h] = (float) ((out[at + h] - mean) * inverse * inputNormScale[h]
              + inputNormShift[h]);
        }
      }
    }
    return out;
  }

  /** What tuning changed, to be applied to the shipped encoder. */
  EncoderAdapter adapter() {
    Map<String, EncoderAdapter.Tensor> tensors = new LinkedHashMap<>();
    for (Map.Entry<String, NDArray> e : tuned.entrySet()) {
      tensors.put(e.getKey(), new EncoderAdapter.Tensor(e.getValue().getShape().getShape(),
          e.getValue().toFloatArray()));
    }
    return new EncoderAdapter(kind.id(), rank, scale, tensors);
  }

  @Override
  public void close() {
    manager.close();
  }
}
