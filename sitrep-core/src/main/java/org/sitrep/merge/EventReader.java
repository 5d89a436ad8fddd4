package org.sitrep.merge;

import java.util.Optional;

/**
 * A reader of whole sentences beside the trigger rules, asked by {@link ArticleMerger} of an event
 * it would set aside because nothing in its words grounds it: no place, no date of its own, no
 * count and no named actor. In general news such a mention is most often an idiom or a general
 * remark ("they fought on", "attacks have grown"); a model that reads the sentence whole and is
 * nearly sure it reports an act ("police said weapons were seized from two hostels in the raids")
 * can tell the two apart where the missing arguments cannot. Thread-safe.
 */
@FunctionalInterface
public interface EventReader {
  /**
   * The note for the trigger's evidence when the reader vouches that {@code sentence} reports an
   * event, saying how sure it is; empty when it does not.
   */
  Optional<String> vouch(String sentence);

  /** Vouches for nothing: an ungrounded mention is always set aside. */
  EventReader NONE = sentence -> Optional.empty();
}
