package org.sitrep.typing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A trained sub-event typer's numbers: which embedder and signals it reads, how each feature is
 * standardised, the softmax weights, and the training passages' embeddings, whose nearest vote
 * beside the softmax ({@link Neighbours}). Saved as a binary file (a few megabytes) with a
 * checksum, so that a truncated or foreign file is refused rather than read as nonsense.
 *
 * @param embedder the name of the sentence embedder it was trained with
 * @param signals the id of the text signals it was trained with ({@link TextSignals#id})
 * @param trainedOn what it was trained on, for people: files and example counts
 * @param trainingDigest a digest of the training examples, to tell whether a shipped model is
 *     still the one its training set makes
 * @param words the words and word pairs it weighs (none in a model of format 1)
 * @param neighbours the training passages that vote (none in a model of format 1 or 2)
 * @param neighboursShare their vote's share of the probabilities, the softmax's the rest; chosen
 *     by cross-validation when the model was trained ({@link TypeTrainer#crossValidate})
 * @param adapter what tuned the embedder it was trained over, kept so that it is read over the
 *     same encoder (none in a model of format 3 or earlier)
 */
public record TypeModel(String embedder, String signals, String trainedOn, String trainingDigest,
    float[] mean, float[] scale, WordFeatures words, SoftmaxRegression regression,
    Neighbours neighbours, double neighboursShare, Optional<EncoderAdapter> adapter) {
  private static final String MAGIC = "sitrep-type-model";
  /**
   * 2 added the words, 3 the passages that vote, 4 the encoder's adapter; a model of an earlier
   * format is still read, as one without them.
   */
  private static final int VERSION = 4;

  /**
   * The shipped model over the encoder as shipped, made by {@code sitrep train} from {@code
   * training/types}.
   */
  public static final String SHIPPED = "default-types.model";
  /**
   * The shipped model over the encoder tuned on {@code training/types} ({@code
   * training/types.adapter}), made by {@code sitrep train --adapter training/types.adapter}.
   */
  public static final String SHIPPED_TUNED = "default-types-tuned.model";

  /** One of the models in the jar: {@link #SHIPPED} or {@link #SHIPPED_TUNED}. */
  public static TypeModel loadShipped(String resource) {
    try (InputStream in = TypeModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new TypeModelException("the bundled " + resource + " is missing from the jar");
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new TypeModelException("the bundled " + resource + ": " + e.getMessage(), e);
    }
  }

  public static TypeModel read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new TypeModelException(file + ": no such model file");
    } catch (IOException e) {
      throw new TypeModelException(file + ": cannot read the model: " + e.getMessage(), e);
    }
  }

  static TypeModel read(InputStream stream, String name) throws IOException {
    byte[] bytes = stream.readAllBytes();
    Checksummed.check(bytes, MAGIC, name + ": not a Sitrep type model",
        name + ": the model file is damaged (checksum differs)");
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
      in.readUTF();
      int version = in.readInt();
      if (version < 1 || version > VERSION) {
        throw new TypeModelException(name + ": model format " + version
            + " is not one this Sitrep reads (it reads " + VERSION + ")");
      }
      String embedder = in.readUTF();
      String signals = in.readUTF();
      String trainedOn = in.readUTF();
      String digest = in.readUTF();
      int labels = in.readInt();
      for (int k = 0; k < labels; k++) {
        String label = in.readUTF();
        if (k >= TypeLabel.COUNT || !TypeLabel.at(k).label().equals(label)) {
          throw new TypeModelException(name + ": its labels are not Sitrep's (" + label + ")");
        }
      }
      if (labels != TypeLabel.COUNT) {
        throw new TypeModelException(name + ": it has " + labels + " labels, not "
            + TypeLabel.COUNT);
      }
      int features = in.readInt();
      float[] mean = floats(in, features);
      float[] scale = floats(in, features);
      float[][] weights = new float[labels][];
      for (int k = 0; k < labels; k++) {
        weights[k] = floats(in, features + 1);
      }
      int vocabulary = version == 1 ? 0 : in.readInt();
      List<String> words = new ArrayList<>(vocabulary);
      for (int i = 0; i < vocabulary; i++) {
        words.add(in.readUTF());
      }
      float[][] wordWeights = new float[labels][];
      for (int k = 0; k < labels; k++) {
        wordWeights[k] = floats(in, vocabulary);
      }
      Neighbours neighbours = version < 3 ? Neighbours.none() : Neighbours.read(in);
      double share = version < 3 ? 0 : in.readDouble();
      if (!(share >= 0 && share <= 1)) {
        throw new TypeModelException(name + ": its passages' share is " + share);
      }
      if (neighbours.size() > 0 && neighbours.dimensions() > features) {
        throw new TypeModelException(name + ": its passages have more dimensions than its features");
      }
      Optional<EncoderAdapter> adapter = Optional.empty();
      if (version >= 4 && in.readBoolean()) {
        int length = in.readInt();
        if (length < 0 || length > bytes.length) {
          throw new TypeModelException(name + ": its adapter is longer than the file");
        }
        adapter = Optional.of(EncoderAdapter.read(in.readNBytes(length), name));
      }
      return new TypeModel(embedder, signals, trainedOn, digest, mean, scale,
          new WordFeatures(words), new SoftmaxRegression(weights, wordWeights), neighbours, share,
          adapter);
    } catch (EOFException e) {
      throw new TypeModelException(name + ": the model file is truncated");
    }
  }

  private static float[] floats(DataInputStream in, int n) throws IOException {
    float[] out = new float[n];
    for (int i = 0; i < n; i++) {
      out[i] = in.readFloat();
    }
    return out;
  }

  public void write(Path file) throws IOException {
    Checksummed.write(file, bytes());
  }

  byte[] bytes() throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeUTF(MAGIC);
      out.writeInt(VERSION);
      out.writeUTF(embedder);
      out.writeUTF(signals);
      out.writeUTF(trainedOn);
      out.writeUTF(trainingDigest);
      out.writeInt(TypeLabel.COUNT);
      for (int k = 0; k < TypeLabel.COUNT; k++) {
        out.writeUTF(TypeLabel.at(k).label());
      }
      out.writeInt(mean.length);
      for (float f : mean) {
        out.writeFloat(f);
      }
      for (float f : scale) {
        out.writeFloat(f);
      }
      for (float[] row : regression.weights()) {
        for (float f : row) {
          out.writeFloat(f);
        }
      }
      out.writeInt(words.size());
      for (String word : words.vocabulary()) {
        out.writeUTF(word);
      }
      for (float[] row : regression.wordWeights()) {
        for (float f : row) {
          out.writeFloat(f);
        }
      }
      neighbours.write(out);
      out.writeDouble(neighboursShare);
      out.writeBoolean(adapter.isPresent());
      if (adapter.isPresent()) {
        byte[] tuned = adapter.get().bytes();
        out.writeInt(tuned.length);
        out.write(tuned);
      }
    }
    buffer.write(Checksummed.trailer(buffer.toByteArray()));
    return buffer.toByteArray();
  }

  /**
   * The embedder it was trained with, which it must be read with.
   *
   * @param name the model's file or resource, for the message
   * @throws TypeModelException when this Sitrep has no embedder of that name
   */
  public EmbedderModel embedderModel(String name) {
    try {
      return EmbedderModel.named(embedder.split(OnnxEmbedder.TUNED, 2)[0]);
    } catch (IllegalArgumentException e) {
      throw new TypeModelException(name + ": trained with the embedder '" + embedder
          + "', which this Sitrep does not have (it has " + EmbedderModel.known() + ")");
    }
  }

  /**
   * The label probabilities of one raw feature vector (embedding then signals) and the passage's
   * words ({@link #wordsOf}).
   */
  double[] probabilities(float[] features, int[] wordIndices) {
    return probabilities(new float[][] {features}, new int[][] {wordIndices})[0];
  }

  /** The same for several passages at once, which the passages' vote reads faster. */
  double[][] probabilities(float[][] features, int[][] wordIndices) {
    double[][] p = new double[features.length][];
    for (int i = 0; i < p.length; i++) {
      p[i] = softmax(features[i], wordIndices[i]);
    }
    if (neighboursShare > 0 && neighbours.size() > 0) {
      double[][] votes = neighbours.votes(features);
      for (int i = 0; i < p.length; i++) {
        p[i] = blend(p[i], votes[i], neighboursShare);
      }
    }
    return p;
  }

  /** The softmax's probabilities alone. */
  double[] softmax(float[] features, int[] wordIndices) {
    return regression.probabilities(standardised(features, mean, scale), wordIndices);
  }

  /**
   * The softmax's probability that the passage reports an event at all, shared among the types by
   * {@code share} of the vote's choice among the types and the rest of the softmax's. The vote
   * decides which kind of event, not whether there is one: five passages make a coarse
   * probability (one non-event among them would cap a passage's at 0.8 of the share), and the
   * detector and the decider act only when the softmax is nearly sure a sentence is an event.
   * A vote of non-events alone leaves the softmax's types as they are.
   */
  static double[] blend(double[] softmax, double[] vote, double share) {
    int none = TypeLabel.NONE.index();
    double event = 1 - softmax[none];
    double votedEvents = 1 - vote[none];
    double[] p = softmax.clone();
    if (share == 0 || event <= 0 || votedEvents <= 1e-12) {
      return p;
    }
    for (int c = 0; c < p.length; c++) {
      if (c != none) {
        p[c] = (1 - share) * softmax[c] + share * event * vote[c] / votedEvents;
      }
    }
    return p;
  }

  /** The passage's words that this model weighs, as {@link #probabilities} takes them. */
  int[] wordsOf(String passage) {
    return words.of(passage);
  }

  /** Each feature less its training mean, over its training standard deviation. */
  static float[] standardised(float[] features, float[] mean, float[] scale) {
    float[] x = new float[features.length];
    for (int j = 0; j < x.length; j++) {
      x[j] = (features[j] - mean[j]) / scale[j];
    }
    return x;
  }
}
