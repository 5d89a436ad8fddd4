package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Without a token, writes are taken only when the Host header names this machine. */
class LocalHostTest {
  @Test
  void loopback_names_with_or_without_a_port_are_this_machine() {
    assertTrue(ApiServer.localHost("127.0.0.1:8080"));
    assertTrue(ApiServer.localHost("localhost"));
    assertTrue(ApiServer.localHost("LOCALHOST:80"));
    assertTrue(ApiServer.localHost("[::1]:8080"));
  }

  @Test
  void any_other_name_is_not_even_if_it_resolves_here() {
    assertFalse(ApiServer.localHost("evil.example:8080"));
    assertFalse(ApiServer.localHost("127.0.0.1.evil.example"));
    assertFalse(ApiServer.localHost("localhost.evil.example"));
    assertFalse(ApiServer.localHost("192.168.1.20:8080"));
    assertFalse(ApiServer.localHost(""));
    assertFalse(ApiServer.localHost(null));
  }
}
