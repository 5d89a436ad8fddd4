package org.sitrep.place;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.MMapDirectory;

/**
 * Writes a gazetteer index into an empty directory. Thread-safe: importers may add from several
 * threads. Nothing is readable until {@link #finish} commits, so a failed or interrupted build
 * leaves a directory that {@link LuceneGazetteer#open} rejects.
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
  static final String FORMAT_KEY = "sitrep.gazetteer.format";
  static final String PLACES_KEY = "sitrep.gazetteer.places";

  private final MMapDirectory directory;
  private final IndexWriter writer;
  private final AtomicLong places = new AtomicLong();
  private final AtomicLong aliases = new AtomicLong();

  private LuceneIndexBuilder(MMapDirectory directory, IndexWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  /** Starts an index in dir, which should be empty or absent. */
  public static LuceneIndexBuilder create(Path dir) throws IOException {
    MMapDirectory directory = new MMapDirectory(dir);
    IndexWriterConfig config = new IndexWriterConfig(PlaceNameAnalyzer.INSTANCE)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(96)
        .setCommitOnClose(false)
        .setUseCompoundFile(false);
    return new LuceneIndexBuilder(directory, new IndexWriter(directory, config));
  }

  @Override
  public void place(GazetteerEntry entry) {
    add(PlaceDocuments.place(entry));
    places.incrementAndGet();
  }

  @Override
  public void alias(long geonameId, String name) {
    add(PlaceDocuments.alias(geonameId, name));
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
    writer.forceMerge(1);
    writer.setLiveCommitData(Map.of(FORMAT_KEY, Integer.toString(FORMAT),
        PLACES_KEY, Long.toString(places.get())).entrySet());
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      writer.rollback();
    } finally {
      directory.close();
    }
  }
}
