package org.sitrep.typing;

/**
 * Keeps the embedding libraries from reaching the network. DJL's tokenizer, at start-up, reports
 * its use to a telemetry address and asks a cloud metadata address where it runs, unless told it
 * is offline; Sitrep never connects anywhere the user did not ask for.
 */
public final class Offline {
  private Offline() {}

  /** Sets DJL's offline switches (as system properties, which DJL reads beside the environment). */
  public static synchronized void ensure() {
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("OPT_OUT_TRACKING", "true");
  }
}
