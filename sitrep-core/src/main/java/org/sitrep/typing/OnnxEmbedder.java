package org.sitrep.typing;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sentence-embedding model of 384 dimensions ({@link EmbedderModel}) that ships inside a jar on
 * Maven Central and runs in this JVM with ONNX Runtime, nothing downloaded: all-MiniLM-L6-v2
 * (quantised, the default) takes about 2 ms a sentence on one core. Thread-safe; load once (a
 * second or two).
 *
 * <p>The model and tokenizer files are langchain4j's, and a passage is embedded as langchain4j
 * embeds it (word pieces with the two special tokens, pooled as the model's card says, scaled to
 * length 1; for all-MiniLM-L6-v2 the same vectors to within 1e-7), but through a session of its
 * own:
 * <ul>
 *   <li>run on the caller's thread alone. The pipeline has its own threads, one per core; the
 *       session langchain4j builds also spreads each passage over every core, so that on a busy
 *       machine the threads wait for each other, and a pipeline thread takes the other cores'
 *       time from the other pipeline threads.
 *   <li>tokenized once, where langchain4j tokenizes each passage three times.
 *   <li>one passage a run, never several padded to one length: the model quantises each run's
 *       activations with one scale, so a passage batched with others would get another vector.
 * </ul>
 * all-MiniLM-L6-v2's tokenizer file cuts a passage after 126 word pieces, for langchain4j as
 * here, and the shipped type model was trained on such vectors, so it is kept: no MiniLM passage
 * is ever too long for one run. The other models' tokenizer files cut nothing, and their jars are
 * for an older langchain4j whose classes are never used: a passage too long for one run is cut
 * into parts here ({@link #embedInParts}).
 */
public final class OnnxEmbedder implements SentenceEmbedder {
  /** The default model's name. */
  public static final String NAME = EmbedderModel.ALL_MINILM_L6_V2_Q.id();
  /** langchain4j's part length, 510 word pieces, with the two special tokens. */
  private static final int ONE_PART = 512;
  private static final int DIMENSIONS = 384;

  private final EmbedderModel kind;
  private final java.util.Optional<EncoderAdapter> adapter;
  /** Computed once: a tuned one's names its adapter by a checksum of all its numbers. */
  private final String name;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typeIds;
  private final long classToken;
  private final long separatorToken;

  private OnnxEmbedder(EmbedderModel kind, java.util.Optional<EncoderAdapter> adapter,
      OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer)
      throws OrtException {
    this.kind = kind;
    this.adapter = adapter;
    this.name = adapter.map(a -> kind.id() + TUNED + a.id()).orElse(kind.id());
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.typeIds = session.getInputNames().contains("token_type_ids");
    long[] empty = tokenizer.encode("", true, false).getIds();
    this.classToken = empty[0];
    this.separatorToken = empty[empty.length - 1];
  }

  /** The default model, all-MiniLM-L6-v2. */
  public static OnnxEmbedder load() {
    return load(EmbedderModel.ALL_MINILM_L6_V2_Q);
  }

  public static OnnxEmbedder load(EmbedderModel kind) {
    return load(kind, java.util.Optional.empty());
  }

  /**
   * The model as shipped, or tuned by an adapter ({@code sitrep tune}): its weights rewritten in
   * memory before ONNX Runtime reads them, so it runs as fast as the shipped one.
   *
   * @throws IllegalArgumentException when the adapter was tuned from another model, or does not
   *     fit this one
   */
  public static OnnxEmbedder load(EmbedderModel kind, java.util.Optional<EncoderAdapter> adapter) {
    adapter.ifPresent(a -> {
      if (!a.base().equals(kind.id())) {
        throw new IllegalArgumentException("the encoder adapter was tuned from " + a.base()
            + ", not " + kind.id());
      }
    });
    Offline.ensure();
    // The model jars hold their files at the root of the class path, beside Sitrep's own classes.
    ClassLoader loader = OnnxEmbedder.class.getClassLoader();
    try (InputStream model = loader.getResourceAsStream(kind.modelResource());
        InputStream vocabulary = loader.getResourceAsStream(kind.tokenizerResource())) {
      if (model == null || vocabulary == null) {
        throw new IllegalStateException("the embedding model's jar lacks " + kind.modelResource()
            + " or " + kind.tokenizerResource());
      }
      OrtEnvironment environment = OnnxRuntimeLibraries.environment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      byte[] bytes = model.readAllBytes();
      if (adapter.isPresent()) {
        OnnxWeights weights = new OnnxWeights(bytes);
        adapter.get().applyTo(weights);
        bytes = weights.bytes();
      }
      OrtSession session = environment.createSession(bytes, options);
      // DJL cuts at 512 word pieces unless told not to, where a tokenizer file sets no limit.
      Map<String, String> cut = kind == EmbedderModel.ALL_MINILM_L6_V2_Q
          ? Map.of("padding", "false") : Map.of("padding", "false", "truncation", "false");
      return new OnnxEmbedder(kind, adapter, environment, session,
          HuggingFaceTokenizer.newInstance(vocabulary, cut));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model from its jar", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the embedding model", e);
    }
  }

  /**
   * The model's id, and the adapter's when it is tuned ("all-minilm-l6-v2-q tuned 1a2b3c4d"): a
   * type model trained over a tuned encoder must be read with that encoder.
   */
  @Override
  public String name() {
    return name;
  }

  @Override
  public java.util.Optional<EncoderAdapter> adapter() {
    return adapter;
  }

  /** What stands between a model's id and its adapter's in a tuned embedder's name. */
  static final String TUNED = " tuned ";

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public List<float[]> embed(List<String> passages) {
    List<float[]> vectors = new ArrayList<>(passages.size());
    for (String passage : passages) {
      String text = kind.prefix() + (passage.isBlank() ? "." : passage);
      Encoding encoding = tokenizer.encode(text, true, false);
      vectors.add(encoding.getIds().length <= ONE_PART
          ? embed(encoding.getIds()) : embedInParts(passage));
    }
    return vectors;
  }

  /**
   * A long passage's vector: the word pieces cut into parts that fit the model, each with the
   * prefix and the two special tokens; the mean of the parts' vectors, each weighed by its word
   * pieces, scaled to length 1.
   */
  private float[] embedInParts(String passage) {
    long[] prefix = tokenizer.encode(kind.prefix(), false, false).getIds();
    long[] pieces = tokenizer.encode(passage, false, false).getIds();
    int room = ONE_PART - 2 - prefix.length;
    float[] sum = new float[DIMENSIONS];
    for (int start = 0; start < pieces.length; start += room) {
      int length = Math.min(room, pieces.length - start);
      long[] ids = new long[length + prefix.length + 2];
      ids[0] = classToken;
      System.arraycopy(prefix, 0, ids, 1, prefix.length);
      System.arraycopy(pieces, start, ids, 1 + prefix.length, length);
      ids[ids.length - 1] = separatorToken;
      float[] part = embed(ids);
      for (int j = 0; j < sum.length; j++) {
        sum[j] += part[j] * length;
      }
    }
    return ofLength1(sum);
  }

  /** One run of the model over one passage's word pieces, special tokens included. */
  private float[] embed(long[] ids) {
    long[] shape = {1, ids.length};
    long[] ones = new long[ids.length];
    Arrays.fill(ones, 1L);
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(environment,
          LongBuffer.wrap(ones), shape));
      if (typeIds) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(environment,
            LongBuffer.wrap(new long[ids.length]), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
        return kind.pooling() == EmbedderModel.Pooling.CLS
            ? ofLength1(tokens[0].clone()) : meanOfLength1(tokens);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed on a passage", e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  /** The mean of the token vectors, scaled to length 1. */
  static float[] meanOfLength1(float[][] tokens) {
    float[] mean = new float[tokens[0].length];
    for (float[] token : tokens) {
      for (int j = 0; j < mean.length; j++) {
        mean[j] += token[j];
      }
    }
    for (int j = 0; j < mean.length; j++) {
      mean[j] /= tokens.length;
    }
    return ofLength1(mean);
  }

  /** The vector scaled to length 1, in place. */
  static float[] ofLength1(float[] v) {
    double squares = 0;
    for (float x : v) {
      squares += x * x;
    }
    double norm = Math.sqrt(squares);
    for (int j = 0; j < v.length; j++) {
      v[j] = (float) (v[j] / norm);
    }
    return v;
  }
}
