package org.sitrep.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.place.GeoNamesImporter.ImportSummary;
import org.sitrep.place.GeoNamesInputs;
import org.sitrep.place.GeoNamesSource;
import org.sitrep.place.Gazetteers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep gazetteer import FILE...}: builds the data directory's imported index from GeoNames
 * dump files. The core builds it in a temporary directory and renames it into place only when
 * complete; this command checks the inputs first, shows progress, and on Ctrl-C lets the import
 * stop cleanly, so the previous index stays in use.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description =
        "Import GeoNames dump files as the gazetteer of the data directory, replacing the"
            + " previous import only once the new one is complete. Files are told apart by name:"
            + " one main table (allCountries, a country file such as SY, or citiesN; plain, gz or"
            + " zip), optionally alternateNamesV2, admin1CodesASCII, admin2Codes and countryInfo"
            + " (the bundled code tables are used when not given). Sitrep never downloads them:"
            + " fetch them from the GeoNames site yourself.",
    footer = {
      "",
      "Exit codes: 0 imported (malformed lines are reported and skipped), 1 internal error, 2 a"
          + " missing or unreadable FILE, an unknown country code, or an import that failed"
          + " (the previous index then stays in use), 130 interrupted (likewise)."
    })
final class GazetteerImportCommand implements Callable<Integer> {
  static final int INTERRUPTED = 130;

  @Spec CommandSpec spec;

  @Mixin DataDirOption dataDir;

  @Option(
      names = "--countries",
      split = ",",
      paramLabel = "XX",
      description = "Keep only these countries (ISO 3166-1 alpha-2 codes such as SY,IQ).")
  List<String> countries = new ArrayList<>();

  @Option(names = "--no-progress", description = "Show no progress bar on stderr.")
  boolean noProgress;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "GeoNames dump files.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<GeoNamesSource> sources = new ArrayList<>();
    long total = 0;
    for (Path file : files) {
      Optional<String> problem = unreadable(file);
      if (problem.isPresent()) {
        return fail(problem.get());
      }
      GeoNamesSource source;
      try {
        source = GeoNamesSource.file(file);
      } catch (IOException e) {
        return fail(e.getMessage());
      }
      sources.add(source);
      total += source.size();
    }
    GeoNamesInputs inputs;
    try {
      inputs = GeoNamesInputs.of(sources);
    } catch (IllegalArgumentException e) {
      return fail(e.getMessage());
    }
    Optional<String> unknown = CountryCodes.read(inputs.countryInfo()).firstUnknown(countries);
    if (unknown.isPresent()) {
      return fail("--countries: " + unknown.get());
    }
    Set<String> only =
        countries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    ImportProgress progress = new ImportProgress(
        err, total, !noProgress, System.console() != null, System::nanoTime);
    CountingInputs counted = new CountingInputs(progress::fileBytes);
    Path target = Gazetteers.importedIndex(dataDir.config().dataDir());
    long started = System.nanoTime();
    ImportSummary summary;
    try (InterruptGuard guard = InterruptGuard.install()) {
      try {
        summary = Gazetteers.importInto(
            dataDir.config().dataDir(), counted.wrap(inputs), only, progress);
      } catch (IOException | RuntimeException e) {
        progress.finish();
        if (guard.interrupted() || e instanceof InterruptedIOException) {
          return fail("import interrupted; " + unchanged(target));
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
          return fail(counted.name(e.getMessage()) + "; " + unchanged(target));
        }
        throw e;
      }
    }
    progress.finish();
    double seconds = (System.nanoTime() - started) / 1e9;
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "imported %,d places and %,d alternate names, skipped %,d malformed"
        + " lines, in %.1f s; index of %s in %s%n", summary.places(), summary.aliases(),
        summary.skippedLines(), seconds, IndexSize.format(IndexSize.bytes(target)), target);
    out.flush();
    return 0;
  }

  private static String unchanged(Path target) {
    return Files.isDirectory(target) ? "the previous import in " + target + " is still in use"
        : "nothing was imported; the bundled gazetteer is still in use";
  }

  private static Optional<String> unreadable(Path file) {
    if (Files.isDirectory(file)) {
      return Optional.of(file + ": is a directory, not a GeoNames file");
    }
    if (!Files.exists(file)) {
      return Optional.of(file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      return Optional.of(file + ": cannot read (permission denied)");
    }
    return Optional.empty();
  }

  private int fail(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("sitrep: " + message);
    err.flush();
    return message.startsWith("import interrupted") ? INTERRUPTED : ErrorReport.USAGE;
  }
}
