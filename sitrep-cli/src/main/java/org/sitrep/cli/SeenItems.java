package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.ingest.web.CacheValidators;

/**
 * What {@code sitrep watch} has seen, kept across restarts in a small tab-separated file: each
 * feed's {@code ETag} and {@code Last-Modified}, and the ids of the items read from it. Written
 * whole to a temporary file and moved over the old one, so that a crash leaves either the old state
 * or the new, never half of one. Each feed remembers its newest {@link #PER_FEED} items: an item
 * older than that has long left the feed. One thread.
 *
 * <pre>
 * feed	https://example.org/rss	"etag-1"	Mon, 30 Nov 2026 10:00:00 GMT
 * seen	https://example.org/rss	https://example.org/news/1
 * </pre>
 */
final class SeenItems {
  static final int PER_FEED = 5000;

  private final Path file;
  private final Map<String, CacheValidators> validators = new LinkedHashMap<>();
  private final Map<String, Set<String>> seen = new LinkedHashMap<>();

  private SeenItems(Path file) {
    this.file = file;
  }

  /** The state in {@code file}; empty when the file does not exist yet. */
  static SeenItems load(Path file) {
    SeenItems state = new SeenItems(file);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return state;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read the watch state: " + e.getMessage(), e);
    }
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f.length == 4 && f[0].equals("feed")) {
        state.validators.put(unescape(f[1]),
            new CacheValidators(optional(unescape(f[2])), optional(unescape(f[3]))));
      } else if (f.length == 3 && f[0].equals("seen")) {
        state.seenOf(unescape(f[1])).add(unescape(f[2]));
      }
      // Other lines (comments, a later version's records) are left out.
    }
    return state;
  }

  boolean seen(String feed, String item) {
    return seen.getOrDefault(feed, Set.of()).contains(item);
  }

  void markSeen(String feed, String item) {
    Set<String> ids = seenOf(feed);
    ids.remove(item);
    ids.add(item);
    for (Iterator<String> oldest = ids.iterator(); ids.size() > PER_FEED; ) {
      oldest.next();
      oldest.remove();
    }
  }

  CacheValidators validators(String feed) {
    return validators.getOrDefault(feed, CacheValidators.NONE);
  }

  void setValidators(String feed, CacheValidators sent) {
    validators.put(feed, sent);
  }

  /** Writes the state: to a temporary file beside it, then moved over it. */
  void save() {
    List<String> lines = new ArrayList<>();
    lines.add("# sitrep watch state: feed<TAB>url<TAB>etag<TAB>last-modified; seen<TAB>feed<TAB>item");
    validators.forEach((feed, v) -> lines.add(String.join("\t", "feed", escape(feed),
        escape(v.etag().orElse("")), escape(v.lastModified().orElse("")))));
    seen.forEach((feed, ids) -> ids.forEach(id ->
        lines.add(String.join("\t", "seen", escape(feed), escape(id)))));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(temp, lines, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write the watch state: " + e.getMessage(),
          e);
    }
  }

  private Set<String> seenOf(String feed) {
    return seen.computeIfAbsent(feed, f -> new LinkedHashSet<>());
  }

  private static Optional<String> optional(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** Tabs, line ends and backslashes in an id or header would break the line's fields. */
  static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  static String unescape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        out.append(switch (next) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> next;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
