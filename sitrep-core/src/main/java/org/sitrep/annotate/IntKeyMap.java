package org.sitrep.annotate;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A map from int keys, open-addressed with linear probing, whose keys are scrambled before they
 * pick a slot. Made for the dependency parser's feature tables (see {@link ParserTables}): their
 * keys are {@code word * 48 + position}, which in a {@link java.util.HashMap} pile into a small
 * share of the buckets (48 is a multiple of 16), so that a look-up walks a tree of colliding keys.
 * Not thread-safe for writers: the parser reads one copy from many threads and writes the other
 * under its own lock. Null values are not stored.
 */
final class IntKeyMap<V> extends AbstractMap<Integer, V> {
  private int[] keys;
  private Object[] values;
  private int size;

  IntKeyMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
    keys = new int[capacity];
    values = new Object[capacity];
  }

  static <V> IntKeyMap<V> copyOf(Map<Integer, V> map) {
    IntKeyMap<V> copy = new IntKeyMap<>(map.size());
    map.forEach(copy::put);
    return copy;
  }

  /** Fibonacci hashing: the high bits of the product spread keys that differ only high up. */
  private int slot(int key) {
    int h = key * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (keys.length - 1);
  }

  private int find(Object key) {
    if (!(key instanceof Integer k)) {
      return -1;
    }
    for (int i = slot(k); values[i] != null; i = (i + 1) & (keys.length - 1)) {
      if (keys[i] == k) {
        return i;
      }
    }
    return -1;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int i = find(key);
    return i < 0 ? null : (V) values[i];
  }

  @Override
  public V getOrDefault(Object key, V otherwise) {
    V v = get(key);
    return v == null ? otherwise : v;
  }

  @Override
  public boolean containsKey(Object key) {
    return find(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V put(Integer key, V value) {
    Objects.requireNonNull(value, "value");
    int k = key;
    int i = slot(k);
    for (; values[i] != null; i = (i + 1) & (keys.length - 1)) {
      if (keys[i] == k) {
        V old = (V) values[i];
        values[i] = value;
        return old;
      }
    }
    keys[i] = k;
    values[i] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
    return null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V remove(Object key) {
    int i = find(key);
    if (i < 0) {
      return null;
    }
    V old = (V) values[i];
    values[i] = null;
    size--;
    // Move up later keys of the run that the hole would cut off from their slots.
    int mask = keys.length - 1;
    for (int j = (i + 1) & mask; values[j] != null; j = (j + 1) & mask) {
      int home = slot(keys[j]);
      boolean cutOff = i <= j ? home <= i || home > j : home <= i && home > j;
      if (cutOff) {
        keys[i] = keys[j];
        values[i] = values[j];
        values[j] = null;
        i = j;
      }
    }
    return old;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void clear() {
    java.util.Arrays.fill(values, null);
    size = 0;
  }

  @SuppressWarnings("unchecked")
  private void grow() {
    int[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != null) {
        put(oldKeys[i], (V) oldValues[i]);
      }
    }
  }

  /** A snapshot: nothing on the parser's path iterates the map. */
  @Override
  @SuppressWarnings("unchecked")
  public Set<Map.Entry<Integer, V>> entrySet() {
    List<Map.Entry<Integer, V>> entries = new ArrayList<>(size);
    for (int i = 0; i < keys.length; i++) {
      if (values[i] != null) {
        entries.add(new SimpleImmutableEntry<>(keys[i], (V) values[i]));
      }
    }
    return Set.copyOf(entries);
  }
}
