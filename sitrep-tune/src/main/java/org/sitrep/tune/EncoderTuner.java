package org.sitrep.tune;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import org.sitrep.typing.EmbedderModel;
import org.sitrep.typing.EncoderAdapter;
import org.sitrep.typing.LabelledText;
import org.sitrep.typing.Offline;
import org.sitrep.typing.OnnxWeights;
import org.sitrep.typing.TypeLabel;

/**
 * Tunes a shipped sentence encoder to tell ACLED's sub-event types apart ({@code sitrep tune}):
 * the encoder with a softmax over the 25 types and "not an event" on its pooled vector, trained
 * on coded passages by AdamW for a few epochs, of which only the encoder's part is kept, as an
 * {@link EncoderAdapter}. The type model ({@code sitrep train --adapter}) is then trained over the
 * tuned vectors as over the shipped ones.
 *
 * <p>A frozen encoder's vectors place passages by what they are about, not by what ACLED codes:
 * "soldiers fought rebels" and "rebels attacked a village" lie close. Tuning moves them apart
 * where the codebook does. Low-rank additions, rather than new weights, keep the change small
 * and keep the encoder from forgetting what it knew of other wordings.
 */
public final class EncoderTuner {
  /**
   * How tuning runs.
   *
   * @param epochs passes over the passages
   * @param rank the inner size of each weight's addition
   * @param learningRate the peak rate, reached after a twentieth of the steps, then eased off
   * @param batch passages a step
   * @param seed the additions' starting values and the order of the passages
   */
  public record Settings(int epochs, int rank, float learningRate, int batch, long seed) {
    /** What the shipped adapter was tuned with. */
    public static final Settings DEFAULT = new Settings(3, 8, 5e-4f, 32, 7);

    public Settings {
      if (epochs < 1 || rank < 1 || batch < 1 || !(learningRate > 0)) {
        throw new IllegalArgumentException("epochs, rank and batch must be at least 1, and the"
            + " learning rate above 0");
      }
    }
  }

  /** The additions are scaled by 16 over the rank, so that a larger rank does not learn faster. */
  private static final float ALPHA = 16f;
  /** Word pieces kept of a passage while tuning; longer ones are rare in training sets. */
  private static final int LONGEST = 256;

  private final EmbedderModel kind;
  private final Settings settings;

  /** @throws IllegalArgumentException when the encoder cannot be tuned ({@link #canTune}) */
  public EncoderTuner(EmbedderModel kind, Settings settings) {
    fullPrecision(kind);
    this.kind = kind;
    this.settings = settings;
  }

  /**
   * The encoders that can be tuned, each by its ONNX file at full precision. Tuning starts from
   * those weights and the adapter is applied to the quantised ones the core runs: tuned from the
   * quantised weights themselves, the steps overflowed within the first epoch on Sitrep's set.
   */
  private static final Map<EmbedderModel, String> FULL_PRECISION = Map.of(
      EmbedderModel.ALL_MINILM_L6_V2_Q, "all-minilm-l6-v2.onnx");

  /** Whether this module has the encoder at full precision, which tuning needs. */
  public static boolean canTune(EmbedderModel kind) {
    return FULL_PRECISION.containsKey(kind);
  }

  private static String fullPrecision(EmbedderModel kind) {
    String resource = FULL_PRECISION.get(kind);
    if (resource == null) {
      throw new IllegalArgumentException(kind.id() + " cannot be tuned here (only "
          + EmbedderModel.ALL_MINILM_L6_V2_Q.id() + ": its full-precision weights ship with"
          + " Sitrep)");
    }
    return resource;
  }

  /** Steps of {@link #tune} for this many passages. */
  public int steps(int passages) {
    return settings.epochs() * ((passages + settings.batch() - 1) / settings.batch());
  }

