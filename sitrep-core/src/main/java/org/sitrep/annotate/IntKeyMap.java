package org.sitrep.annotate;

import java.util.Objects;

/**
 * A map from int keys, open-addressed with linear probing, whose keys are scrambled before they
 * pick a slot. Made for the dependency parser's feature table (see {@link TransitionScorer}):
 * its keys are {@code word * 48 + position}, which in a {@link java.util.HashMap} pile into a
 * small share of the buckets (48 is a multiple of 16) and are boxed on every look-up. Filled
 * once, then only read: reads from many threads are safe once it is safely published (a final
 * field set in a constructor). Null values are not stored.
 */
final class IntKeyMap<V> {
  private int[] keys;
  private Object[] values;
  private int size;

  IntKeyMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
    keys = new int[capacity];
    values = new Object[capacity];
  }

  /** Fibonacci hashing: the high bits of the product spread keys that differ only high up. */
  private int slot(int key) {
    int h = key * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (keys.length - 1);
  }

  /** The value for {@code key}, or null. */
  @SuppressWarnings("unchecked")
  V get(int key) {
    for (int i = slot(key); values[i] != null; i = (i + 1) & (keys.length - 1)) {
      if (keys[i] == key) {
        return (V) values[i];
      }
    }
    return null;
  }

  /** Puts {@code value} under {@code key}; returns the value it replaced, or null. */
  @SuppressWarnings("unchecked")
  V put(int key, V value) {
    Objects.requireNonNull(value, "value");
    int i = slot(key);
    for (; values[i] != null; i = (i + 1) & (keys.length - 1)) {
      if (keys[i] == key) {
        V old = (V) values[i];
        values[i] = value;
        return old;
      }
    }
    keys[i] = key;
    values[i] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
    return null;
  }

  int size() {
    return size;
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
}
