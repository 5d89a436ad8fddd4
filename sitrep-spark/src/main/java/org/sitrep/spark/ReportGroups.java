package org.sitrep.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scala.Tuple2;

/**
 * Groups of reports joined by pairs found to be one event: the connected components of the pairs,
 * each named by its smallest event id, so that a rerun names every group the same.
 */
final class ReportGroups {
  private ReportGroups() {}

  /** Each event id met in a pair, to its group's id; an id in no pair is a group of its own. */
  static Map<String, String> of(List<Tuple2<String, String>> pairs) {
    Map<String, String> parent = new HashMap<>();
    for (Tuple2<String, String> p : pairs) {
      String a = root(parent, p._1());
      String b = root(parent, p._2());
      if (!a.equals(b)) {
        // The smaller id stays the root: the group's name does not depend on the pairs' order.
        if (a.compareTo(b) < 0) {
          parent.put(b, a);
        } else {
          parent.put(a, b);
        }
      }
    }
    Map<String, String> group = new HashMap<>();
    for (String id : parent.keySet()) {
      group.put(id, root(parent, id));
    }
    return group;
  }

  private static String root(Map<String, String> parent, String id) {
    String r = id;
    while (parent.containsKey(r) && !parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    parent.putIfAbsent(id, id);
    return r;
  }
}
