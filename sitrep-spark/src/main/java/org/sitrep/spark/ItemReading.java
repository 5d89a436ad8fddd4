package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.SourceItem;
import org.sitrep.ingest.source.Sources;

/**
 * Reads one input into its items, lazily: a crawl of a million records is never held in memory,
 * since Spark pulls the iterator as it writes the items out. A plain path is opened as {@code
 * sitrep extract} opens it, so items keep the ids extract gives them (and events their ids); a
 * path with a scheme ({@code hdfs://}, {@code s3a://}, {@code file:}) through Hadoop's file
 * systems, which cluster inputs live on. Every item, readable or not, comes out: a bad record is a
 * {@link RawItem} with its problem.
 */
final class ItemReading {
  private ItemReading() {}

  static Iterator<RawItem> items(String input, ReadSettings settings) {
    return items(input, open(input, settings));
  }

  /** The items of a source already open; closes it after the last. */
  static Iterator<RawItem> items(String input, ArticleSource source) {
    return new Items(input, source);
  }

  private static ArticleSource open(String input, ReadSettings settings) {
    if (!hasScheme(input)) {
      return Sources.open(input, settings.options());
    }
    try {
      Path path = new Path(URI.create(input));
      FileSystem fs = path.getFileSystem(new Configuration());
      InputStream in = fs.open(path);
      return Sources.open(input, in, settings.options());
    } catch (IOException | IllegalArgumentException e) {
      return Sources.broken(input, "cannot read: " + e.getMessage());
    }
  }

  /** A Hadoop path rather than a local file name; http(s) addresses are fetched as extract does. */
  static boolean hasScheme(String input) {
    int colon = input.indexOf("://");
    return (colon > 0 || input.startsWith("file:")) && !Sources.isUrl(input);
  }

  /** The items of one source; closes it after the last. */
  private static final class Items implements Iterator<RawItem> {
    private final String input;
    private final ArticleSource source;
    private RawItem next;
    private boolean done;

    Items(String input, ArticleSource source) {
      this.input = input;
      this.source = source;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        Optional<SourceItem> item;
        try {
          item = source.next();
        } catch (RuntimeException e) {
          // A reader bug on one record ends this input, as a counted error, not the job.
          item = Optional.of(new SourceItem.Broken(input, "internal error: " + e));
          done = true;
        }
        if (item.isPresent()) {
          next = RawItem.of(input, item.get());
        } else {
          done = true;
        }
        if (done) {
          source.close();
        }
      }
      return next != null;
    }

    @Override
    public RawItem next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      RawItem item = next;
      next = null;
      return item;
    }
  }
}