  /**
   * Tunes the encoder on the passages, telling {@code progress} the steps done after each.
   *
   * @return the adapter, each epoch's mean loss, and the steps skipped
   */
  public Result tune(List<LabelledText> texts, IntConsumer progress) {
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no passages to tune on");
    }
    Offline.ensure();
    OnnxWeights weights = new OnnxWeights(resource(fullPrecision(kind)));
    List<long[]> pieces = pieces(texts);
    int[] labels = texts.stream().mapToInt(t -> t.label().index()).toArray();
    List<int[]> batches = batches(pieces);
    int total = settings.epochs() * batches.size();
    Engine engine = Engine.getEngine("PyTorch");
    try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch");
        TunableEncoder encoder = new TunableEncoder(kind, weights, settings.rank(),
            ALPHA / settings.rank(), settings.seed(), manager.newSubManager())) {
      Random random = new Random(settings.seed());
      NDArray headWeight = manager.create(gaussian(random, encoder.width() * TypeLabel.COUNT),
          new Shape(encoder.width(), TypeLabel.COUNT));
      NDArray headBias = manager.zeros(new Shape(TypeLabel.COUNT));
      headWeight.setRequiresGradient(true);
      headBias.setRequiresGradient(true);
      Map<String, NDArray> parameters = new java.util.LinkedHashMap<>(encoder.tunedParameters());
      parameters.put("head.weight", headWeight);
      parameters.put("head.bias", headBias);
      Steps steps = new Steps(engine, encoder, headWeight, headBias, parameters, optimizer(total),
          pieces, labels);
      int step = 0;
      int skipped = 0;
      double[] epochLoss = new double[settings.epochs()];
      for (int epoch = 0; epoch < settings.epochs(); epoch++) {
        Collections.shuffle(batches, new Random(settings.seed() + epoch));
        double lossSum = 0;
        int counted = 0;
        for (int[] batch : batches) {
          float loss = steps.take(manager, batch);
          if (Float.isNaN(loss)) {
            skipped++;
          } else {
            lossSum += loss;
            counted++;
          }
          progress.accept(++step);
        }
        epochLoss[epoch] = counted == 0 ? Double.NaN : lossSum / counted;
      }
      return new Result(encoder.adapter(), epochLoss, skipped);
    }
  }

  /** What one tuning run updates, step by step: the encoder's additions and the head over it. */
  private record Steps(Engine engine, TunableEncoder encoder, NDArray headWeight, NDArray headBias,
      Map<String, NDArray> parameters, Optimizer optimizer, List<long[]> pieces, int[] labels) {
    /**
     * One update on a batch of passages (indices into {@code pieces}). Returns the batch's loss,
     * or NaN when its loss or gradient was not a number and nothing was updated.
     */
    float take(NDManager manager, int[] batch) {
      try (NDManager scratch = manager.newSubManager();
          GradientCollector collector = engine.newGradientCollector()) {
        List<long[]> batchPieces = new ArrayList<>(batch.length);
        float[] oneHot = new float[batch.length * TypeLabel.COUNT];
        for (int i = 0; i < batch.length; i++) {
          batchPieces.add(pieces.get(batch[i]));
          oneHot[i * TypeLabel.COUNT + labels[batch[i]]] = 1f;
        }
        NDArray logits = encoder.encode(scratch, batchPieces).matMul(headWeight).add(headBias);
        NDArray loss = logits.logSoftmax(-1)
            .mul(scratch.create(oneHot, new Shape(batch.length, TypeLabel.COUNT)))
            .sum().div(-batch.length);
        float value = loss.getFloat();
        boolean updated = Float.isFinite(value) && update(collector, loss);
        clearGradients(parameters.values());
        return updated ? value : Float.NaN;
      }
    }

    /** Back-propagates the loss and updates every parameter, unless a gradient is no number. */
    private boolean update(GradientCollector collector, NDArray loss) {
      collector.backward(loss);
      // Each call wraps the gradient anew, in the parameter's manager: closed after use.
      List<NDArray> gradients = new ArrayList<>(parameters.size());
      parameters.values().forEach(p -> gradients.add(p.getGradient()));
      try {
        if (!clipped(gradients)) {
          return false;
        }
        int i = 0;
        for (Map.Entry<String, NDArray> p : parameters.entrySet()) {
          optimizer.update(p.getKey(), p.getValue(), gradients.get(i++));
        }
        return true;
      } finally {
        gradients.forEach(NDArray::close);
      }
    }
  }

  /**
   * Sets each parameter's gradient to zero, whatever it held. PyTorch adds each step's gradient
   * to the last, so it must be cleared between steps; DJL's own clearing
   * ({@code GradientCollector.zeroGradients}) subtracts a gradient from itself, which turns one
   * that overflowed into not a number for good, and every later step was then skipped: the runs
   * that "diverged" with hundreds of steps skipped.
   */
  static void clearGradients(Collection<NDArray> parameters) {
    for (NDArray parameter : parameters) {
      JniUtils.zeroGrad((PtNDArray) parameter);
    }
  }

  /**
   * The adapter, each epoch's mean loss, and the steps skipped because their loss or gradient
   * was not a number (none, on a sound run).
   */
  public record Result(EncoderAdapter adapter, double[] epochLoss, int skippedSteps) {
    public double lastEpochLoss() {
      return epochLoss[epochLoss.length - 1];
    }
  }

  /** Gradients scaled together to a norm of at most this, as BERT is commonly tuned. */
  private static final double LARGEST_GRADIENT = 1.0;

  /**
   * Scales the gradients together so that their norm is at most {@link #LARGEST_GRADIENT}: one
   * batch of unlike passages early on can otherwise push the weights far enough that the next
   * steps overflow. Returns false, changing nothing, when a gradient is not a number.
   */
  private static boolean clipped(List<NDArray> gradients) {
    double squares = 0;
    for (NDArray g : gradients) {
      // Closed at once: they would otherwise live as long as the gradient's manager, the run.
      try (NDArray square = g.mul(g); NDArray sum = square.sum()) {
        squares += sum.getFloat();
      }
    }
    if (!Double.isFinite(squares)) {
      return false;
    }
    double norm = Math.sqrt(squares);
    if (norm > LARGEST_GRADIENT) {
      float factor = (float) (LARGEST_GRADIENT / norm);
      for (NDArray g : gradients) {
        g.muli(factor);
      }
    }
    return true;
  }

  private Optimizer optimizer(int total) {
    float peak = settings.learningRate();
    Tracker eased = Tracker.cosine().setBaseValue(peak).optFinalValue(peak / 100)
        .setMaxUpdates(total).build();
    Tracker rate = Tracker.warmUp().setMainTracker(eased).optWarmUpSteps(Math.max(1, total / 20))
        .optWarmUpBeginValue(0f).build();
    return Optimizer.adamW().optLearningRateTracker(rate).optWeightDecays(0.01f).build();
  }

  /**
   * The passages' word pieces, as the embedder reads them (MiniLM's tokenizer file cuts after 126
   * pieces), cut to {@link #LONGEST}.
   */
  private List<long[]> pieces(List<LabelledText> texts) {
    Map<String, String> options = kind == EmbedderModel.ALL_MINILM_L6_V2_Q
        ? Map.of("padding", "false") : Map.of("padding", "false", "truncation", "false");
    try (HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(
        new java.io.ByteArrayInputStream(resource(kind.tokenizerResource())), options)) {
      List<long[]> out = new ArrayList<>(texts.size());
      for (LabelledText text : texts) {
        long[] ids = tokenizer.encode(kind.prefix() + text.text(), true, false).getIds();
        if (ids.length > LONGEST) {
          long last = ids[ids.length - 1];
          ids = Arrays.copyOf(ids, LONGEST);
          ids[LONGEST - 1] = last;
        }
        out.add(ids);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedder's tokenizer", e);
    }
  }

  /** Batches of passages of like length, so that little of each is padding. */
  private List<int[]> batches(List<long[]> pieces) {
    Integer[] order = new Integer[pieces.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> pieces.get(i).length));
    List<int[]> out = new ArrayList<>();
    for (int start = 0; start < order.length; start += settings.batch()) {
      int end = Math.min(order.length, start + settings.batch());
      int[] batch = new int[end - start];
      for (int i = start; i < end; i++) {
        batch[i - start] = order[i];
      }
      out.add(batch);
    }
    return out;
  }

  private static float[] gaussian(Random random, int n) {
    float[] out = new float[n];
    for (int i = 0; i < n; i++) {
      out[i] = (float) (random.nextGaussian() * 0.02);
    }
    return out;
  }

  private static byte[] resource(String name) {
    try (InputStream in = EncoderTuner.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the embedding model's jar lacks " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
