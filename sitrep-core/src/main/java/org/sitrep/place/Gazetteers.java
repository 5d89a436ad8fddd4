package org.sitrep.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.internal.Sha256;

/**
 * Where the gazetteer indexes live in Sitrep's data directory, and how they come to be:
 *
 * <pre>
 * DATA_DIR/gazetteer/bundled-HASH/   built from the bundled files on first use (HASH covers the
 *                                    files and the index format, so an upgrade rebuilds)
 * DATA_DIR/gazetteer/imported/       written by 'sitrep gazetteer import'; used when present
 * </pre>
 *
 * Both are built in a temporary sibling directory and renamed into place, so a reader never sees
 * half an index and an interrupted build leaves the previous one in use.
 */
public final class Gazetteers {
  static final String IMPORTED = "imported";
  private static final Duration STALE_AFTER = Duration.ofHours(6);

  private Gazetteers() {}

  /**
   * The imported index when there is a valid one, else the bundled one, built on first use with a
   * notice to the user (it takes some seconds).
   */
  public static LuceneGazetteer openDefault(Path dataDir, Consumer<String> notices)
      throws IOException {
    Path imported = root(dataDir).resolve(IMPORTED);
    if (Files.isDirectory(imported)) {
      try {
        return LuceneGazetteer.open(imported);
      } catch (IOException e) {
        notices.accept("sitrep: ignoring the imported gazetteer (" + e.getMessage()
            + "); using the bundled one");
      }
    }
    return openBundled(dataDir, notices);
  }

  /** Where {@code sitrep gazetteer import} puts its index; it may not exist. */
  public static Path importedIndex(Path dataDir) {
    return root(dataDir).resolve(IMPORTED);
  }

  /** Where this version's index of the bundled files lives; it may not be built yet. */
  public static Path bundledIndex(Path dataDir) {
    return root(dataDir).resolve("bundled-" + bundledHash());
  }

  /** The index of the bundled files, built first if this data directory lacks it. */
  public static LuceneGazetteer openBundled(Path dataDir, Consumer<String> notices)
      throws IOException {
    Path target = root(dataDir).resolve("bundled-" + bundledHash());
    if (Files.isDirectory(target)) {
      try {
        return LuceneGazetteer.open(target);
      } catch (IOException e) {
        // Not one of ours after all (a copy cut short, a disk error): rebuild beside it.
        moveAside(target);
      }
    }
    notices.accept("building the bundled gazetteer index (once) in " + target + " …");
    build(target, GeoNamesInputs.bundled(), Set.of(), ImportListener.STRICT, 0);
    return LuceneGazetteer.open(target);
  }

  /**
   * Imports GeoNames files as this data directory's gazetteer, replacing the previous import only
   * once the new one is complete.
   */
  public static GeoNamesImporter.ImportSummary importInto(Path dataDir, GeoNamesInputs inputs,
      Set<String> countries, ImportListener listener) throws IOException {
    Path target = root(dataDir).resolve(IMPORTED);
    // One core reads and filters rows, the others fold names and index them.
    int helpers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    return build(target, inputs, countries, listener, helpers);
  }

  private static GeoNamesImporter.ImportSummary build(Path target, GeoNamesInputs inputs,
      Set<String> countries, ImportListener listener, int helpers) throws IOException {
    Path root = target.getParent();
    Files.createDirectories(root);
    removeStale(root);
    Path temp = Files.createTempDirectory(root, target.getFileName() + ".tmp-");
    try {
      GeoNamesImporter.ImportSummary summary;
      try (LuceneIndexBuilder index = LuceneIndexBuilder.create(temp, helpers)) {
        summary = new GeoNamesImporter(inputs, countries).importInto(index, listener);
        index.finish();
      }
      replace(target, temp);
      return summary;
    } finally {
      deleteTree(temp);
    }
  }

  /** Renames the finished index into place; if another process got there first, theirs stays. */
  private static void replace(Path target, Path temp) throws IOException {
    if (Files.isDirectory(target)) {
      if (!target.getFileName().toString().equals(IMPORTED)) {
        return;
      }
      Path old = moveAside(target);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(old);
      return;
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (!Files.isDirectory(target)) {
        throw e;
      }
    }
  }

  private static Path moveAside(Path dir) throws IOException {
    Path aside = dir.resolveSibling(dir.getFileName() + ".old-" + System.nanoTime());
    Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
    return aside;
  }

  /** Temporary and replaced directories left by builds that were killed, once surely dead. */
  private static void removeStale(Path root) throws IOException {
    Instant cutoff = Instant.now().minus(STALE_AFTER);
    try (Stream<Path> children = Files.list(root)) {
      for (Path child : children.toList()) {
        String name = child.getFileName().toString();
        if ((name.contains(".tmp-") || name.contains(".old-"))
            && Files.getLastModifiedTime(child).toInstant().isBefore(cutoff)) {
          deleteTree(child);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static Path root(Path dataDir) {
    return dataDir.resolve("gazetteer");
  }

  /** A digest of the bundled and curated files and the index format, read from the classpath. */
  static String bundledHash() {
    try {
      MessageDigest digest = Sha256.digest();
      digest.update(("format " + LuceneIndexBuilder.FORMAT + " names " + LuceneIndexBuilder.NAMES)
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      byte[] buffer = new byte[1 << 16];
      for (String name : Stream.concat(Stream.of(GeoNamesInputs.BUNDLED),
          Stream.of(CuratedFiles.ALL)).toList()) {
        if (Gazetteers.class.getResource(name) == null) {
          continue;
        }
        digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = Gazetteers.class.getResourceAsStream(name)) {
          for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (IOException e) {
      throw new UncheckedIOException("bundled gazetteer files unreadable: " + e.getMessage(), e);
    }
  }

  /** The directories an import or build may leave: for tests. */
  static List<Path> children(Path dataDir) throws IOException {
    try (Stream<Path> children = Files.list(root(dataDir))) {
      return children.sorted().toList();
    }
  }
}
