package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A number of people killed, injured or captured, coded by ACLED's rules from {@code evidence}.
 *
 * @param rule how the words became the number, e.g. "most conservative figure", "several coded as 3"
 * @param claimant the party to the fight that reported the figure, when the report says so
 */
public record Count(int value, Evidence evidence, String rule, Optional<String> claimant) {
  /**
   * The rule of a figure one source gives against another's for the same dead ("police gave a
   * lower toll of nine"): ACLED keeps the most conservative, so it caps the count, never adds.
   */
  public static final String DIFFERING = "a figure told against another source's";

  public Count {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(claimant, "claimant");
    if (value < 0) {
      throw new IllegalArgumentException("a count cannot be negative: " + value);
    }
  }

  public Count plus(Count other) {
    return new Count(value + other.value, evidence, rule + "; summed over both sides", claimant);
  }
}
