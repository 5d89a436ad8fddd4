package org.sitrep.store.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Stops a PostgreSQL server left running on an embedded store by a Sitrep process that was killed
 * (a server outlives a JVM killed with SIGKILL). Only called by the holder of the store's lock,
 * so no live Sitrep process is using that server.
 */
final class Orphans {
  private static final long WAIT_SECONDS = 15;

  private Orphans() {}

  static void stop(Path pgDir) throws IOException {
    Path pidFile = pgDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return;
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return;
    }
    Optional<ProcessHandle> server = ProcessHandle.of(pid)
        // A pid reused by another program is not ours to stop.
        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    if (server.isPresent()) {
      // SIGTERM: PostgreSQL's smart shutdown, which ends cleanly.
      server.get().destroy();
      try {
        server.get().onExit().get(WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IOException("a PostgreSQL server left running on " + pgDir + " (pid " + pid
            + ") did not stop; stop it and try again", e);
      }
    }
  }
}
