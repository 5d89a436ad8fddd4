package org.sitrep.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and for whom the API answers. Safe by default: {@link #local(int)} listens on 127.0.0.1
 * only. On an address other machines can reach, a token guards every request; without one the
 * server there is {@link #readOnly()}: it serves reads to the network and refuses every write, so
 * that no one on the network can change the store.
 *
 * @param bind an IP address, never a host name: looking one up would send a request off the
 *     machine, and a name may resolve to a different address tomorrow
 * @param port 0 for any free port
 * @param token when present, every request but {@code /healthz} must carry {@code Authorization:
 *     Bearer <token>}
 */
public record ServerOptions(String bind, int port, Optional<String> token) {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  public ServerOptions {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(token, "token");
    bind = "localhost".equals(bind) ? "127.0.0.1" : bind;
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port is 0 to 65535, was " + port);
    }
    if (token.isPresent() && token.get().isBlank()) {
      throw new IllegalArgumentException("the token is empty; put a long random string in the"
          + " token file");
    }
    loopback(bind); // refuses a host name
  }

  /** Bound where other machines reach it, with no token: reads only, every write refused (401). */
  public boolean readOnly() {
    return token.isEmpty() && !loopback(bind);
  }

  /** Loopback only, no token: what {@code sitrep serve} does unless told otherwise. */
  public static ServerOptions local(int port) {
    return new ServerOptions("127.0.0.1", port, Optional.empty());
  }

  /**
   * True for 127.0.0.0/8 and ::1.
   *
   * @throws IllegalArgumentException when {@code bind} is not an IP address
   */
  static boolean loopback(String bind) {
    if (!IPV4.matcher(bind).matches() && !bind.contains(":")) {
      throw new IllegalArgumentException("--bind takes an IP address such as 127.0.0.1, :: or"
          + " 0.0.0.0, was '" + bind + "'");
    }
    try {
      // A literal address: getByName parses it and looks nothing up.
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--bind takes an IP address such as 127.0.0.1, :: or"
          + " 0.0.0.0, was '" + bind + "'", e);
    }
  }
}
