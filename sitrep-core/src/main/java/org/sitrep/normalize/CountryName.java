package org.sitrep.normalize;

/**
 * How ACLED names a country inside actor names.
 *
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param name as in "Civilians (United States)"
 * @param nameAfterOf as in "Military Forces of the United States"
 * @param period the current regime's period, e.g. "2017-", as in "(2017-)"; may be empty
 */
record CountryName(String iso3, String name, String nameAfterOf, String period) {}
