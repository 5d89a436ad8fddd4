package org.sitrep.export;

import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats Sitrep writes events in; the field contract is {@code docs/schema.md}. */
public enum OutputFormat {
  /** One JSON object per event per line. */
  JSONL,
  /** One pretty-printed JSON array of all events. */
  JSON,
  /** RFC 4180 CSV, ACLED's columns first, then Sitrep's own. */
  CSV,
  /** A summary for a person to read. */
  TEXT;

  /** The name users type, e.g. "jsonl". */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Opens a writer of this format on {@code out}.
   *
   * @param explain also write the candidates that were rejected and why (ignored by CSV, whose rows
   *     are events only)
   */
  public EventWriter open(Writer out, boolean explain) {
    switch (this) {
      case JSONL:
        return new JsonLinesWriter(out, explain);
      case JSON:
        return new JsonArrayWriter(out, explain);
      case CSV:
        return new CsvEventWriter(out);
      case TEXT:
        return new TextEventWriter(out, explain);
      default:
        throw new AssertionError(this);
    }
  }

  /** The format a user named, in any case; empty when there is none by that name. */
  public static Optional<OutputFormat> fromId(String id) {
    return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id.trim())).findFirst();
  }

  /** The names users may type, for messages: "jsonl, json, csv, text". */
  public static String ids() {
    return Arrays.stream(values()).map(OutputFormat::id).collect(Collectors.joining(", "));
  }
}
