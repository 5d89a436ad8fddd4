#!/usr/bin/env python3
"""Checks Sitrep's curated place data in sitrep-core/src/main/resources/org/sitrep/place/.

Usage:
  check-place-data.py GEONAMES_DIR [PLACE_DIR]

GEONAMES_DIR holds GeoNames countryInfo.txt and admin1CodesASCII.txt, and may hold
featureCodes_en.txt and cities15000.txt (each optional one adds checks). PLACE_DIR
defaults to the place package directory of this repository. Python 3 standard
library only.

Checks, per file:
  world-features.tsv, sites-supplement.tsv (12 columns, as normalize/places-supplement.tsv):
    header line, column count, integer geonameid (0 or a unique positive id), numeric
    latitude and longitude in range, known feature code, iso2 from countryInfo with its
    iso3, admin1 a first-order division of that country (GeoNames ASCII name or the
    primary English name in divisions-english.tsv), integer population, no empty
    alternate name, a source, no duplicate rows and no repeated name+country+feature.
  country-names.tsv, demonyms.tsv (iso2, names):
    every countryInfo country exactly once, no unknown code, no empty or repeated name
    in a row, no name given to two countries.
  divisions-english.tsv (code, primary, alternates):
    code present in admin1CodesASCII.txt, each code once, a primary name, no empty or
    repeated alternate.
With cities15000.txt present, names of sites-supplement.tsv that are also names or
alternate names of a GeoNames city are reported as warnings (possible duplicates), and
so are names it shares with the older normalize/places-supplement.tsv.
Exit status 1 when any error is found.
"""
import os
import sys

HEADER = ("geonameid\tname\tlatitude\tlongitude\tfeature_code\tiso2\tiso3\tadmin1\tadmin2\t"
          "population\talternate_names\tsource")
PLACE_FILES = ["world-features.tsv", "sites-supplement.tsv"]


class Report:
  def __init__(self):
    self.errors = 0
    self.warnings = 0

  def error(self, where, message):
    self.errors += 1
    print("ERROR %s: %s" % (where, message))

  def warn(self, where, message):
    self.warnings += 1
    print("warning %s: %s" % (where, message))


