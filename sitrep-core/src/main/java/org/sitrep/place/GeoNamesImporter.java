package org.sitrep.place;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.Place;

/**
 * Reads GeoNames' dump files and Sitrep's curated place files into a {@link GazetteerSink},
 * streaming: the main table and the alternate names are read once, row by row, and memory grows
 * with the number of countries and divisions, not of places. A malformed line is reported to the
 * listener and skipped.
 *
 * <pre>{@code
 * GeoNamesImporter importer = new GeoNamesImporter(GeoNamesInputs.of(files), Set.of("SY", "IQ"));
 * ImportSummary summary = importer.importInto(index, listener);
 * }</pre>
 */
public final class GeoNamesImporter {
  /** alternateNamesV2 "languages" that are codes or links, not names. */
  private static final Set<String> NOT_LANGUAGES =
      Set.of("link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc");
  /** A main table row has 19 columns; population, the last one read, is the 15th. */
  private static final int MAIN_COLUMNS = 15;

  /** What an import wrote and skipped. */
  public record ImportSummary(long places, long aliases, long skippedLines) {}

  private final GeoNamesInputs inputs;
  private final Set<String> only;

  /**
   * @param only ISO 3166-1 alpha-2 codes of the countries to keep; empty keeps all
   */
  public GeoNamesImporter(GeoNamesInputs inputs, Set<String> only) {
    this.inputs = Objects.requireNonNull(inputs, "inputs");
    this.only = only.stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  /** Reads everything into the sink; stops with InterruptedIOException if the thread is interrupted. */
  public ImportSummary importInto(GazetteerSink sink, ImportListener listener) throws IOException {
    Counter counter = new Counter(sink);
    CuratedFiles curated = new CuratedFiles(listener);
    CountryTable countries = CountryTable.read(inputs.countryInfo(), curated, listener);
    DivisionTable divisions =
        DivisionTable.read(inputs.admin1Codes(), inputs.admin2Codes(), curated, listener);
    DivisionSynthesis synthesis = new DivisionSynthesis(countries, divisions);
    BitSet kept = new BitSet();
    MainRows rows = new MainRows(countries, divisions, synthesis);
    long skipped = TabRows.read(inputs.main(), MAIN_COLUMNS, listener, f -> {
      GazetteerEntry entry = rows.entry(f, only);
      if (entry != null) {
        counter.place(entry);
      }
      if (entry != null || rows.tookCountryRow()) {
        kept.set(geonameId(f[0]));
      }
    });
    if (counter.places == 0) {
      // An empty, binary or wrong file would otherwise replace a whole gazetteer with the few
      // hundred curated rows.
      throw new IOException(inputs.main().label() + ": no GeoNames place"
          + (only.isEmpty() ? "" : " of " + String.join(",", new java.util.TreeSet<>(only)))
          + " in it (skipped " + skipped + " malformed lines)");
    }
    if (inputs.alternates().isPresent()) {
      // Divisions and countries not yet written take their ids from the code tables.
      countries.all().forEach(c -> keep(kept, c.iso2(), c.geonameId()));
      divisions.allAdmin1().forEach(a -> keep(kept, a.code(), a.geonameId()));
      divisions.allAdmin2().forEach(a -> keep(kept, a.code(), a.geonameId()));
      skipped += TabRows.read(inputs.alternates().get(), 4, listener, f -> {
        int id = geonameId(f[1]);
        if (kept.get(id) && !NOT_LANGUAGES.contains(f[2]) && NameFilter.keep(f[3], false)) {
          counter.alias(id, f[3].strip());
        }
      });
    }
    sink.inOrder();
    synthesis.emit(counter::place);
    for (String file : new String[] {CuratedFiles.PLACES_SUPPLEMENT, CuratedFiles.SITES_SUPPLEMENT,
        CuratedFiles.WORLD_FEATURES}) {
      curated.read(file, 11, f -> {
        if (!f[0].equals("geonameid")) {
          counter.place(curatedEntry(f, countries));
        }
      });
    }
    return new ImportSummary(counter.places, counter.aliases, skipped);
  }

  /** Marks a division or country of the kept countries (code "SY", "SY.07" or "SY.07.123"). */
  private void keep(BitSet kept, String code, long geonameId) {
    if (only.isEmpty() || only.contains(code.substring(0, 2))) {
      kept.set((int) geonameId);
    }
  }

  /** A row of Sitrep's 12-column place files (see places-supplement.tsv's header). */
  static GazetteerEntry curatedEntry(String[] f, CountryTable countries) {
    if (f.length != 12) {
      throw new IllegalArgumentException("expected 12 columns, found " + f.length);
    }
    Place place = new Place(CountryTable.parseLong(f[0], "geonameid"),
        DisplayNames.of(f[1]), parseDouble(f[2], "latitude"),
        parseDouble(f[3], "longitude"), f[4], countries.nameOf(f[6]), f[6], f[7], f[8],
        CountryTable.parseLong(f[9], "population"));
    List<String> names = f[10].isEmpty() ? List.of() : Arrays.asList(f[10].split("\\|"));
    return new GazetteerEntry(place, f[1], names, true);
  }

  static int geonameId(String text) {
    long id = CountryTable.parseLong(text, "geonameid");
    if (id < 0 || id > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("geonameid out of range: " + text);
    }
    return (int) id;
  }

  static double parseDouble(String text, String what) {
    try {
      double value = Double.parseDouble(text);
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " is not a number: '" + text + "'");
    }
  }

