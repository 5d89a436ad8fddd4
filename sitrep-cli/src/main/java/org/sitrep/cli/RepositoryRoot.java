package org.sitrep.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The reactor root: the folder holding sitrep-cli and pom.xml, found by walking up from the jar
 * (sitrep-cli/target) or the classes folder, so that defaults beside the repository (the shared
 * evaluation data) work from any working directory.
 */
final class RepositoryRoot {
  private RepositoryRoot() {}

  static Optional<Path> find() {
    try {
      Path at =
          Path.of(RepositoryRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = at; p != null; p = p.getParent()) {
        if (Files.isDirectory(p.resolve("sitrep-cli")) && Files.exists(p.resolve("pom.xml"))) {
          return Optional.of(p);
        }
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // No code location: no defaults; the user is told to name the data.
    }
    return Optional.empty();
  }

  /** {@code relative} resolved against the root, e.g. "../shared/eval/acled"; it may not exist. */
  static Optional<Path> beside(String relative) {
    Optional<Path> root = find();
    if (root.isEmpty() || root.get().getParent() == null) {
      return Optional.empty();
    }
    return Optional.of(root.get().resolve(relative).normalize());
  }
}
