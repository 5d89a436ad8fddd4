package org.sitrep.internal;

import java.util.Locale;

/**
 * Trigger words that tell only what people suffered, not the act that made them suffer it. The
 * extractor ranks such mentions last, the coder makes them outcomes, and the merger sets them
 * aside when no act of violence is told with them; all three read the word here.
 */
public final class HarmWords {
  private HarmWords() {}

  /**
   * "injured", "injuries", "hurt", "died": people were hurt or died; "wounded" or "shot" say
   * weapons did it.
   */
  public static boolean onlyHurt(String trigger) {
    String w = trigger.toLowerCase(Locale.ROOT);
    return w.startsWith("injur") || w.startsWith("hurt") || dying(w);
  }

  /** "died", "perished", "succumbed": people died, of what the words do not say. */
  public static boolean dying(String trigger) {
    return DYING.matcher(trigger.toLowerCase(Locale.ROOT)).matches();
  }

  private static final java.util.regex.Pattern DYING =
      java.util.regex.Pattern.compile("die[ds]?|dying|perish(ed|es|ing)?|succumb(ed|s|ing)?");

  /** "the death toll" (the word or its lemma): how many died in an event told elsewhere. */
  public static boolean toll(String trigger) {
    return trigger.equalsIgnoreCase("toll");
  }

  /**
   * "a lower toll", "a different figure": the word sets one source's count against another's for
   * the same dead.
   */
  public static boolean contrastsFigure(String adjective) {
    return CONTRASTS.contains(adjective.toLowerCase(Locale.ROOT));
  }

  private static final java.util.Set<String> CONTRASTS = java.util.Set.of(
      "lower", "higher", "smaller", "larger", "different", "differing", "conflicting");

  /**
   * "7 fatalities.", the count a coder's note ends with: how many died in the event it tells,
   * with no act of its own.
   */
  public static boolean countOnly(String trigger) {
    String w = trigger.toLowerCase(Locale.ROOT);
    return w.equals("fatality") || w.equals("fatalities");
  }
}
