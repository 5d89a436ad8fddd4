package org.sitrep.typing;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (quantised), a sentence-embedding model of 6 layers and 384 dimensions that
 * ships inside a jar on Maven Central and runs in this JVM with ONNX Runtime: about 2 ms a
 * sentence on one core, nothing downloaded. Thread-safe; load once (a second or two).
 *
 * <p>The model and tokenizer files are langchain4j's, and a passage is embedded as langchain4j
 * embeds it (word pieces with the two special tokens, the mean of the last layer over all of
 * them, scaled to length 1; the same vectors to within 1e-7), but through a session of its own:
 * <ul>
 *   <li>run on the caller's thread alone. The pipeline has its own threads, one per core; the
 *       session langchain4j builds also spreads each passage over every core, so that on a busy
 *       machine the threads wait for each other, and a pipeline thread takes the other cores'
 *       time from the other pipeline threads.
 *   <li>tokenized once, where langchain4j tokenizes each passage three times.
 *   <li>one passage a run, never several padded to one length: the model quantises each run's
 *       activations with one scale, so a passage batched with others would get another vector.
 * </ul>
 * A passage of more than 510 word pieces, which langchain4j splits into parts, goes to
 * langchain4j itself, loaded the first time one is seen.
 */
public final class OnnxEmbedder implements SentenceEmbedder {
  public static final String NAME = "all-minilm-l6-v2-q";
  private static final String MODEL = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
  /** langchain4j's part length, 510 word pieces, with the two special tokens. */
  private static final int ONE_PART = 512;
  private static final int DIMENSIONS = 384;

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typeIds;
  private final LongPassages longPassages = new LongPassages();

  private OnnxEmbedder(OrtEnvironment environment, OrtSession session,
      HuggingFaceTokenizer tokenizer) throws OrtException {
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.typeIds = session.getInputNames().contains("token_type_ids");
  }

  public static OnnxEmbedder load() {
    Offline.ensure();
    ClassLoader loader = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
    try (InputStream model = loader.getResourceAsStream(MODEL);
        InputStream vocabulary = loader.getResourceAsStream(TOKENIZER)) {
      if (model == null || vocabulary == null) {
        throw new IllegalStateException("the embedding model's jar lacks " + MODEL + " or " + TOKENIZER);
      }
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtSession session = environment.createSession(model.readAllBytes(), options);
      return new OnnxEmbedder(environment, session,
          HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model from its jar", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the embedding model", e);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public List<float[]> embed(List<String> passages) {
    List<float[]> vectors = new ArrayList<>(passages.size());
    for (String passage : passages) {
      String text = passage.isBlank() ? "." : passage;
      Encoding encoding = tokenizer.encode(text, true, false);
      vectors.add(encoding.getIds().length > ONE_PART ? longPassages.embed(text) : embed(encoding));
    }
    return vectors;
  }

  private float[] embed(Encoding encoding) {
    long[] ids = encoding.getIds();
    long[] shape = {1, ids.length};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(environment,
          LongBuffer.wrap(encoding.getAttentionMask()), shape));
      if (typeIds) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(environment,
            LongBuffer.wrap(encoding.getTypeIds()), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        return meanOfLength1(((float[][][]) result.get(0).getValue())[0]);
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
    double squares = 0;
    for (int j = 0; j < mean.length; j++) {
      mean[j] /= tokens.length;
      squares += mean[j] * mean[j];
    }
    double norm = Math.sqrt(squares);
    for (int j = 0; j < mean.length; j++) {
      mean[j] = (float) (mean[j] / norm);
    }
    return mean;
  }

  /** langchain4j's own model, for the rare passage it splits; loaded on first use. */
  private static final class LongPassages {
    private AllMiniLmL6V2QuantizedEmbeddingModel model;

    synchronized float[] embed(String passage) {
      if (model == null) {
        // Runnable::run: embed on the caller's thread; the pipeline already has its own threads.
        model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
      }
      return model.embed(TextSegment.from(passage)).content().vector();
    }
  }
}
