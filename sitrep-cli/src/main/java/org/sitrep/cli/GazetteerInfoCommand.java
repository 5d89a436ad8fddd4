package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.place.Gazetteers;
import org.sitrep.place.LuceneGazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep gazetteer info}: which index extraction would use (the imported one when it opens,
 * else the bundled one), where it is, how many places it holds and its size on disk. Builds
 * nothing.
 */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Say which gazetteer index is in use, where, its places and size on disk.")
final class GazetteerInfoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataDirOption dataDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path data = dataDir.config().dataDir();
    Path imported = Gazetteers.importedIndex(data);
    if (Files.isDirectory(imported)) {
      try (LuceneGazetteer index = LuceneGazetteer.open(imported)) {
        describe(out, "imported", imported, index.size());
        return 0;
      } catch (IOException e) {
        out.println("imported index unusable (" + e.getMessage() + "); the bundled one is used");
      }
    }
    Path bundled = Gazetteers.bundledIndex(data);
    if (!Files.isDirectory(bundled)) {
      out.println("index:  bundled, not built yet (built on first use, in about 12 s)");
      out.println("path:   " + bundled);
    } else {
      try (LuceneGazetteer index = LuceneGazetteer.open(bundled)) {
        describe(out, "bundled", bundled, index.size());
      } catch (IOException e) {
        out.println("index:  bundled, unusable (" + e.getMessage() + "); rebuilt on next use");
        out.println("path:   " + bundled);
      }
    }
    out.flush();
    return 0;
  }

  private static void describe(PrintWriter out, String which, Path dir, int places) {
    out.println("index:  " + which);
    out.println("path:   " + dir);
    out.printf(Locale.ROOT, "places: %,d%n", places);
    out.println("size:   " + IndexSize.format(IndexSize.bytes(dir)));
    out.flush();
  }
}
