package org.sitrep.place;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.sitrep.pipeline.SitrepConfig;

/** The bundled Lucene gazetteer, opened once per test JVM (built once per module test run). */
final class BundledGazetteer {
  static final LuceneGazetteer INSTANCE = open();

  private BundledGazetteer() {}

  private static LuceneGazetteer open() {
    try {
      return Gazetteers.openBundled(SitrepConfig.defaults().dataDir(), System.err::println);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
