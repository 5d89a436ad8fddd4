package org.sitrep.normalize;

import org.sitrep.internal.Sha256;

/** Stable event ids: the same article and trigger give the same id on every run. */
public final class EventIds {
  private EventIds() {}

  public static String of(String article, int triggerStart) {
    return "SR" + Sha256.hex(article + "#" + triggerStart, 6).toUpperCase(java.util.Locale.ROOT);
  }

}
