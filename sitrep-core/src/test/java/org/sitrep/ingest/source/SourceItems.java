package org.sitrep.ingest.source;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.SourceItem;

/** Helpers for source tests: every item of a source, and inputs cut short. */
final class SourceItems {
  static final ReadOptions USER_SAID =
      new ReadOptions(Optional.of(LocalDate.of(2025, 1, 2)), "Desk", java.io.InputStream
          .nullInputStream());

  private SourceItems() {}

  /** Every item, the source closed after. */
  static List<SourceItem> all(ArticleSource source) {
    List<SourceItem> items = new ArrayList<>();
    try (source) {
      for (Optional<SourceItem> item = source.next(); item.isPresent(); item = source.next()) {
        items.add(item.get());
      }
    }
    return items;
  }

  static ArticleInput found(SourceItem item) {
    return assertInstanceOf(SourceItem.Found.class, item, () -> "not found: " + item).input();
  }

  static SourceItem.Broken broken(SourceItem item) {
    return assertInstanceOf(SourceItem.Broken.class, item, () -> "not broken: " + item);
  }

  static String text(ArticleInput input) {
    return new String(input.bytes(), StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  static byte[] firstPart(byte[] bytes, double share) {
    return Arrays.copyOf(bytes, (int) (bytes.length * share));
  }
}
