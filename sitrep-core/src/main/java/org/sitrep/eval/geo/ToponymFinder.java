package org.sitrep.eval.geo;

import java.util.List;
import org.sitrep.model.Span;

/** Finds the place names of a text: the geotagging half of geoparsing. */
@FunctionalInterface
public interface ToponymFinder {
  /** The spans of the toponyms found, in text order. */
  List<Span> find(String text);
}
