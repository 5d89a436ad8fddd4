package org.sitrep.typing;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantised), a sentence-embedding model of 6 layers and 384 dimensions that
 * ships inside a jar on Maven Central and runs in this JVM with ONNX Runtime: about 2 ms a
 * sentence on one core, nothing downloaded. Thread-safe; load once (a second or two).
 */
public final class OnnxEmbedder implements SentenceEmbedder {
  public static final String NAME = "all-minilm-l6-v2-q";
  private final AllMiniLmL6V2QuantizedEmbeddingModel model;

  private OnnxEmbedder(AllMiniLmL6V2QuantizedEmbeddingModel model) {
    this.model = model;
  }

  public static OnnxEmbedder load() {
    Offline.ensure();
    // Runnable::run: embed on the caller's thread; the pipeline already has its own threads.
    return new OnnxEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int dimensions() {
    return 384;
  }

  @Override
  public List<float[]> embed(List<String> passages) {
    if (passages.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = passages.stream()
        .map(p -> TextSegment.from(p.isBlank() ? "." : p)).toList();
    return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
  }
}
