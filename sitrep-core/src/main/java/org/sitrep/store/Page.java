package org.sitrep.store;

import java.util.List;

/**
 * One page of a search's results.
 *
 * @param items at most {@code limit} items, from position {@code offset} of the whole result
 * @param total how many items the whole result has
 */
public record Page<T>(List<T> items, long total, int limit, int offset) {
  public Page {
    items = List.copyOf(items);
    if (total < 0 || limit < 0 || offset < 0) {
      throw new IllegalArgumentException("a page's total, limit and offset are not negative");
    }
  }

  /** True when results follow this page. */
  public boolean hasMore() {
    return (long) offset + items.size() < total;
  }
}
