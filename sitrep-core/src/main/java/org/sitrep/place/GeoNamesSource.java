package org.sitrep.place;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.sitrep.internal.CountingInputStream;

/**
 * One input file of an import: a file on disk or a resource bundled with Sitrep, plain, gzipped
 * (.gz) or zipped (.zip, as GeoNames serves allCountries.zip; the first .txt entry that is not a
 * readme is read).
 *
 * @param label the name used in messages ("cities500.txt.gz line 12: ...")
 * @param size bytes to read (compressed size), for progress; 0 when unknown
 * @param opener opens the raw bytes
 */
public record GeoNamesSource(String label, long size, Opener opener) {
  /** Opens the raw bytes of a source. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public GeoNamesSource {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(opener, "opener");
  }

  /**
   * A file on disk.
   *
   * @throws IOException naming the file when it is missing or unreadable
   */
  public static GeoNamesSource file(Path path) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new NoSuchFileException(path.toString(), null, "no such file");
    }
    if (!Files.isReadable(path)) {
      throw new IOException(path + ": cannot read (permission denied)");
    }
    return new GeoNamesSource(path.getFileName().toString(), Files.size(path),
        () -> Files.newInputStream(path));
  }

  /** A resource next to this class, under org/sitrep/place/; a missing one is a packaging bug. */
  static GeoNamesSource resource(String name) {
    if (GeoNamesSource.class.getResource(name) == null) {
      throw new IllegalStateException("bundled gazetteer resource missing from the classpath: "
          + "org/sitrep/place/" + name);
    }
    String label = name.substring(name.lastIndexOf('/') + 1);
    return new GeoNamesSource(label, 0, () -> GeoNamesSource.class.getResourceAsStream(name));
  }

  /** The file name without directory, compression suffix or ".txt", for telling files apart. */
  public String baseName() {
    String name = label.toLowerCase(Locale.ROOT);
    for (String suffix : new String[] {".gz", ".zip", ".txt"}) {
      if (name.endsWith(suffix)) {
        name = name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /** The decompressed text bytes; counted reports the compressed bytes read so far. */
  InputStream open(LongConsumer counted) throws IOException {
    InputStream raw = new CountingInputStream(opener.open(), counted);
    String name = label.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      return new GZIPInputStream(raw, 1 << 16);
    }
    if (name.endsWith(".zip")) {
      ZipInputStream zip = new ZipInputStream(raw);
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        String entryName = entry.getName().toLowerCase(Locale.ROOT);
        if (entryName.endsWith(".txt") && !entryName.contains("readme")) {
          return zip;
        }
      }
      zip.close();
      throw new IOException(label + ": the zip file holds no .txt table");
    }
    return raw;
  }
}
