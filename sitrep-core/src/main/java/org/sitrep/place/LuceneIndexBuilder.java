package org.sitrep.place;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.MMapDirectory;

/**
 * Writes a gazetteer index into an empty directory. Nothing is readable until {@link #finish}
 * commits, so a failed or interrupted build leaves a directory that {@link LuceneGazetteer#open}
 * rejects. With helper threads, places are analyzed and indexed off the reading thread (the
 * folding of every name is most of an import's work); a bounded queue keeps memory flat.
 *
 * <pre>{@code
 * try (LuceneIndexBuilder index = LuceneIndexBuilder.create(dir)) {
 *   importer.importInto(index);
 *   index.finish();
 * }
 * }</pre>
 */
public final class LuceneIndexBuilder implements GazetteerSink, AutoCloseable {
  /** Bumped whenever the document layout or the folding chain changes: old indexes are rebuilt. */
  public static final int FORMAT = 1;
  /**
   * Bumped whenever the names derived for the bundled files' places change: the bundled index is
   * rebuilt, and an imported one still opens (it gains the names when imported again).
   */
  public static final int NAMES = 6;
  static final String FORMAT_KEY = "sitrep.gazetteer.format";
  static final String PLACES_KEY = "sitrep.gazetteer.places";

  private final MMapDirectory directory;
  private final IndexWriter writer;
  private final AtomicLong places = new AtomicLong();
  private final AtomicLong aliases = new AtomicLong();
  /** Null when documents are added on the caller's thread. */
  private final ThreadPoolExecutor helpers;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

  private LuceneIndexBuilder(MMapDirectory directory, IndexWriter writer, int helperThreads) {
    this.directory = directory;
    this.writer = writer;
    this.helpers = helperThreads == 0 ? null : new ThreadPoolExecutor(helperThreads,
        helperThreads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4096),
        r -> new Thread(r, "sitrep-gazetteer-indexer"), new ThreadPoolExecutor.CallerRunsPolicy());
  }

  /** Starts an index in dir, which should be empty or absent; documents added on the caller. */
  public static LuceneIndexBuilder create(Path dir) throws IOException {
    return create(dir, 0);
  }

  /**
   * Starts an index in dir with helper threads that analyze and add the places; 0 adds them on
   * the caller's thread. The document order then depends on scheduling; {@link #inOrder} drains
   * the helpers so that what follows is added in order.
   */
  public static LuceneIndexBuilder create(Path dir, int helperThreads) throws IOException {
    MMapDirectory directory = new MMapDirectory(dir);
    IndexWriterConfig config = new IndexWriterConfig(PlaceNameAnalyzer.INSTANCE)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(96)
        .setCommitOnClose(false)
        .setUseCompoundFile(false);
    return new LuceneIndexBuilder(directory, new IndexWriter(directory, config), helperThreads);
  }

  @Override
  public void place(GazetteerEntry entry) {
    RuntimeException failed = failure.get();
    if (failed != null) {
      throw failed;
    }
    places.incrementAndGet();
    submit(() -> PlaceDocuments.place(entry));
  }

  /** Builds and adds a document, on a helper thread while there are helpers. */
  private void submit(java.util.function.Supplier<org.apache.lucene.document.Document> doc) {
    if (!helping()) {
      add(doc.get());
      return;
    }
    helpers.execute(() -> {
      try {
        add(doc.get());
      } catch (RuntimeException e) {
        failure.compareAndSet(null, e);
      }
    });
  }

  /** Waits until every place handed over so far is added; later places are added in order. */
  @Override
  public void inOrder() throws IOException {
    if (helpers != null && !helpers.isShutdown()) {
      helpers.shutdown();
      try {
        while (!helpers.awaitTermination(1, TimeUnit.SECONDS)) {
          // keep waiting: the queue is bounded, so this ends
        }
      } catch (InterruptedException e) {
        helpers.shutdownNow();
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("gazetteer import interrupted");
      }
    }
    RuntimeException failed = failure.get();
    if (failed != null) {
      throw failed;
    }
  }

  private boolean helping() {
    return helpers != null && !helpers.isShutdown();
  }

  @Override
  public void alias(long geonameId, String name) {
    submit(() -> PlaceDocuments.alias(geonameId, name));
    aliases.incrementAndGet();
  }

  private void add(org.apache.lucene.document.Document doc) {
    try {
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the gazetteer index: " + e.getMessage(), e);
    }
  }

  /** Places added so far. */
  public long places() {
    return places.get();
  }

  /** Aliases added so far. */
  public long aliases() {
    return aliases.get();
  }

  /**
   * Merges the index into one segment (a lookup then probes one terms dictionary, not dozens) and
   * commits it with its format version.
   */
  public void finish() throws IOException {
    inOrder();
    writer.forceMerge(1);
    writer.setLiveCommitData(Map.of(FORMAT_KEY, Integer.toString(FORMAT),
        PLACES_KEY, Long.toString(places.get())).entrySet());
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    if (helpers != null) {
      helpers.shutdownNow();
    }
    try {
      writer.rollback();
    } finally {
      directory.close();
    }
  }
}
