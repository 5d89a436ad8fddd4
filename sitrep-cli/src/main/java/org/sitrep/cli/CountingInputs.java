package org.sitrep.cli;

import java.util.function.LongConsumer;
import org.sitrep.internal.CountingInputStream;
import org.sitrep.place.GeoNamesInputs;
import org.sitrep.place.GeoNamesSource;

/**
 * Counts the bytes read from the user's files (not the bundled code tables, whose size the
 * progress bar does not know), and remembers which file was opened last, to name it in an error.
 */
final class CountingInputs {
  private final LongConsumer counted;
  private volatile String current = "";

  CountingInputs(LongConsumer counted) {
    this.counted = counted;
  }

  /** The same inputs, read through counters; bundled tables (size 0) are left as they are. */
  GeoNamesInputs wrap(GeoNamesInputs inputs) {
    return new GeoNamesInputs(wrap(inputs.main()), inputs.alternates().map(this::wrap),
        wrap(inputs.admin1Codes()), wrap(inputs.admin2Codes()), wrap(inputs.countryInfo()));
  }

  /** The message, prefixed with the file last opened when it does not name it already. */
  String name(String message) {
    String text = message == null ? "read failed" : message;
    return current.isEmpty() || text.contains(current) ? text : current + ": " + text;
  }

  private GeoNamesSource wrap(GeoNamesSource source) {
    if (source.size() == 0) {
      return source;
    }
    return new GeoNamesSource(source.label(), source.size(), () -> {
      current = source.label();
      return new CountingInputStream(source.opener().open(), counted);
    });
  }
}
