package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code version.properties} when it built the jar. */
final class SitrepVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"sitrep " + version(), "Licence: GPL-3.0-or-later"};
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = SitrepVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
