package org.sitrep.store;

import java.util.List;

/**
 * One page of a search's results.
 *
 * @param items at most {@code limit} items, from position {@code offset} of the whole result
 * @param total how many items the whole result has when {@code totalExact}; otherwise at least
 *     that many (a store may stop counting a large result: counting costs as much as reading it)
 *     and always more than {@code offset + items.size()}, so {@link #hasMore} is right either way
 * @param totalExact whether {@code total} is the exact count
 */
public record Page<T>(List<T> items, long total, int limit, int offset, boolean totalExact) {
  public Page {
    items = List.copyOf(items);
    if (total < 0 || limit < 0 || offset < 0) {
      throw new IllegalArgumentException("a page's total, limit and offset are not negative");
    }
  }

  /** A page whose total is the exact count. */
  public Page(List<T> items, long total, int limit, int offset) {
    this(items, total, limit, offset, true);
  }

  /** True when results follow this page. */
  public boolean hasMore() {
    return (long) offset + items.size() < total;
  }
}
