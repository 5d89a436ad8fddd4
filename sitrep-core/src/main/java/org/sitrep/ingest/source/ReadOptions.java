package org.sitrep.ingest.source;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user said about all their inputs.
 *
 * @param published {@code --published}: outranks every date the inputs carry
 * @param source {@code --source}: outranks every publisher name the inputs carry; "" when not given
 * @param stdin what "-" reads
 */
public record ReadOptions(Optional<LocalDate> published, String source, InputStream stdin) {
  public ReadOptions {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(stdin, "stdin");
  }

  public static ReadOptions none() {
    return new ReadOptions(Optional.empty(), "", InputStream.nullInputStream());
  }
}
