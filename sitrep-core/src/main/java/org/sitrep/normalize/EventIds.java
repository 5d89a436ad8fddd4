package org.sitrep.normalize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable event ids: the same article and trigger give the same id on every run. */
public final class EventIds {
  private EventIds() {}

  public static String of(String article, int triggerStart) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((article + "#" + triggerStart).getBytes(StandardCharsets.UTF_8));
      return "SR" + HexFormat.of().formatHex(digest, 0, 6).toUpperCase(java.util.Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
