package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.Hints;
import org.sitrep.ingest.InputKind;

/**
 * The example reports in {@code examples/} (plain text, and one as a web page), which the build copies into the jar so that {@code
 * sitrep bench} has input wherever it runs. A jar cannot list a directory, hence the names here.
 */
final class ShippedExamples {
  static final List<String> NAMES = List.of("raqqa-clashes.txt", "mosul-strike.txt",
      "idlib-shelling.txt", "raqqa-clashes.html");

  private ShippedExamples() {}

  /** The examples as inputs, named "examples/NAME", with no publication date or source. */
  static List<ArticleInput> load() {
    List<ArticleInput> inputs = new ArrayList<>();
    for (String name : NAMES) {
      try (InputStream in = ShippedExamples.class.getResourceAsStream("examples/" + name)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks the shipped example " + name);
        }
        InputKind kind = name.endsWith(".html") ? InputKind.HTML : InputKind.TEXT;
        inputs.add(new ArticleInput("examples/" + name, in.readAllBytes(), Optional.empty(), "",
            kind, Hints.NONE));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return inputs;
  }
}
