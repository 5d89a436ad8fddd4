package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.SitrepConfig;
import org.sitrep.server.ApiServer;
import org.sitrep.server.PortInUseException;
import org.sitrep.server.ServerOptions;
import org.sitrep.store.StoreException;
import org.sitrep.store.postgres.PostgresStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep serve}: the event store as a REST API (docs/api.md), reads and a person's
 * corrections, until Ctrl-C, which stops the server and then the store. Safe by default: 127.0.0.1
 * only; another address only with a token that every request, read or write, must carry.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Serve the event store over HTTP: a REST API to read it and correct events"
        + " (see docs/api.md).")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataDirOption dataDir;

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default:"
      + " ${DEFAULT-VALUE}; 0 for any free port).")
  int port = 8080;

  @Option(names = "--bind", paramLabel = "IP", description = "Address to listen on (default:"
      + " ${DEFAULT-VALUE}, this machine only). On any other address without --token-file,"
      + " reads only: every write is refused.")
  String bind = "127.0.0.1";

  @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding a secret"
      + " token; every request but /healthz must then send 'Authorization: Bearer TOKEN'.")
  Optional<Path> tokenFile = Optional.empty();

  @Mixin DbOption db;

  @Mixin ActorsOption actors;

  @Mixin ModelOption model;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ServerOptions options;
    try {
      options = new ServerOptions(bind, port, token());
    } catch (IllegalArgumentException | IOException e) {
      err.println("sitrep: " + e.getMessage());
      return ErrorReport.USAGE;
    }
    // Ctrl-C interrupts the wait below and holds the exit until the store is closed.
    InterruptGuard guard = InterruptGuard.install();
    SitrepConfig config;
    try {
      config = dataDir.config().withActorTables(actors.tables).withTyping(model.typing(spec));
    } catch (ParameterException e) {
      err.println("sitrep: " + e.getMessage());
      return ErrorReport.USAGE;
    }
    try (PostgresStore store = db.open(dataDir.config().dataDir());
        ApiServer server = ApiServer.start(store, store, store,
            new StoreIntake(store, store, () -> Pipeline.load(config)), options, line -> {
          err.println(line);
          err.flush();
        })) {
      err.println("sitrep: serving http://" + host(options.bind()) + ":" + server.port()
          + "/ (the page; the API under /api/, Ctrl-C stops)");
      if (options.readOnly()) {
        err.println("sitrep: reads only: on " + options.bind() + " without --token-file every"
            + " write is refused");
      }
      err.flush();
      // Until Ctrl-C, which interrupts this thread through the guard.
      new CountDownLatch(1).await();
      return 0;
    } catch (InterruptedException e) {
      return IngestCommand.INTERRUPTED;
    } catch (PortInUseException | StoreException e) {
      err.println("sitrep: " + e.getMessage());
      return ErrorReport.USAGE;
    } finally {
      guard.close();
    }
  }

  private Optional<String> token() throws IOException {
    if (tokenFile.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(tokenFile.get(), StandardCharsets.UTF_8).strip());
    } catch (NoSuchFileException e) {
      throw new IOException("the token file " + tokenFile.get() + " does not exist", e);
    } catch (IOException e) {
      throw new IOException("cannot read the token file " + tokenFile.get() + ": "
          + e.getMessage(), e);
    }
  }

  /** An IPv6 address goes in brackets in a URL. */
  private static String host(String bind) {
    return bind.contains(":") ? "[" + bind + "]" : bind;
  }
}
