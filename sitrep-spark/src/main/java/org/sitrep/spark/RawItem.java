package org.sitrep.spark;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.Hints;
import org.sitrep.ingest.InputKind;
import org.sitrep.ingest.SourceItem;

/**
 * One item of an input as it travels from the task that read its file to the task that extracts
 * it: {@link SourceItem} in serializable form. Absent values are "".
 *
 * @param input the input as the user named it
 * @param problem why the item cannot be read; "" for an item to read
 */
public record RawItem(String input, String id, byte[] bytes, String kind, String published,
    String source, String url, String title, String hintPublished, String hintSource,
    String charset, String problem) implements Serializable {
  private static final long serialVersionUID = 1L;

  public RawItem {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bytes, "bytes");
  }

  static RawItem of(String input, SourceItem item) {
    if (item instanceof SourceItem.Broken broken) {
      return new RawItem(input, broken.id(), new byte[0], "", "", "", "", "", "", "", "",
          broken.problem());
    }
    ArticleInput a = ((SourceItem.Found) item).input();
    Hints h = a.hints();
    return new RawItem(input, a.id(), a.bytes(), a.kind().name(), text(a.published()),
        a.source(), h.url().orElse(""), h.title().orElse(""), text(h.published()), h.source(),
        h.charset().map(Charset::name).orElse(""), "");
  }

  /** The item again, as the source gave it. */
  SourceItem item() {
    if (!problem.isEmpty()) {
      return new SourceItem.Broken(id, problem);
    }
    Hints hints = new Hints(optional(url), optional(title), date(hintPublished), hintSource,
        charset.isEmpty() ? Optional.empty() : Optional.of(Charset.forName(charset)));
    return new SourceItem.Found(new ArticleInput(id, bytes, date(published), source,
        InputKind.valueOf(kind), hints));
  }

  private static String text(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("");
  }

  private static Optional<LocalDate> date(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(s));
  }

  private static Optional<String> optional(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
