package org.sitrep.cli;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.sitrep.ingest.source.ReadOptions;
import picocli.CommandLine.Option;

/**
 * What the user says about all the reports of a run ({@code --published}, {@code --source}), the
 * options of every command that extracts them; they outrank what pages and feeds say of themselves.
 */
final class ReportOptions {
  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      converter = PublishedDate.class,
      description = "Publication date of the reports, to resolve \"on Tuesday\" and the like "
          + "(default: each report's own, from its page, feed item or record).")
  LocalDate published;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description = "Publisher's name, written to the events' source field (default: each "
          + "report's own).")
  String source = "";

  /** The reading options these make, with {@code stdin} for "-". */
  ReadOptions reading(InputStream stdin) {
    return new ReadOptions(Optional.ofNullable(published), source.trim(), stdin);
  }
}
