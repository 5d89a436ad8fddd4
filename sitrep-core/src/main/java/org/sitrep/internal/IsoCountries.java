package org.sitrep.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/** ISO 3166-1 codes as the JDK knows them. */
public final class IsoCountries {
  private IsoCountries() {}

  /**
   * The alpha-3 code of an alpha-2 code ("UA" → "UKR"); empty when the JDK does not know it
   * (user-assigned codes such as Kosovo's XK are the caller's to add).
   */
  public static Optional<String> alpha3(String iso2) {
    try {
      String iso3 = new Locale("", iso2).getISO3Country();
      return iso3.isEmpty() ? Optional.empty() : Optional.of(iso3);
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }
}
