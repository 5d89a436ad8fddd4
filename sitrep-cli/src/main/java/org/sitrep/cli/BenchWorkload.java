package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.AnnotationFloor;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputProblem;
import org.sitrep.internal.InOrder;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Pipeline;

/**
 * The work {@code sitrep bench} times: reading and extracting the inputs (the full extraction,
 * no output), reading alone, and the annotation floor on the same articles.
 */
final class BenchWorkload {
  private static final int READ_PASSES = 20;

  private final Pipeline pipeline;
  private final AnnotationFloor floor;
  private final ArticleReader reader;
  private final List<ArticleInput> inputs;
  /** The inputs read once: the floor is annotation alone, so reading is kept out of its time. */
  private final List<Article> articles;

  BenchWorkload(Pipeline pipeline, AnnotationFloor floor, ArticleReader reader,
      List<ArticleInput> inputs) throws InputProblem {
    this.pipeline = pipeline;
    this.floor = floor;
    this.reader = reader;
    this.inputs = inputs;
    this.articles = new ArrayList<>();
    for (ArticleInput input : inputs) {
      articles.add(reader.read(input));
    }
  }

  /** Nanoseconds of the full extraction and of the floor over the same passes, and the tokens. */
  record Alternation(long fullNanos, long fullTokens, long floorNanos) {}

  /**
   * {@code rounds} passes of each, one of the floor and one of the full extraction in turn, the
   * first of the pair changing each round: a slow minute on this shared machine then slows both
   * alike, and neither always runs in the other's wake (garbage, cold caches).
   */
  Alternation alternate(int rounds) throws InputProblem {
    long fullNanos = 0;
    long fullTokens = 0;
    long floorNanos = 0;
    for (int r = 0; r < rounds; r++) {
      for (int half = 0; half < 2; half++) {
        boolean full = (r + half) % 2 == 1;
        long start = System.nanoTime();
        long tokens = full ? fullPass() : floorPass();
        long nanos = System.nanoTime() - start;
        if (full) {
          fullNanos += nanos;
          fullTokens += tokens;
        } else {
          floorNanos += nanos;
        }
      }
    }
    return new Alternation(fullNanos, fullTokens, floorNanos);
  }

  private long fullPass() throws InputProblem {
    long tokens = 0;
    for (ArticleInput input : inputs) {
      tokens += one(input);
    }
    return tokens;
  }

  private long floorPass() {
    long tokens = 0;
    for (Article article : articles) {
      tokens += floor.annotate(article);
    }
    return tokens;
  }

  /**
   * Articles read per second on one thread, reading alone (decoding, page cleaning, metadata,
   * language); many more passes than extraction, since reading is two orders faster.
   */
  double readingPerSecond(int warmup, int rounds) throws InputProblem {
    int passes = Math.max(1, rounds) * READ_PASSES;
    for (int i = 0; i < Math.max(1, warmup) * READ_PASSES; i++) {
      for (ArticleInput input : inputs) {
        reader.read(input);
      }
    }
    long start = System.nanoTime();
    for (int i = 0; i < passes; i++) {
      for (ArticleInput input : inputs) {
        reader.read(input);
      }
    }
    return (double) passes * inputs.size() / ((System.nanoTime() - start) / 1e9);
  }

  long passesOnPool(int count, int threads) throws InterruptedException, InputProblem {
    List<ArticleInput> work = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      work.addAll(inputs);
    }
    long tokens = 0;
    for (int t : InOrder.map(work, threads, "sitrep-bench", this::one)) {
      tokens += t;
    }
    return tokens;
  }

  private int one(ArticleInput input) throws InputProblem {
    return pipeline.extract(reader.read(input)).tokens();
  }
}
