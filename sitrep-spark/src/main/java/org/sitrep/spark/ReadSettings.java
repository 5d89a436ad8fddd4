package org.sitrep.spark;

import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.ingest.source.ReadOptions;

/**
 * What the user said about all inputs ({@code --published}, {@code --source}), in a form Spark can
 * ship to executors.
 *
 * @param published the publication date, ISO; "" when not given
 * @param source the publisher's name; "" when not given
 */
public record ReadSettings(String published, String source) implements Serializable {
  private static final long serialVersionUID = 1L;

  public ReadSettings {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(source, "source");
  }

  public static ReadSettings of(Optional<LocalDate> published, String source) {
    return new ReadSettings(published.map(LocalDate::toString).orElse(""), source);
  }

  /** The options {@code extract} reads with; a job has no standard input. */
  ReadOptions options() {
    Optional<LocalDate> date =
        published.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(published));
    return new ReadOptions(date, source, InputStream.nullInputStream());
  }
}
