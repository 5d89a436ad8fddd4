package org.sitrep.extract;

import java.util.Optional;
import org.sitrep.annotate.Sentence;
import org.sitrep.model.SubEventType;

/**
 * A reader of whole sentences beside the trigger words: does a sentence with no trigger word
 * report an event ("warplanes pounded the village", "residents took to the streets"), and of
 * which sub-event type. Asked before the parse, of the sentences the rules would not parse, so
 * that a sentence it finds is parsed and its arguments read as a trigger's are. Thread-safe.
 */
public interface EventDetector {
  /** What the detector found, and the note that says why, for the trigger's evidence. */
  record Detection(SubEventType type, String note) {}

  /** How the trigger evidence of a detected mention begins. */
  String NOTE = "detector found an event";

  /** True when the detector, not a trigger word, found {@code mention}. */
  static boolean found(org.sitrep.model.Mention mention) {
    return mention.trigger().note().startsWith(NOTE);
  }

  /** Finds nothing: the rules alone. */
  EventDetector NONE = sentence -> Optional.empty();

  /** @param sentence tokens, lemmas and names filled in; not parsed yet */
  Optional<Detection> detect(Sentence sentence);
}
