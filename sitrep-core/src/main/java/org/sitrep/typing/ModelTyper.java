package org.sitrep.typing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link SubEventTyper} that reads a {@link TypeModel} over a sentence embedding and signals. */
public final class ModelTyper implements SubEventTyper {
  private final SentenceEmbedder embedder;
  private final TextSignals signals;
  private final TypeModel model;

  /**
   * @throws TypeModelException when the model was trained with another embedder or other signals
   */
  public ModelTyper(SentenceEmbedder embedder, TextSignals signals, TypeModel model, String name) {
    if (!model.embedder().equals(embedder.name())) {
      throw new TypeModelException(name + ": trained with the embedder " + model.embedder()
          + ", not " + embedder.name());
    }
    if (!model.signals().equals(signals.id())) {
      throw new TypeModelException(name + ": trained with other text signals than this Sitrep's"
          + " (made by another version; train it again)");
    }
    if (model.mean().length != embedder.dimensions() + signals.size()) {
      throw new TypeModelException(name + ": it reads " + model.mean().length
          + " features, not " + (embedder.dimensions() + signals.size()));
    }
    this.embedder = embedder;
    this.signals = signals;
    this.model = model;
  }

  /**
   * One of the models in the jar ({@link TypeModel#loadShipped}), over the encoder it names;
   * loads in a second or two. The shipped typer is two of them ({@link AveragedTyper#loadDefault}).
   */
  public static ModelTyper loadShipped(String resource) {
    return over(TypeModel.loadShipped(resource), "the bundled " + resource);
  }

  /** A model file made by {@code sitrep train}, over the embedder it was trained with. */
  public static ModelTyper load(java.nio.file.Path file) {
    return over(TypeModel.read(file), file.toString());
  }

  private static ModelTyper over(TypeModel model, String name) {
    return new ModelTyper(OnnxEmbedder.load(model.embedderModel(name), model.adapter()),
        TextSignals.loadDefault(), model, name);
  }

  public TypeModel model() {
    return model;
  }

  @Override
  public List<TypeGuess> guess(List<String> passages) {
    List<float[]> vectors = embedder.embed(passages);
    float[][] features = new float[passages.size()][];
    int[][] words = new int[passages.size()][];
    for (int i = 0; i < passages.size(); i++) {
      String passage = passages.get(i);
      features[i] = features(vectors.get(i), signals.of(passage));
      words[i] = model.wordsOf(passage);
    }
    List<TypeGuess> guesses = new ArrayList<>(passages.size());
    for (double[] p : model.probabilities(features, words)) {
      guesses.add(new TypeGuess(p));
    }
    return guesses;
  }

  /**
   * Reads the softmax first: the training passages' vote shares out the probability of an event
   * among the types but leaves it as the softmax gave it ({@link TypeModel#blend}), so a sentence
   * the softmax is not sure of is settled without the vote's pass over their table.
   */
  @Override
  public Optional<TypeGuess> guessIfSureOfAnEvent(String passage, double bar) {
    float[] x = features(embedder.embed(List.of(passage)).get(0), signals.of(passage));
    int[] words = model.wordsOf(passage);
    if (1 - model.softmax(x, words)[TypeLabel.NONE.index()] < bar) {
      return Optional.empty();
    }
    return Optional.of(new TypeGuess(model.probabilities(x, words)));
  }

  static float[] features(float[] embedding, float[] signals) {
    float[] x = new float[embedding.length + signals.length];
    System.arraycopy(embedding, 0, x, 0, embedding.length);
    System.arraycopy(signals, 0, x, embedding.length, signals.length);
    return x;
  }
}