def data_lines(path):
  """(line number, line) for every line that is not blank or a '#' comment."""
  with open(path, encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
      line = line.rstrip("\n")
      if line.strip() and not line.startswith("#"):
        yield number, line


def load_countries(geonames_dir):
  countries = {}
  for _, line in data_lines(os.path.join(geonames_dir, "countryInfo.txt")):
    f = line.split("\t")
    if f[0] == "ISO":
      continue  # header line without '#'
    countries[f[0]] = f[1]
  return countries


def load_admin1(geonames_dir):
  """Code like 'SY.07' -> ASCII name."""
  admin1 = {}
  for _, line in data_lines(os.path.join(geonames_dir, "admin1CodesASCII.txt")):
    f = line.split("\t")
    admin1[f[0]] = f[2]
  return admin1


def load_feature_codes(geonames_dir):
  path = os.path.join(geonames_dir, "featureCodes_en.txt")
  if not os.path.exists(path):
    return None
  codes = set()
  for _, line in data_lines(path):
    code = line.split("\t")[0]
    if "." in code:
      codes.add(code.split(".", 1)[1])
  return codes


def fold(name):
  return " ".join(name.lower().replace("-", " ").replace("'", " ").replace("\u2019", " ").split())


def load_city_names(geonames_dir):
  path = os.path.join(geonames_dir, "cities15000.txt")
  if not os.path.exists(path):
    return None
  names = {}
  with open(path, encoding="utf-8") as f:
    for line in f:
      f_ = line.split("\t")
      for n in [f_[1], f_[2]] + f_[3].split(","):
        if n:
          names.setdefault(fold(n), "%s (%s, %s)" % (f_[1], f_[8], f_[0]))
  return names


def split_names(text, where, report):
  if text == "":
    return []
  names = text.split("|")
  seen = set()
  for n in names:
    if n.strip() == "" or n != n.strip():
      report.error(where, "empty name or stray spaces in '%s'" % text)
    if n.lower() in seen:
      report.error(where, "name repeated: '%s'" % n)
    seen.add(n.lower())
  return names


def check_divisions(path, admin1, report):
  """Returns {code: primary} for the admin1 column checks."""
  label = os.path.basename(path)
  primaries = {}
  for number, line in data_lines(path):
    where = "%s:%d" % (label, number)
    f = line.split("\t")
    if len(f) != 3:
      report.error(where, "expected 3 columns, found %d" % len(f))
      continue
    code, primary, alternates = f
    if code not in admin1:
      report.error(where, "admin1 code %s not in admin1CodesASCII.txt" % code)
    if code in primaries:
      report.error(where, "code %s listed twice" % code)
    if not primary.strip() or primary != primary.strip():
      report.error(where, "missing or padded primary name")
    alts = split_names(alternates, where, report)
    if primary.lower() in [a.lower() for a in alts]:
      report.error(where, "primary name repeated among alternates")
    primaries[code] = primary
  return primaries


def check_country_table(path, countries, report):
  label = os.path.basename(path)
  seen_codes = set()
  owner = {}
  for number, line in data_lines(path):
    where = "%s:%d" % (label, number)
    f = line.split("\t")
    if len(f) != 2:
      report.error(where, "expected 2 columns, found %d" % len(f))
      continue
    iso2, names = f
    if iso2 not in countries:
      report.error(where, "unknown country code %s" % iso2)
    if iso2 in seen_codes:
      report.error(where, "country %s listed twice" % iso2)
    seen_codes.add(iso2)
    for n in split_names(names, where, report):
      other = owner.get(n.lower())
      if other and other != iso2:
        report.error(where, "'%s' also given to %s" % (n, other))
      owner[n.lower()] = iso2
  for iso2 in countries:
    if iso2 not in seen_codes:
      report.error(label, "country %s missing" % iso2)


def load_old_supplement_names(place_dir):
  path = os.path.join(place_dir, "..", "normalize", "places-supplement.tsv")
  if not os.path.exists(path):
    return {}
  names = {}
  for number, line in data_lines(path):
    f = line.split("\t")
    if number == 1 or len(f) < 11:
      continue
    for n in [f[1]] + [a for a in f[10].split("|") if a]:
      names.setdefault(fold(n), f[1])
  return names


def check_places(path, countries, admin1_names, feature_codes, city_names, report, seen_ids,
                 old_names):
  label = os.path.basename(path)
  with open(path, encoding="utf-8") as f:
    first = f.readline().rstrip("\n")
  if first != HEADER:
    report.error(label + ":1", "header line differs from the 12-column header")
  seen_rows = set()
  seen_keys = {}
  count = 0
  for number, line in data_lines(path):
    if number == 1:
      continue
    where = "%s:%d" % (label, number)
    f = line.split("\t")
    if len(f) != 12:
      report.error(where, "expected 12 columns, found %d" % len(f))
      continue
    count += 1
    gid, name, lat, lon, code, iso2, iso3, a1, a2, population, alternates, source = f
    try:
      gid_value = int(gid)
      if gid_value < 0:
        raise ValueError
      if gid_value:
        if gid_value in seen_ids:
          report.error(where, "geonameid %d used twice" % gid_value)
        seen_ids.add(gid_value)
    except ValueError:
      report.error(where, "geonameid '%s' is not 0 or a positive integer" % gid)
    if not name.strip() or name != name.strip():
      report.error(where, "missing or padded name")
    try:
      if not -90.0 <= float(lat) <= 90.0:
        report.error(where, "latitude %s out of range" % lat)
      if not -180.0 <= float(lon) <= 180.0:
        report.error(where, "longitude %s out of range" % lon)
    except ValueError:
      report.error(where, "latitude/longitude '%s'/'%s' not numeric" % (lat, lon))
    if not code:
      report.error(where, "missing feature code")
    elif feature_codes is not None and code not in feature_codes:
      report.error(where, "unknown feature code %s" % code)
    if iso2:
      if iso2 not in countries:
        report.error(where, "unknown country code %s" % iso2)
      elif iso3 != countries[iso2]:
        report.error(where, "iso3 %s does not match %s (%s)" % (iso3, iso2, countries[iso2]))
    elif iso3 or a1:
      report.error(where, "iso3 or admin1 without iso2")
    if a1 and iso2 and a1 not in admin1_names.get(iso2, set()):
      report.error(where, "admin1 '%s' is not a first-order division of %s" % (a1, iso2))
    try:
      if int(population or "0") < 0:
        raise ValueError
    except ValueError:
      report.error(where, "population '%s' is not a non-negative integer" % population)
    alts = split_names(alternates, where, report)
    if name.lower() in [a.lower() for a in alts]:
      report.error(where, "name repeated among alternates")
    if not source.strip():
      report.error(where, "missing source")
    if line in seen_rows:
      report.error(where, "duplicate row")
    seen_rows.add(line)
    key = (name.lower(), iso2, code)
    if key in seen_keys:
      report.error(where, "same name, country and feature code as line %d" % seen_keys[key])
    seen_keys[key] = number
    if city_names is not None and label == "sites-supplement.tsv":
      for n in [name] + alts:
        if fold(n) in city_names:
          report.warn(where, "'%s' is also the GeoNames city %s" % (n, city_names[fold(n)]))
    if label == "sites-supplement.tsv":
      for n in [name] + alts:
        if fold(n) in old_names:
          report.warn(where, "'%s' is also in normalize/places-supplement.tsv (%s)"
                      % (n, old_names[fold(n)]))
  print("%s: %d rows" % (label, count))


def main(argv):
  if len(argv) not in (2, 3):
    print(__doc__)
    return 2
  geonames_dir = argv[1]
  here = os.path.dirname(os.path.abspath(__file__))
  place_dir = argv[2] if len(argv) == 3 else os.path.join(
      here, "..", "..", "sitrep-core", "src", "main", "resources", "org", "sitrep", "place")
  for d in (geonames_dir, place_dir):
    if "eval" in os.path.normpath(os.path.abspath(d)).split(os.sep):
      print("refusing to read an evaluation directory: %s" % d)
      return 2
  report = Report()
  countries = load_countries(geonames_dir)
  admin1 = load_admin1(geonames_dir)
  feature_codes = load_feature_codes(geonames_dir)
  city_names = load_city_names(geonames_dir)

  primaries = check_divisions(os.path.join(place_dir, "divisions-english.tsv"), admin1, report)
  admin1_names = {}
  for code, ascii_name in admin1.items():
    admin1_names.setdefault(code.split(".")[0], set()).add(ascii_name)
  for code, primary in primaries.items():
    admin1_names.setdefault(code.split(".")[0], set()).add(primary)

  for table in ("country-names.tsv", "demonyms.tsv"):
    check_country_table(os.path.join(place_dir, table), countries, report)
  seen_ids = set()
  old_names = load_old_supplement_names(place_dir)
  for table in PLACE_FILES:
    check_places(os.path.join(place_dir, table), countries, admin1_names, feature_codes,
                 city_names, report, seen_ids, old_names)
  print("%d errors, %d warnings" % (report.errors, report.warnings))
  return 1 if report.errors else 0


if __name__ == "__main__":
  sys.exit(main(sys.argv))
