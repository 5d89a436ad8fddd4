package org.sitrep.ingest.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.Hints;
import org.sitrep.ingest.InputKind;
import org.sitrep.ingest.SourceItem;

/**
 * The web pages of a WARC crawl (jwarc), plain or gzipped record by record.
 *
 * <p>A page is a {@code response} record whose HTTP status is 2xx and whose payload is HTML ({@code
 * text/html} or {@code application/xhtml+xml}; sniffed from its first bytes when the response names
 * no type), or a {@code resource} record of HTML. Everything else a crawl holds is passed over
 * without a word: warcinfo, requests, metadata, revisits, images, PDFs, scripts, DNS lookups, and
 * redirects and errors, which are not articles. The payload is given with its HTTP transfer and
 * content encodings undone. An item's id is the record's {@code WARC-Target-URI}, "#2", "#3"...
 * added when a URI comes again; its hints carry the URI and the charset the HTTP {@code
 * Content-Type} names.
 *
 * <p>A response without an HTTP header block, or a payload that cannot be decoded or is over 20
 * MB, is a {@link SourceItem.Broken} for that record and the next follows. A crawl that is cut off
 * or damaged between records ends with a {@code Broken} that names the file.
 */
final class WarcSource implements ArticleSource {
  private final String id;
  private final InputStream in;
  private final ReadOptions options;
  /** How often each URI has been an item. Grows with the crawl's pages, not with their bytes. */
  private final Map<String, Integer> seen = new HashMap<>();
  private WarcReader reader;
  private long records;
  private boolean done;

  WarcSource(String id, InputStream in, ReadOptions options) {
    this.id = id;
    this.in = in;
    this.options = options;
  }

  @Override
  public Optional<SourceItem> next() {
    while (!done) {
      try {
        if (reader == null) {
          reader = new WarcReader(in);
        }
        Optional<WarcRecord> record = reader.next();
        if (record.isEmpty()) {
          done = true;
          return records == 0
              ? Optional.of(new SourceItem.Broken(id, "empty; expected a WARC crawl"))
              : Optional.empty();
        }
        records++;
        Optional<SourceItem> item = item(record.get());
        if (item.isPresent()) {
          return item;
        }
      } catch (IOException | RuntimeException e) {
        // jwarc throws unchecked exceptions too for some damage (a Content-Length that is no
        // number); either way the reader cannot find the next record, so the crawl ends here.
        done = true;
        return Optional.of(new SourceItem.Broken(id, problem(e)));
      }
    }
    return Optional.empty();
  }

  private Optional<SourceItem> item(WarcRecord record) throws IOException {
    if (record instanceof WarcResponse response && isHttp(response)) {
      return page(response);
    }
    if (record instanceof WarcResource resource && HtmlPayload.isHtml(contentType(resource))) {
      byte[] bytes;
      try {
        bytes = read(resource.body());
      } catch (IOException e) {
        return Optional.of(broken(resource, "cannot read the payload: " + e.getMessage()));
      }
      return Optional.of(item(resource, bytes, HtmlPayload.charset(contentType(resource))));
    }
    return Optional.empty();
  }

  private Optional<SourceItem> page(WarcResponse response) throws IOException {
    HttpResponse http;
    try {
      http = response.http();
    } catch (ParsingException e) {
      return Optional.of(broken(response, "WARC record without HTTP headers"));
    }
    if (http.status() < 200 || http.status() > 299) {
      return Optional.empty();
    }
    Optional<String> type = http.headers().first("Content-Type");
    if (type.isPresent() && !HtmlPayload.isHtml(type.get())) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      // Undoes chunking and gzip, deflate or brotli; an unknown encoding fails here.
      bytes = read(http.bodyDecoded());
    } catch (IOException e) {
      return Optional.of(broken(response, "cannot read the payload: " + e.getMessage()));
    }
    if (type.isEmpty() && !HtmlPayload.looksLikeHtml(bytes)) {
      return Optional.empty();
    }
    return Optional.of(item(response, bytes, type.flatMap(HtmlPayload::charset)));
  }

  /**
   * At most one byte more than the limit, so that a larger payload is known and not held. The
   * stream is left open: the reader skips the rest of the record and closes it on its next read.
   */
  private static byte[] read(MessageBody body) throws IOException {
    return body.stream().readNBytes(Sources.MAX_DOCUMENT_BYTES + 1);
  }

  private SourceItem item(WarcTargetRecord record, byte[] bytes, Optional<Charset> charset) {
    if (bytes.length > Sources.MAX_DOCUMENT_BYTES) {
      return broken(record, "payload larger than 20 MB; expected one web page");
    }
    Hints hints = target(record).map(Hints.NONE::withUrl).orElse(Hints.NONE).withCharset(charset);
    return new SourceItem.Found(new ArticleInput(itemId(record), bytes, options.published(),
        options.source(), InputKind.HTML, hints));
  }

  /**
   * A response for an http(s) URI, or for none, holds an HTTP message; one for "dns:" or
   * "gemini:" does not and is no page.
   */
  private static boolean isHttp(WarcResponse response) {
    String uri = target(response).orElse("").toLowerCase(Locale.ROOT);
    return uri.isEmpty() || uri.startsWith("http:") || uri.startsWith("https:");
  }

  private static String contentType(WarcRecord record) {
    return record.headers().first("Content-Type").orElse("");
  }

  private static Optional<String> target(WarcTargetRecord record) {
    return Optional.ofNullable(record.target()).map(String::strip).filter(t -> !t.isEmpty());
  }

  /** The target URI, "#2" on its second appearance; a record without one by its number. */
  private String itemId(WarcTargetRecord record) {
    String base = target(record).orElse(id + "#record" + records);
    int count = seen.merge(base, 1, Integer::sum);
    return count == 1 ? base : base + "#" + count;
  }

  private SourceItem.Broken broken(WarcTargetRecord record, String problem) {
    return new SourceItem.Broken(itemId(record), problem);
  }

  private String problem(Exception e) {
    boolean gzip = reader != null && reader.compression() == WarcCompression.GZIP;
    if (e instanceof EOFException && !gzip) {
      return "the WARC is cut off inside a record";
    }
    if (e instanceof ParsingException) {
      // jwarc's message dumps the bytes it met; the record's number says enough.
      return "damaged, or not a WARC: no WARC record where record " + (records + 1)
          + " should start";
    }
    if (e instanceof IOException io) {
      return Sources.problem(io);
    }
    return "the WARC is damaged (" + e.getMessage() + ")";
  }

  @Override
  public void close() {
    try {
      if (reader != null) {
        reader.close();
      } else {
        in.close();
      }
    } catch (IOException e) {
      // Everything wanted was read or reported; a failing close loses nothing.
    }
  }
}
