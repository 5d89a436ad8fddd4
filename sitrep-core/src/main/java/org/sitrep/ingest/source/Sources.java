package org.sitrep.ingest.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.Hints;
import org.sitrep.ingest.InputKind;
import org.sitrep.ingest.SourceItem;
import org.sitrep.ingest.web.PageFetcher;

/**
 * Opens an input as the user names it on the command line: a file (text, web page, JSON Lines,
 * WARC, ACLED-style CSV or feed; any of them gzipped), an {@code http(s)://} URL, or "-" for
 * standard input. The kind is told by the name, else by the first bytes. Nothing here throws for a
 * user's mistake: a missing file is a source with one {@link SourceItem.Broken} item.
 *
 * <pre>{@code
 * try (ArticleSource source = Sources.open("feeds/news.xml", ReadOptions.none())) { ... }
 * }</pre>
 */
public final class Sources {
  /** The name standard input goes by in messages and in the events' {@code article} field. */
  public static final String STDIN = "stdin";

  /** One news page is far smaller; a larger single document is almost surely the wrong file. */
  public static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

  private static final int SNIFF_BYTES = 8192;

  /**
   * How far the stream can be rewound after sniffing: far more than the compressed size of the
   * sniffed bytes, which an inflater reads ahead of in small blocks.
   */
  private static final int PEEK_BYTES = 256 * 1024;

  private Sources() {}

  public static ArticleSource open(String name, ReadOptions options) {
    if (isUrl(name)) {
      return UrlSource.open(name, options);
    }
    return openLocal(name, options);
  }

  /**
   * As {@link #open(String, ReadOptions)}, fetching URLs with {@code fetcher}: share one across a
   * run's inputs, so that one host is asked once at a time and politely.
   */
  public static ArticleSource open(String name, ReadOptions options, PageFetcher fetcher) {
    if (isUrl(name)) {
      return UrlSource.open(name, options, fetcher);
    }
    return openLocal(name, options);
  }

  /**
   * Opens bytes that come from elsewhere than a local file (a Hadoop file system, an object
   * store), read as a file of that name would be: the kind told by the name, else by the first
   * bytes. The stream is closed with the source.
   *
   * @param id the name the items are known by, e.g. "hdfs://nn/crawl/part-1.warc.gz"
   */
  public static ArticleSource open(String id, InputStream in, ReadOptions options) {
    return open(id, Container.byName(id), in, options);
  }

  /**
   * One article that comes alone rather than in a file (a message of a queue), in the form of one
   * line of a JSON Lines input, read as that line would be ({@link JsonLinesSource}). Its id is
   * its {@code id}, else its {@code url}, else {@code name}; a value that is no such object, or
   * runs over 20 MB, is a {@link SourceItem.Broken} named {@code name}.
   */
  public static SourceItem jsonRecord(String name, byte[] value, ReadOptions options) {
    if (value.length > MAX_DOCUMENT_BYTES) {
      return new SourceItem.Broken(name, "larger than 20 MB; expected one article");
    }
    return JsonLinesSource.record(new String(value, StandardCharsets.UTF_8), name, "", options);
  }

  /**
   * Whether a file of this name is worth reading when found in a folder: its extension names a
   * kind Sitrep reads (gzipped or not), or it has none and its bytes will tell. A folder of
   * reports also holds notes, pictures and PDFs, which are no reports.
   */
  public static boolean readsInFolder(String fileName) {
    String base = fileName.substring(fileName.lastIndexOf('/') + 1);
    String bare = base.toLowerCase(Locale.ROOT).endsWith(".gz")
        ? base.substring(0, base.length() - 3) : base;
    return Container.byName(base).isPresent() || bare.indexOf('.') < 0;
  }

