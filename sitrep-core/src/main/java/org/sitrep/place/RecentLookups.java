package org.sitrep.place;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The candidates of names looked up lately. An article names its places again and again, and a
 * news stream names the same capitals daily, while a Lucene lookup reads and decodes stored
 * documents (tens of microseconds; a fuzzy one hundreds): a map probe is far cheaper. Bounded:
 * when full it is emptied, which costs one re-lookup per name and needs no lock or LRU list.
 */
final class RecentLookups {
  private final int capacity;
  private final Map<String, List<Candidate>> recent = new ConcurrentHashMap<>();

  RecentLookups(int capacity) {
    this.capacity = capacity;
  }

  List<Candidate> get(String name, Function<String, List<Candidate>> lookup) {
    List<Candidate> found = recent.get(name);
    if (found == null) {
      found = lookup.apply(name);
      if (recent.size() >= capacity) {
        recent.clear();
      }
      recent.put(name, found);
    }
    return found;
  }
}
