package org.sitrep.merge;

import java.util.Locale;
import org.sitrep.model.Event;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;
import org.sitrep.place.Distance;

/**
 * Whether the places two reports give can be the place of one event:
 *
 * <ul>
 *   <li>two towns or sites: within {@value #NEAR_KM} km. One outlet names the village, another the
 *       market town nearby or the district seat, and gazetteer points of one town differ by a few
 *       km; a neighbouring town 60 km away is another event, as ACLED codes each location once;
 *   <li>a town and a region (a province, a district, a region-level report coded at its centre):
 *       the town lies in the region, by the gazetteer's admin1 (or admin2 for a district). The
 *       distance to the region's centre says nothing: a province's capital may be 200 km off;
 *   <li>a town and only its country: agrees, as weakly as a missing place, for the other fields to
 *       decide;
 *   <li>two countries: two events;
 *   <li>a place missing in either report lowers the score but parts nothing.
 * </ul>
 */
final class ReportedPlaces {
  /** How far apart two points of one event's report may be. */
  static final double NEAR_KM = 25;
  static final double WITHIN_KM_WEIGHT = 0.9;
  static final double IN_DISTRICT = 0.85;
  static final double IN_PROVINCE = 0.75;
  /** A country says no more than a missing place does once blocking kept to one country. */
  static final double IN_COUNTRY = 0.7;
  static final double MISSING = 0.7;

  private ReportedPlaces() {}

  static Finding compare(Event a, Event b) {
    if (a.place().isEmpty() || b.place().isEmpty()) {
      return Finding.agrees(MISSING, "no place in one report");
    }
    Place p = a.place().get();
    Place q = b.place().get();
    if (!p.iso3().equals(q.iso3())) {
      return Finding.differs("places in different countries (" + p.country() + " / " + q.country() + ")");
    }
    boolean areaP = regional(a);
    boolean areaQ = regional(b);
    if (!areaP && !areaQ) {
      return points(p, q);
    }
    if (areaP && areaQ) {
      return bothAreas(p, q);
    }
    return areaP ? townInArea(q, p) : townInArea(p, q);
  }

  /** A province, district or country, or a report ACLED would code at a region's centre. */
  private static boolean regional(Event e) {
    return e.place().get().isArea() || e.geoPrecision() == GeoPrecision.REGION;
  }

  private static Finding points(Place p, Place q) {
    double km = Distance.km(p, q);
    String apart = String.format(Locale.ROOT, "%.1f km apart", km);
    if (fold(p.name()).equals(fold(q.name())) && km <= NEAR_KM) {
      return Finding.agrees(1, "same place " + p.name());
    }
    if (km <= 2) {
      return Finding.agrees(1, "places " + apart);
    }
    return km <= NEAR_KM ? Finding.agrees(WITHIN_KM_WEIGHT, "places " + apart + " (" + p.name()
        + " / " + q.name() + ")") : Finding.differs("places " + apart + " (" + p.name() + " / "
        + q.name() + ")");
  }

  private static Finding townInArea(Place town, Place area) {
    String code = area.featureCode();
    if (code.startsWith("PCL")) {
      return Finding.agrees(IN_COUNTRY, town.name() + " in " + area.name() + " (country only)");
    }
    if (code.startsWith("ADM2") && !town.admin2().isEmpty()
        && fold(town.admin2()).equals(fold(adminTwo(area)))) {
      return Finding.agrees(IN_DISTRICT, town.name() + " lies in " + area.name());
    }
    if (!adminOne(town).isEmpty() && fold(adminOne(town)).equals(fold(adminOne(area)))) {
      return Finding.agrees(IN_PROVINCE, town.name() + " and " + area.name() + " in " + adminOne(area));
    }
    return Finding.differs(town.name() + " is not in " + area.name());
  }

  private static Finding bothAreas(Place p, Place q) {
    if (p.featureCode().startsWith("PCL") || q.featureCode().startsWith("PCL")) {
      return Finding.agrees(IN_COUNTRY, "country-level place (" + p.name() + " / " + q.name() + ")");
    }
    if (!adminOne(p).isEmpty() && fold(adminOne(p)).equals(fold(adminOne(q)))) {
      return Finding.agrees(IN_PROVINCE, "regions in " + adminOne(p) + " (" + p.name() + " / "
          + q.name() + ")");
    }
    return Finding.differs("regions differ (" + p.name() + " / " + q.name() + ")");
  }

  /** The province a place lies in; a province is its own. */
  private static String adminOne(Place p) {
    return p.featureCode().startsWith("ADM1") ? p.name() : p.admin1();
  }

  private static String adminTwo(Place p) {
    return p.featureCode().startsWith("ADM2") ? p.name() : p.admin2();
  }

  /** Gazetteers spell a name with and without accents and "Governorate" or "Province". */
  static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("\\b(district|province|state|governorate|county|region|city)\\b", "")
        .replaceAll("[^a-z0-9]+", " ").trim();
  }
}
