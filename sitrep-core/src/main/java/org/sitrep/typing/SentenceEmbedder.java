package org.sitrep.typing;

import java.util.List;

/** Turns passages into fixed-length vectors whose nearness follows their meaning. */
public interface SentenceEmbedder {
  /** The model's name, recorded in a type model so that it is used with the same embedder. */
  String name();

  int dimensions();

  /** One vector per passage, in order; thread-safe. */
  List<float[]> embed(List<String> passages);

  /** What tuned the encoder ({@code sitrep tune}), which a type model trained over it keeps. */
  default java.util.Optional<EncoderAdapter> adapter() {
    return java.util.Optional.empty();
  }
}
