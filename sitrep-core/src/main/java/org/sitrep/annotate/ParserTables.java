package org.sitrep.annotate;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.lang.reflect.Field;
import java.util.Map;

/**
 * Gives CoreNLP's neural dependency parser feature tables that look up in constant time. The
 * parser sums, for each of the 48 features of each transition, a hidden-layer vector it finds in
 * one of two maps keyed by {@code word * 48 + position}: the vectors it pre-computed for frequent
 * features, and a cache of the others. Both are {@link java.util.HashMap}s of {@link Integer},
 * where these keys collide into trees of keys: a JFR profile of {@code sitrep bench} on the shared
 * dev articles put two fifths of the parse's samples in those trees. {@link IntKeyMap} holds the
 * same entries; parsing the dev articles' sentences in alternation with the stock parser, the
 * parse took 7-13% less time (the rest of those samples is the vectors' own memory traffic).
 *
 * <p>The parser's fields are private, so they are swapped by reflection, once, before the parser
 * is shared. The parse is the same either way (the maps hold the same vectors); when a CoreNLP
 * release renames the fields the parser keeps its own maps and only runs slower, which
 * {@code ParserTablesIT} reports.
 */
final class ParserTables {
  private ParserTables() {}

  /** Swaps the maps in; true when both were swapped. */
  static boolean speedUp(DependencyParser parser) {
    try {
      Object classifier = field(parser.getClass(), "classifier").get(parser);
      Field preMap = field(classifier.getClass(), "preMap");
      preMap.set(classifier, IntKeyMap.copyOf(cast(preMap.get(classifier))));
      Object cache = field(classifier.getClass(), "cache").get(classifier);
      // The cache is used under the classifier's lock on it, so its map needs no lock of its own.
      synchronized (cache) {
        Field map = field(cache.getClass(), "map");
        map.set(cache, IntKeyMap.copyOf(cast(map.get(cache))));
      }
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field f = type.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<Integer, V> cast(Object map) {
    return (Map<Integer, V>) map;
  }
}
