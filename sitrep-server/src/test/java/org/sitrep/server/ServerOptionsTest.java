package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {
  @Test
  void loopback_needs_no_token_and_localhost_means_127_0_0_1() {
    assertEquals("127.0.0.1", new ServerOptions("localhost", 8080, Optional.empty()).bind());
    assertTrue(ServerOptions.loopback("127.0.0.1"));
    assertTrue(ServerOptions.loopback("::1"));
    assertFalse(ServerOptions.loopback("0.0.0.0"));
    assertFalse(ServerOptions.loopback("192.168.1.20"));
  }

  @Test
  void another_address_without_a_token_serves_reads_only() {
    assertTrue(new ServerOptions("0.0.0.0", 8080, Optional.empty()).readOnly());
    assertFalse(new ServerOptions("0.0.0.0", 8080, Optional.of("t")).readOnly());
    assertFalse(new ServerOptions("127.0.0.1", 8080, Optional.empty()).readOnly());
    assertFalse(new ServerOptions("::1", 8080, Optional.empty()).readOnly());
  }

  @Test
  void a_host_name_is_refused_without_looking_it_up() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ServerOptions("example.org", 8080, Optional.of("t")));
    assertTrue(e.getMessage().startsWith("--bind takes an IP address"), e.getMessage());
  }

  @Test
  void an_empty_token_and_a_bad_port_are_refused() {
    assertThrows(IllegalArgumentException.class,
        () -> new ServerOptions("127.0.0.1", 8080, Optional.of("  ")));
    assertThrows(IllegalArgumentException.class, () -> ServerOptions.local(70_000));
  }
}