  /**
   * The report files under a folder, at any depth, sorted by path so that runs are repeatable:
   * those {@link #readsInFolder} takes, leaving out hidden files and folders ({@code .git},
   * {@code .DS_Store}), which hold no reports.
   */
  public static List<String> filesUnder(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(Files::isRegularFile)
          .filter(p -> !hidden(dir.relativize(p).toString().replace('\\', '/')))
          .filter(p -> readsInFolder(p.getFileName().toString()))
          .map(Path::toString)
          .sorted()
          .toList();
    }
  }

  /** True when a part of {@code relativePath} ("a/.git/HEAD") is hidden: it begins with a dot. */
  public static boolean hidden(String relativePath) {
    for (String part : relativePath.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** An {@code http://} or {@code https://} address rather than a file. */
  public static boolean isUrl(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private static ArticleSource openLocal(String name, ReadOptions options) {
    if (name.equals("-")) {
      return open(STDIN, Optional.empty(), options.stdin(), options);
    }
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      return broken(name, "not a valid file name");
    }
    if (Files.isDirectory(path)) {
      return broken(name, "is a directory; name the files in it");
    }
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      return broken(name, "no such file");
    } catch (AccessDeniedException e) {
      return broken(name, "permission denied");
    } catch (IOException e) {
      return broken(name, "cannot read: " + e.getMessage());
    }
    return open(name, Container.byName(name), in, options);
  }

  /**
   * Opens a stream whose kind the name may tell; the stream is closed with the source (or here,
   * if it cannot be read).
   */
  static ArticleSource open(String id, Optional<Container> named, InputStream raw,
      ReadOptions options) {
    try {
      BufferedInputStream in = new BufferedInputStream(raw, PEEK_BYTES);
      boolean gzip = startsWith(in, new byte[] {0x1f, (byte) 0x8b});
      Container kind = named.isPresent() ? named.get() : sniff(in, gzip);
      if (kind == Container.WARC) {
        // A WARC is gzipped record by record; its reader knows how.
        return new WarcSource(id, in, options);
      }
      InputStream plain = gzip ? unzip(in) : in;
      return switch (kind) {
        case JSON_LINES -> new JsonLinesSource(id, plain, options);
        case CSV -> new AcledCsvSource(id, plain, options);
        case FEED -> FeedSource.of(id, plain, Optional.empty(), options);
        case TEXT, HTML -> single(id, plain, kind, options);
        case WARC -> throw new AssertionError("handled above");
      };
    } catch (IOException e) {
      close(raw);
      return broken(id, problem(e));
    }
  }

  /** The words for a stream that fails, as a user would understand them. */
  static String problem(IOException e) {
    if (e instanceof EOFException || e instanceof ZipException) {
      return "the gzip data is cut off or damaged (" + e.getMessage() + ")";
    }
    return "cannot read: " + e.getMessage();
  }

  /** A source of one item that cannot be read. */
  public static ArticleSource broken(String id, String problem) {
    return new OneItem(new SourceItem.Broken(id, problem));
  }

  private static ArticleSource single(String id, InputStream in, Container kind,
      ReadOptions options) {
    try (in) {
      byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
      if (bytes.length > MAX_DOCUMENT_BYTES) {
        return broken(id, "larger than 20 MB; expected one news report");
      }
      InputKind inputKind = kind == Container.HTML ? InputKind.HTML : InputKind.TEXT;
      return new OneItem(new SourceItem.Found(new ArticleInput(id, bytes, options.published(),
          options.source(), inputKind, Hints.NONE)));
    } catch (IOException e) {
      return broken(id, problem(e));
    }
  }

  private static InputStream unzip(BufferedInputStream in) throws IOException {
    return new BufferedInputStream(new GZIPInputStream(in), SNIFF_BYTES * 2);
  }

  /** Peeks at the first bytes, unzipped if need be, and rewinds the stream to its start. */
  private static Container sniff(BufferedInputStream in, boolean gzip) throws IOException {
    in.mark(PEEK_BYTES);
    byte[] head;
    try {
      head = (gzip ? new GZIPInputStream(in) : in).readNBytes(SNIFF_BYTES);
    } catch (EOFException e) {
      // A gzip stream cut off within its first bytes still shows what it holds, or nothing.
      head = new byte[0];
    }
    in.reset();
    return Container.sniff(head);
  }

  private static boolean startsWith(InputStream in, byte[] magic) throws IOException {
    in.mark(magic.length);
    byte[] head = in.readNBytes(magic.length);
    in.reset();
    return java.util.Arrays.equals(head, magic);
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // Nothing was read from it; there is nothing to lose.
    }
  }

  /** An input of exactly one item. */
  static final class OneItem implements ArticleSource {
    private SourceItem item;

    OneItem(SourceItem item) {
      this.item = item;
    }

    @Override
    public Optional<SourceItem> next() {
      Optional<SourceItem> next = Optional.ofNullable(item);
      item = null;
      return next;
    }

    @Override
    public void close() {}
  }
}
