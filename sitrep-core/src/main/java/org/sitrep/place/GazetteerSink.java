package org.sitrep.place;

/**
 * Where an importer writes what it reads: an on-disk index ({@link LuceneIndexBuilder}) or, in
 * tests, an in-memory table. Places arrive in no particular order; an alias may arrive before or
 * after its place, and may name a place that never arrives (then it is ignored by the searcher).
 */
public interface GazetteerSink {
  /** Adds a place under its main and alternate names. */
  void place(GazetteerEntry entry);

  /**
   * Adds one more name to the place with this GeoNames id. Aliases come from alternateNamesV2,
   * too many to join to their places in memory, so the index keeps them apart.
   */
  void alias(long geonameId, String name);

  /**
   * Called before the few entries whose relative order must not depend on thread scheduling
   * (countries, divisions, curated rows, which rank by their order when all else is equal): a
   * sink that adds on several threads finishes what it has and adds the rest in order.
   */
  default void inOrder() throws java.io.IOException {}
}
