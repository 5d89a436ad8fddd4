package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.merge.CrossReports;
import org.sitrep.merge.EventBlock;
import org.sitrep.model.Event;
import scala.Tuple2;

/**
 * Which blocks the merge stage sends a report to, and which pairs of a block it decides.
 *
 * <p>{@link EventBlock#keys} gives every dated event its country and family's undated block as
 * well as its weeks' blocks, so that it meets the reports that gave no day. Sent there as it is,
 * every dated event of a country and family would meet every other in one block, whatever their
 * years: a block that grows with the whole corpus, decided pair by pair on one task, and held in
 * one task's memory. Two dated events already meet in their weeks' blocks, so here the undated
 * block holds a dated event only when undated events are there for it to meet, and decides only
 * the pairs that hold an undated event. A corpus whose reports are all dated (web pages, WARC
 * records and texts given {@code --published} are) is then blocked by weeks alone.
 */
final class BlockPairs {
  private BlockPairs() {}

  /**
   * The keys of the blocks {@code e} goes to.
   *
   * @param undatedBlocks the keys of the undated blocks that hold at least one undated event
   */
  static List<String> keys(Event e, Set<String> undatedBlocks) {
    String ownUndated = EventBlock.undatedOf(e).key();
    List<String> keys = new ArrayList<>();
    for (EventBlock b : EventBlock.keys(e)) {
      String key = b.key();
      if (e.eventDate().isEmpty() || !key.equals(ownUndated) || undatedBlocks.contains(key)) {
        keys.add(key);
      }
    }
    return keys;
  }

  /** The key of {@code e}'s undated block when {@code e} is undated itself, else null. */
  static String undatedKey(Event e) {
    return e.eventDate().isEmpty() ? EventBlock.of(e).key() : null;
  }

  /**
   * The pairs of one block's events that are one event: ids, the smaller first. Events of one
   * article are not paired (ArticleMerger has joined what tells one event within an article), nor,
   * in an undated block, two dated events (they meet in their weeks' blocks, and are decided
   * there).
   *
   * @param key the block's key, which all of {@code block} were sent to
   */
  static List<Tuple2<String, String>> same(String key, List<Event> block) {
    if (block.isEmpty()) {
      return List.of();
    }
    // A block's events share a country and family, so any one of them names its undated block.
    boolean undatedBlock = key.equals(EventBlock.undatedOf(block.get(0)).key());
    List<Event> events = new ArrayList<>(block);
    events.sort(Comparator.comparing(Event::eventId));
    List<Tuple2<String, String>> same = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      for (int j = i + 1; j < events.size(); j++) {
        Event a = events.get(i);
        Event b = events.get(j);
        if (undatedBlock && a.eventDate().isPresent() && b.eventDate().isPresent()) {
          continue;
        }
        if (!a.article().equals(b.article()) && CrossReports.decide(a, b).same()) {
          same.add(new Tuple2<>(a.eventId(), b.eventId()));
        }
      }
    }
    return same;
  }
}