  /** Counts what reaches the sink. */
  private static final class Counter {
    private final GazetteerSink sink;
    long places;
    long aliases;

    Counter(GazetteerSink sink) {
      this.sink = sink;
    }

    void place(GazetteerEntry entry) {
      sink.place(entry);
      places++;
    }

    void alias(long id, String name) {
      sink.alias(id, name);
      aliases++;
    }
  }

  /** Turns main-table rows into entries, feeding the division synthesis as it goes. */
  private static final class MainRows {
    private final CountryTable countries;
    private final DivisionTable divisions;
    private final DivisionSynthesis synthesis;
    private boolean tookCountryRow;

    MainRows(CountryTable countries, DivisionTable divisions, DivisionSynthesis synthesis) {
      this.countries = countries;
      this.divisions = divisions;
      this.synthesis = synthesis;
    }

    /** True when the last row was a country's own row, kept for the country entry. */
    boolean tookCountryRow() {
      return tookCountryRow;
    }

    /** The row's entry; null when it is filtered out or held back for its country. */
    GazetteerEntry entry(String[] f, Set<String> only) {
      tookCountryRow = false;
      long id = geonameId(f[0]);
      double latitude = parseDouble(f[4], "latitude");
      double longitude = parseDouble(f[5], "longitude");
      long population = CountryTable.parseLong(f[14], "population");
      String iso2 = f[8];
      CountryTable.Country country = countries.get(iso2).orElse(null);
      if (country == null || (!only.isEmpty() && !only.contains(iso2))) {
        return null;
      }
      String code = f[7];
      String name = NameFilter.clean(f[1]);
      List<String> candidates = new ArrayList<>();
      candidates.add(f[2]);
      candidates.addAll(Arrays.asList(f[3].split(",")));
      if (code.equals("PCLI") && id == country.geonameId()) {
        candidates.add(0, f[1]);
        synthesis.ownCountryRow(iso2, latitude, longitude, candidates);
        tookCountryRow = true;
        return null;
      }
      String admin1Code = iso2 + "." + f[10];
      DivisionTable.Admin1 admin1 = divisions.admin1(admin1Code);
      DivisionTable.Admin2 admin2 = divisions.admin2(admin1Code + "." + f[11]);
      String admin1Name = admin1 == null ? "" : admin1.name();
      String admin2Name = admin2 == null ? "" : NameFilter.clean(admin2.asciiName());
      String main = name;
      if (code.equals("ADM1") && admin1 != null) {
        synthesis.ownDivisionRow(admin1Code);
        candidates.add(0, f[1]);
        candidates.addAll(admin1.names());
        main = admin1.name();
        admin2Name = "";
      } else if (code.equals("ADM2") && admin2 != null) {
        synthesis.ownDivisionRow(admin2.code());
        candidates.addAll(DivisionSynthesis.districtNames(admin2.name(), admin2Name));
      }
      if (f[6].equals("P")) {
        synthesis.town(iso2, f[10], f[11], code, name, latitude, longitude, population);
      }
      Place place = new Place(id, DisplayNames.of(main), latitude, longitude, code,
          countries.nameOf(country.iso3()), country.iso3(), admin1Name, admin2Name, population);
      // A province's short names are news's own ("AJK", "KPK"); a town's may be its airport's.
      return new GazetteerEntry(place, main,
          NameFilter.alternates(f[1], candidates, code.equals("ADM1")), false);
    }
  }
}
