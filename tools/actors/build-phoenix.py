#!/usr/bin/env python3
"""Builds Sitrep's actor table phoenix.tsv from the Phoenix/PETRARCH actor dictionaries.

Reads Phoenix.MilNonState.actors.txt, Phoenix.Countries.actors.txt and
Phoenix.International.actors.txt (Open Event Data Alliance, openeventdata/petrarch2, MIT licence)
and writes sitrep-core/src/main/resources/org/sitrep/actor/phoenix.tsv in the format of
docs/actors.md (format 2):

* named groups (armed groups, parties, IGOs, NGOs): one actor each, ACLED-style name
  ("MILF: Moro Islamic Liberation Front"), the Phoenix names and "+" aliases as aliases;
* state bodies ("AFGHAN_NATIONAL_SECURITY_FORCES [AFGMIL]") and office-holders (people of the
  country sections with dated GOV/MIL/COP roles): aliases of "Government of {of country}{period}",
  "Military Forces of ..." or "Police Forces of ...", one row per role period;
* groups or institutions that the curated tables (actors.tsv and any other non-Phoenix table but
  countries.tsv) already name keep the curated name and columns; aliases the curated tables
  already have are not repeated.

Generic agent words (Phoenix.agents.txt), countries, places and multinational corporations are
not converted. Output is sorted and reproducible.

usage (from the repository root):
    python3 tools/actors/build-phoenix.py [PHOENIX_DIR]      # default ../shared/data/phoenix
    python3 tools/actors/build-phoenix.py --check             # validate the written table
Prints a summary (groups, people, aliases written, aliases dropped by reason) to stdout and the
list of individual drops to tools/actors/build-phoenix.log (not committed).

Copyright the Sitrep developers, GPL-3.0-or-later.
"""
import collections
import datetime
import os
import re
import sys

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
ACTOR_DIR = os.path.join(REPO, "sitrep-core", "src", "main", "resources", "org", "sitrep", "actor")
OUTPUT = os.path.join(ACTOR_DIR, "phoenix.tsv")
LOG = os.path.join(REPO, "tools", "actors", "build-phoenix.log")
DEFAULT_INPUT = os.path.join(REPO, "..", "shared", "data", "phoenix")
# Files in reading order: on a clash of names the earlier file's entry gives the canonical name.
FILES = ("Phoenix.MilNonState.actors.txt", "Phoenix.Countries.actors.txt",
         "Phoenix.International.actors.txt")
PLACE_DIR = os.path.join(ACTOR_DIR, "..", "place")
NORMALIZE_DIR = os.path.join(ACTOR_DIR, "..", "normalize")

# ---------------------------------------------------------------------------------------------
# CAMEO codes -> ACLED inter codes.
#
# A code is PREFIX ROLE [more]: PREFIX is a country's ISO3 (SYR), a type (IMG international
# militarised group, IGO, NGO, MNC), or a region or religion (MEA Middle East, SAS South Asia,
# WEU, AFR, BUD Buddhist, ...) for which the country column stays empty.
#   REB rebels, INS insurgents, SEP separatists ................................ 2 rebel groups
#   UAF unaffiliated armed forces, RAD radicals, CRM criminals .................. 3 political militias
#   GOV, MIL, COP, SPY (intelligence), JUD, LEG (state bodies of a country) ..... 1 state forces
#   IMG (type) .................................................................. 2 rebel groups
#   IGO, NGO (type) ............................................................. 8 external/other
#   OPP opposition, PTY party, LAB unions, EDU students, ACT activists .......... 6 protesters
#   CVL, REF, HRI, MED, REL, BUS, HLH, DEV, ENV, AGR (civil society) ............ 7 civilians
# A state role without a country Sitrep knows (SUNGOV, DDRGOV) is not mapped. ELI (elites) and codes without a role are not
# mapped: their entries are dropped. MNC (corporations) are not conflict actors: dropped.
# ---------------------------------------------------------------------------------------------
ROLE_INTER = {"REB": 2, "INS": 2, "SEP": 2, "UAF": 3, "RAD": 3, "CRM": 3,
              "GOV": 1, "MIL": 1, "COP": 1, "SPY": 1, "JUD": 1, "LEG": 1,
              "OPP": 6, "PTY": 6, "LAB": 6, "EDU": 6, "ACT": 6,
              "CVL": 7, "REF": 7, "HRI": 7, "MED": 7, "REL": 7, "BUS": 7, "HLH": 7, "DEV": 7,
              "ENV": 7, "AGR": 7}
STATE_ROLES = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
TYPE_INTER = {"IMG": 2, "IGO": 8, "NGO": 8}
# State institutions that office-holders and state bodies become aliases of (ACLED names).
INSTITUTIONS = {"GOV": "Government of {of country}{period}",
                "MIL": "Military Forces of {of country}{period}",
                "COP": "Police Forces of {of country}{period}"}
EARLIEST_ROLE_END = datetime.date(1990, 1, 1)

# Words that say an entry names an organisation rather than a person (entries outside the
# TOPS list of MilNonState and outside CountryInfo's people must have one, or be a single word).
ORG_WORDS = set("""
ARMY ARMIES FRONT FRONTS MOVEMENT MOVEMENTS BRIGADE BRIGADES BATTALION BATTALIONS GROUP GROUPS
PARTY COUNCIL COUNCILS FORCE FORCES ORGANIZATION ORGANISATION ORGANIZATIONS UNION COMMITTEE
COMMITTEES LEAGUE ALLIANCE COALITION NETWORK CELL CELLS NUCLEI NUCLEUS COMMANDO COMMANDOS LEGION
SQUAD SQUADS UNIT UNITS FACTION MILITIA MILITIAS GUARD GUARDS CORPS REGIMENT DIVISION DEFENDERS
FIGHTERS MARTYRS LIBERATION REVOLUTIONARY RESISTANCE JIHAD MUJAHIDEEN MUJAHIDIN COMMAND
ASSOCIATION FEDERATION INSTITUTE FOUNDATION SOCIETY CENTER CENTRE COURT TRIBUNAL MISSION AGENCY
FUND BANK PROGRAM PROGRAMME COMMISSION CONFERENCE ASSEMBLY SECRETARIAT OFFICE WATCH CROSS CRESCENT
AUTHORITY SERVICE SERVICES BUREAU DEPARTMENT MINISTRY POLICE INTERNATIONAL NATIONS COMMUNITY
PARLIAMENT DIRECTORATE ACADEMY CAMPAIGN INITIATIVE TRUST PARTNERSHIP PROJECT BOARD COOPERATION
GOVERNMENT ADMINISTRATION STATE PALACE DECLARATION OBSERVATORY UNIVERSITY RESERVE SABHA
ORGANIZACION EJERCITO FUERZAS FRENTE MOVIMIENTO COMANDO BRIGATE NUCLEI PARTIDO
JUND JAYSH JAISH JAYSHUL LIWA LIWAA KATIBAT KATAIB KATAEB KATA'IB HARAKAT HARAKAT-UL HARKAT HIZB HEZB
HIZBUL JABHAT JABHA JAMAAT JAMA'AT JAMAAH JEMAAH GAMA'A TANZIM TANZEEM FAYLAQ SARAYA SARAYAT ANSAR
LASHKAR SIPAH JAMIAT ITTEHAD ITIHAAD MUNAZZAMAT ISLAMIYYA ISLAMIYA
""".split())

# A name starting with one of these is a person's.
TITLES = {"SECRETARY", "PRESIDENT", "PRIME", "MINISTER", "GENERAL", "GEN", "MR", "MRS", "MS", "DR",
          "SHEIKH", "SHEIK", "COMMANDER", "EMIR", "KING", "QUEEN", "PRINCE", "SENATOR", "AMBASSADOR",
          "CHAIRMAN", "DIRECTOR", "JUDGE", "COLONEL", "CAPTAIN", "MAJOR", "LORD", "SIR", "MULLAH",
          "AYATOLLAH", "IMAM", "BISHOP", "POPE", "FATHER", "REVEREND", "CARDINAL"}

# Words that make no name on their own. An alias is dropped when it is one of them, or when it has
# at most two words besides the joining words and all of them are here ("Red Line", "Popular
# Resistance", "the group"): such phrases occur in ordinary text.
COMMON = set("""
army armies front movement brigade brigades battalion battalions group groups party council force
forces organization organisation union committee league alliance coalition network cell cells
nuclei nucleus commando commandos legion squad unit units faction militia militias guard guards
corps regiment division defenders fighters martyrs liberation revolutionary revolution resistance
command association federation institute foundation society center centre court tribunal mission
agency fund bank program programme commission conference assembly secretariat office watch cross
crescent authority service services bureau department ministry police international nations
community parliament government regime state states military troops soldiers rebels rebel
insurgents militants guerrillas guerrilla people peoples people's popular national democratic
socialist communist islamic islamist muslim muslims christian arab arabs free new red black white
green blue yellow brown grey gray armed anti action struggle war holy justice freedom unity
independence independent liberty peace order security defense defence protection patriotic
patriots patriot republic republican republicans federal central united supreme high special
world global regional local public civil human rights workers worker working labor labour
student students youth women children family revolutionaries nationalist nationalists
anarchist anarchists anarchy proletarian armed attack attacks fighting combat combatant
combatants line lines base bases reprisal reprisals vengeance revenge justice commandos day days
september october november december january february march april may june july august first
second third fourth fifth one two three four five group's international's the of and for in on
at to by with from a an al el organization's party's mujahideen mujahidin jihad jihadists
jihadist martyrs' martyr leader leaders chief chiefs head members member director president
minister ministers secretary spokesman official officials envoy monitor monitors bodies body
resident representative delegation observers observer contingent peacekeeper peacekeepers
headquarters staff council's executive general
""".split())

# Single words that passed the rules above but are ordinary words, common first names, or other
# things in ordinary text (judged by eye from the output): dropped as "common word".
RISKY = set("""
senate congress cabinet house navy presidency duma falcon falcons olive tigers yahweh mavericks
insula boogeymen zero dawn ngo car hamzah muhannad shahin subroto salauddin yeltsin omega
""".split())
# Two-word names of common words that are nonetheless proper names in news: kept.
KEEP_PHRASES = {"red cross", "red crescent", "arab league", "palestinian authority",
                "black september", "red brigades", "socialist international", "kosovo assembly"}

# Joining words, kept lower case inside a name (not as its first word).
LOWER = set("""
of the and in for on at to by with from al el ul wa wal fi li lil bil min de del della di da do
dos das des du la le les y e i et und der die van von
""".split())
# Arabic articles joined by a hyphen ("ash-Shaabiya", "ad-Din"), lower case before a hyphen.
ARTICLES = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "ath", "az", "adh", "ul", "e", "i", "wa"}
# Short all-capital words that are acronyms in group names ("Real IRA").
KNOWN_ACRONYMS = {"IRA", "ETA", "UN", "US", "USA", "EU", "AU", "UK", "PKK", "ISI", "NGO", "IGO",
                  "UNHCR", "NATO", "OPEC", "ASEAN", "ECOWAS", "FARC", "ELN", "PLO", "ANC"}
VOWELS = set("AEIOUY")
# Alias-drop reasons, for the summary.
REASONS = collections.Counter()
LOG_LINES = []


def drop(reason, detail):
    REASONS[reason] += 1
    LOG_LINES.append(f"{reason}\t{detail}")


# ------------------------------------------------------------------ reading helpers ----------

# Words British and American writing spell apart, compared in the American spelling (as Sitrep's
# Words.fold compares them).
AMERICAN = {"defence": "defense", "defences": "defenses", "centre": "center",
            "centres": "centers", "organisation": "organization",
            "organisations": "organizations", "mobilisation": "mobilization",
            "labour": "labor", "armoured": "armored", "neighbourhood": "neighborhood",
            "programme": "program"}


def fold(text):
    """Comparison key: case, hyphens, apostrophes, a possessive 's and British spellings ignored
    (as Sitrep matches)."""
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    text = text.replace("'", "")
    # Sitrep splits words at anything that is not a letter or digit, so "Inc." is "inc".
    text = re.sub(r"[^\w]+|_", " ", text)
    return " ".join(AMERICAN.get(w, w) for w in text.split())


def read_table_rows(path):
    with open(path, encoding="utf-8") as rows:
        for line in rows:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#") or line.startswith("@"):
                continue
            yield line.split("\t")


def read_countries():
    """ISO3 -> name, from countries.tsv (@country rows)."""
    names = {}
    with open(os.path.join(ACTOR_DIR, "countries.tsv"), encoding="utf-8") as rows:
        for line in rows:
            cells = line.rstrip("\n").split("\t")
            if cells[0] == "@country" and len(cells) >= 3:
                names[cells[1]] = cells[2]
    return names


def read_country_words(countries):
    """Folded country names and demonyms (countries.tsv, place/ and normalize/ tables)."""
    words = {fold(name) for name in countries.values()}
    for path, column in ((os.path.join(PLACE_DIR, "demonyms.tsv"), 1),
                         (os.path.join(PLACE_DIR, "country-names.tsv"), 1),
                         (os.path.join(NORMALIZE_DIR, "demonyms.tsv"), 1)):
        if not os.path.exists(path):
            continue
        for cells in read_table_rows(path):
            if len(cells) > column:
                words.update(fold(word) for word in cells[column].split("|") if word)
    return words


def read_curated():
    """Curated actor rows of every table in the folder but countries.tsv and phoenix.tsv.
    Returns (alias fold -> list of rows, all alias folds, name -> rows)."""
    by_alias = collections.defaultdict(list)
    every = set()
    by_name = collections.defaultdict(list)
    for name in sorted(os.listdir(ACTOR_DIR)):
        if not name.endswith(".tsv") or name in ("countries.tsv", "phoenix.tsv"):
            continue
        for cells in read_table_rows(os.path.join(ACTOR_DIR, name)):
            cells += [""] * (11 - len(cells))
            if cells[0] == "-":
                every.update(fold(alias) for alias in cells[7].split("|") if alias)
                continue
            by_name[(cells[0], cells[3])].append(cells)
            for alias in cells[7].split("|"):
                if alias:
                    every.add(fold(alias))
                    if not cells[5] and not cells[6]:
                        by_alias[fold(alias)].append(cells)
    return by_alias, every, by_name


# ------------------------------------------------------------------ Phoenix dictionaries -----

class Entry:
    """One Phoenix name line with its "+" aliases and the codes of its block."""

    def __init__(self, source, line, name, comment):
        self.source = source
        self.line = line
        self.raw = name
        self.aliases = []
        self.codes = []     # (code, from date or None, to date or None, dated?)
        self.comment = comment

    def __repr__(self):
        return f"{self.source}:{self.line} {self.raw}"


CODE = re.compile(r"\[([^\]]*)\]")


def parse_date(text):
    """YYMMDD (00-30 -> 20YY, else 19YY, as TABARI and PETRARCH read it) or YYYYMMDD."""
    text = text.strip()
    if not re.fullmatch(r"\d{6}|\d{8}", text):
        return None
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def parse_code(text, where):
    """'SYRGOV 000711-' -> ('SYRGOV', date, None, True); None for agents, '---' and bad dates."""
    parts = text.strip().split(None, 1)
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None
    code, spec = parts[0], (parts[1] if len(parts) > 1 else "").replace(" ", "")
    if not spec:
        return (code, None, None, False)
    match = re.fullmatch(r"(>|<)?(\d+)(?:-(\d*))?", spec)
    if not match:
        drop("unreadable date", f"{where} [{text}]")
        return None
    sign, first, second = match.groups()
    start = parse_date(first)
    end = parse_date(second) if second else None
    if start is None or (second and end is None):
        drop("unreadable date", f"{where} [{text}]")
        return None
    if sign == "<":
        return (code, None, start, True)
    if end is not None and end < start:
        drop("date range ends before it starts", f"{where} [{text}]")
        return None
    return (code, start, end, True)     # ">D", "D-" and a lone "D" are open-ended


def parse_file(path, source):
    """Entries of one actor dictionary. Name lines without codes share the codes of the next
    code line (PETRARCH's blocks); '+' lines are aliases of the last name line; several '+'
    aliases may share a line. '+' lines after a blank line that follows a complete block lost
    their name line in the source (MilNonState ' #  kkl' lines): dropped."""
    entries, block, block_coded, after_blank = [], [], False, False
    with open(path, encoding="utf-8", errors="replace") as lines:
        for number, raw in enumerate(lines, 1):
            text, _, comment = raw.rstrip("\n").partition("#")
            if raw.lstrip().startswith("<"):       # XML-style comment line
                continue
            codes = []
            for found in CODE.findall(text):
                code = parse_code(found, f"{source}:{number}")
                if code:
                    codes.append(code)
            name = CODE.sub(" ", text).strip()
            if not name and not codes:
                if not raw.strip() or not raw.lstrip().startswith("#"):
                    after_blank = True
                continue
            if name.startswith("+"):
                if not block or (block_coded and after_blank):
                    drop("alias without a name line", f"{source}:{number} {name}")
                else:
                    block[-1].aliases.extend(a for a in name.split("+") if a.strip("_ "))
            elif name:
                if block_coded:
                    block, block_coded = [], False
                entry = Entry(source, number, name, comment)
                entries.append(entry)
                block.append(entry)
            if codes and block:
                for entry in block:
                    entry.codes.extend(codes)
                block_coded = True
            after_blank = False
    return entries


# ------------------------------------------------------------------ names ---------------------

def words_of(raw):
    """'ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_' -> (['ADEN', 'ABYAN', 'ISLAMIC', 'ARMY'], 'AAIA' or None)."""
    text = raw.replace("_", " ")
    acronym = None
    found = re.search(r"\(([^)]*)\)", text)
    if found:
        inner = found.group(1).strip()
        if re.fullmatch(r"[A-Z][A-Z0-9-]{1,5}", inner) and len(inner.replace("-", "")) <= 5:
            acronym = inner
        text = text[:found.start()] + " " + text[found.end():]
    text = re.sub(r"[()]", " ", text)
    return text.split(), acronym


def qualifier(raw):
    """The parenthesised words that are not an acronym: 'BLACK_PANTHERS_(WEST_BANK/GAZA)'."""
    found = re.search(r"\(([^)]*)\)", raw.replace("_", " "))
    if found and words_of(raw)[1] is None:
        return found.group(1).strip()
    return ""


def is_acronym(word, acronym, alone):
    letters = re.sub(r"[^A-Z]", "", word.upper())
    if not letters or re.fullmatch(r"\d+(ST|ND|RD|TH|S)", word.upper()):
        return False
    if "." in word or any(ch.isdigit() for ch in word) and len(letters) <= 5:
        return True
    if word.upper() in KNOWN_ACRONYMS or (acronym and word.upper() == acronym):
        return True
    if not set(letters) & VOWELS and len(letters) >= 2:
        return True
    return alone and len(letters) <= 4 and word.isupper() and word.isalpha()


def title(words, acronym=None):
    """Readable title case: acronyms upper case, joining words lower case inside the name."""
    alone = len(words) == 1
    out = []
    for position, word in enumerate(words):
        parts = word.split("-")
        styled = []
        for index, part in enumerate(parts):
            low = part.lower()
            first = position == 0 and index == 0
            if not part:
                styled.append(part)
            elif is_acronym(part, acronym, alone and len(parts) == 1):
                styled.append(part.upper())
            elif not first and (low in LOWER and index == len(parts) - 1 or
                                low in ARTICLES and index < len(parts) - 1):
                styled.append(low)
            else:
                styled.append(low[:1].upper() + low[1:])
        out.append("-".join(styled))
    # "Ulster Defence Association/Ulster Freedom Fighters": a name after a slash starts anew.
    return re.sub(r"/([a-z])", lambda m: "/" + m.group(1).upper(), " ".join(out))


def alias_text(raw):
    words, acronym = words_of(raw)
    return title(words, acronym), acronym


def content_words(alias):
    return [w for w in re.split(r"[\s-]+", fold(alias)) if w and w not in LOWER]


class Filter:
    """Decides which aliases to keep; records why the others are dropped."""

    def __init__(self, country_words, curated_every):
        self.country_words = country_words
        self.curated_every = curated_every

    def keep(self, alias, where, person=False):
        key = fold(alias)
        compact = re.sub(r"[^a-z0-9]", "", key)
        if "\ufffd" in alias or not re.search(r"[A-Za-z]", alias):
            drop("unreadable", f"{where}\t{alias}")
        elif len(compact) <= 2:
            drop("1-2 characters", f"{where}\t{alias}")
        elif key in self.country_words or key.removeprefix("the ") in self.country_words:
            drop("country name or adjective", f"{where}\t{alias}")
        elif person and len(content_words(alias)) < 2:
            drop("one-word name of a person", f"{where}\t{alias}")
        elif len(key.split()) == 1 and (key in COMMON or key in LOWER or key in RISKY):
            drop("common word", f"{where}\t{alias}")
        elif not person and key not in KEEP_PHRASES and len(content_words(alias)) <= 2 and all(
                w in COMMON or w in self.country_words or w.isdigit()
                or re.fullmatch(r"\d+(st|nd|rd|th|s)", w) for w in content_words(alias)):
            drop("common phrase", f"{where}\t{alias}")
        elif key in self.curated_every:
            drop("already in a curated table", f"{where}\t{alias}")
        else:
            return True
        return False


# ------------------------------------------------------------------ classification ------------

# Phoenix country codes that are not ISO 3166 alpha-3 but name a country Sitrep knows. The others
# (DDR, SUN, YUG, FRY, CSK, KRJ, SRP, ...) are gone states or regions: their state bodies and
# office-holders are not converted.
PHOENIX_ISO3 = {"KSV": "XKX", "TMP": "TLS", "ROM": "ROU", "ZAR": "COD"}


def split_code(code, countries):
    """-> (country ISO3 or '', kind, role): kind is COUNTRY, IMG, IGO, NGO, MNC or REGION."""
    prefix = PHOENIX_ISO3.get(code[:3], code[:3])
    if prefix in countries:
        return prefix, "COUNTRY", code[3:6]
    if prefix in ("IMG", "IGO", "NGO", "MNC"):
        return "", prefix, code[3:6]
    return "", "REGION", code[3:6]


def inter_of(code, countries):
    country, kind, role = split_code(code, countries)
    if kind in TYPE_INTER:
        return TYPE_INTER[kind]
    if kind == "MNC":
        return None
    if role in STATE_ROLES and kind != "COUNTRY":
        return None
    return ROLE_INTER.get(role)


def org_word_in(raw):
    words, _ = words_of(raw)
    return any(part.upper().strip("'") in ORG_WORDS for word in words
               for part in re.split(r"[-/]", word))


def looks_like_group(entry, single=True):
    """A group names itself with an organisation word or an acronym, in its name or, unless the
    name starts with a person's title ('SECRETARY-GENERAL_BAN_KI-MOON'), in an alias."""
    if org_word_in(entry.raw):
        return True
    first = re.split(r"[-_ ]", entry.raw.strip("_ "))[0].upper().rstrip(".")
    if first in TITLES:
        return False
    names = [entry.raw] + entry.aliases
    for name in names:
        words, acronym = words_of(name)
        if acronym and len(acronym) >= 3:
            return True
        if any(part.upper().strip("'") in ORG_WORDS for word in words
               for part in re.split(r"[-/]", word)):
            return True
    words, _ = words_of(entry.raw)
    return single and len(words) == 1 and len(re.sub(r"[^A-Z]", "", words[0].upper())) >= 3


def classify(entry, countries):
    """person, country (a country, its regions and adjectives), or group."""
    bare = [c for c in entry.codes if re.fullmatch(r"[A-Z]{3}", c[0]) and c[0] in countries]
    if entry.source == "Phoenix.Countries.actors.txt" and bare and not entry.comment.strip():
        return "country"
    if "CountryInfo" in entry.comment or "IGOrulers" in entry.comment:
        return "person"
    if entry.source == "Phoenix.MilNonState.actors.txt" and "kkl" in entry.comment \
            and not entry.raw.endswith("__"):
        return "group"
    if entry.raw.endswith("__"):   # MilNonState's list of militants (2009): people unless named as a group
        return "group" if looks_like_group(entry, single=False) else "person"
    return "group" if looks_like_group(entry) else "person"


def primary_code(codes):
    """The code that names the group now: open-ended or latest-ending first, then file order."""
    def rank(item):
        index, (code, start, end, dated) = item
        return (0 if end is None else 1, -(end.toordinal() if end else 0), index)
    return sorted(enumerate(codes), key=rank)[0][1]


def period_text(start, end):
    if start is None and end is None:
        return ""
    return (start.isoformat() if start else "") + ".." + (end.isoformat() if end else "")


# ------------------------------------------------------------------ building ------------------

class Actor:
    def __init__(self, name, inter, cameo, country, note, period="", key=None):
        self.name, self.inter, self.cameo, self.country = name, inter, cameo, country
        self.period, self.note = period, note
        self.aliases = []
        self.key = key or (name, country)

    def add(self, alias):
        if fold(alias) not in {fold(a) for a in self.aliases}:
            self.aliases.append(alias)


def build(directory):
    countries = read_countries()
    country_words = read_country_words(countries)
    curated_alias, curated_every, curated_name = read_curated()
    entries = []
    for name in FILES:
        entries.extend(parse_file(os.path.join(directory, name), name))
    # Phoenix's own country entries add their names to the country words; their "+" aliases
    # (spellings, but also cities and provinces) are not converted at all.
    kinds = {id(e): classify(e, countries) for e in entries}
    for entry in entries:
        if kinds[id(entry)] == "country":
            country_words.add(fold(alias_text(entry.raw)[0]))
    filt = Filter(country_words, curated_every)

    groups, people, institutions = [], [], []
    stats = collections.Counter()
    for entry in entries:
        kind = kinds[id(entry)]
        stats["entries " + kind] += 1
        if kind == "country":
            continue
        codes = [c for c in entry.codes if inter_of(c[0], countries) is not None]
        if not codes:
            reason = "no code" if not entry.codes else "code not mapped (" + ",".join(
                sorted({c[0] for c in entry.codes})) + ")"
            drop("entry: " + ("no code" if not entry.codes else "code not mapped"),
                 f"{entry}\t{reason}")
            continue
        if kind == "person":
            if entry.source != "Phoenix.Countries.actors.txt":
                drop("entry: person outside the country sections", repr(entry))
                continue
            people.append(entry)
            continue
        code = primary_code(codes)
        country, ckind, role = split_code(code[0], countries)
        if ckind == "COUNTRY" and role in INSTITUTIONS:
            institutions.append(entry)
        else:
            groups.append((entry, code))

    actors = []
    # --- named groups -------------------------------------------------------------------------
    merged = merge_groups(groups, countries)
    for members in merged:
        entry, code = members[0]
        words, acronym = words_of(entry.raw)
        if words and words[0].upper() == "THE" and len(words) > 1:
            words = words[1:]
        base = title(words, acronym)
        canonical = f"{acronym}: {base}" if acronym and len(acronym.replace("-", "")) >= 3 else base
        country, _, _ = split_code(code[0], countries)
        actor = Actor(canonical, inter_of(code[0], countries), code[0], country,
                      f"Phoenix {entry.raw.strip('_')}")
        raw_aliases = []
        for member, _ in members:
            raw_aliases.append(member.raw)
            raw_aliases.extend(member.aliases)
        candidates = []
        for raw in raw_aliases:
            text, acro = alias_text(raw)
            candidates.append(text)
            if text.lower().startswith("the ") and len(text.split()) > 2:
                candidates.append(text[4:])
            if acro and len(acro.replace("-", "")) >= 3:
                candidates.append(acro)
            elif acro:
                drop("2-letter acronym", f"Phoenix {entry.raw.strip('_')}\t{acro}")
        actor.candidates = candidates
        actor.members = members
        actors.append(actor)
    # Two groups of one name in different countries: ACLED adds the country, "Name (Country)".
    by_canonical = collections.defaultdict(list)
    for actor in actors:
        by_canonical[actor.name].append(actor)
    for name, same in by_canonical.items():
        if len({a.country for a in same}) < 2:
            continue
        for actor in same:
            extra = countries.get(actor.country) or title(qualifier(actor.members[0][0].raw)
                                                         .replace("/", " / ").split())
            if extra:
                actor.name = f"{name} ({extra})"
                actor.key = (actor.name, actor.country)
    stats["groups"] = len(actors)

    # curated groups: an alias that a curated row already has moves the group under that row.
    for actor in actors:
        hits = collections.Counter()
        first = None
        for alias in actor.candidates:
            for row in curated_alias.get(fold(alias), []):
                key = (row[0], row[3])
                hits[key] += 1
                if first is None:
                    first = key
        if hits:
            best = max(hits, key=lambda k: (k == first, hits[k], k))
            row = curated_name[best][0]
            LOG_LINES.append(f"curated\t{actor.note}\t-> {row[0]} ({row[3]})")
            actor.name, actor.inter, actor.cameo, actor.country = row[0], int(row[1]), row[2], row[3]
            actor.key = (row[0], row[3])
            stats["groups under a curated name"] += 1
        for alias in actor.candidates:
            if filt.keep(alias, actor.note):
                actor.add(alias)

    # --- state bodies and office-holders ------------------------------------------------------
    for entry in institutions:
        for code in entry.codes:
            country, ckind, role = split_code(code[0], countries)
            if ckind != "COUNTRY" or role not in INSTITUTIONS:
                continue
            if code[2] and code[2] < EARLIEST_ROLE_END:
                continue
            actor = institution_actor(role, country, code, entry, curated_name)
            for raw in [entry.raw] + entry.aliases:
                text, acro = alias_text(raw)
                for alias in [text] + ([acro] if acro and len(acro) >= 3 else []):
                    if filt.keep(alias, actor.note):
                        actor.add(alias)
            actors.append(actor)
    stats["state bodies"] = len(institutions)
    person_count = 0
    for entry in people:
        words, _ = words_of(entry.raw)
        if len([w for w in words if w.lower() not in LOWER]) < 2:
            drop("entry: person with a one-word name", repr(entry))
            continue
        rows = 0
        for code in entry.codes:
            country, ckind, role = split_code(code[0], countries)
            if ckind != "COUNTRY" or role not in INSTITUTIONS:
                continue
            if not code[3]:
                drop("person role without dates", f"{entry}\t{code[0]}")
                continue
            if code[2] and code[2] < EARLIEST_ROLE_END:
                REASONS["person role ended before 1990"] += 1
                continue
            actor = institution_actor(role, country, code, entry, curated_name)
            for raw in [entry.raw] + entry.aliases:
                alias, _ = alias_text(raw)
                if filt.keep(alias, actor.note, person=True):
                    actor.add(alias)
            actors.append(actor)
            rows += 1
        person_count += 1 if rows else 0
        if not rows and not any(split_code(c[0], countries)[2] in INSTITUTIONS
                                for c in entry.codes):
            drop("entry: person without a GOV/MIL/COP role", repr(entry))
    stats["people"] = person_count

    # --- one alias, one actor ---------------------------------------------------------------
    remove_shared(actors)
    rows = [a for a in actors if a.aliases]
    stats["actors without aliases left"] = len(actors) - len(rows)
    return rows, stats


def institution_actor(role, country, code, entry, curated_name):
    name = INSTITUTIONS[role]
    cameo = code[0][:6]             # the Phoenix country code and the role: SYRGOV
    inter = 1
    for row in curated_name.get((name, country), []):
        if not row[5] and row[2]:
            cameo, inter = row[2], int(row[1])
            break
    period = period_text(code[1], code[2])
    return Actor(name, inter, cameo, country, f"Phoenix {entry.raw.strip('_')}", period)


def merge_groups(groups, countries):
    """Entries with the same folded name are one group (GHURABA_AL_SHAM_ / GHURABA_AL-SHAM_);
    so is an entry whose name is an alias of another entry. A parenthesised qualifier keeps
    entries apart (BLACK_PANTHERS_ and BLACK_PANTHERS_(WEST_BANK/GAZA)_). Returns lists of
    (entry, code), the entry that names the group first: one with an acronym, then one coded by
    country, then in file order."""
    def base(entry):
        words, _ = words_of(entry.raw)
        if words and words[0].upper() == "THE":
            words = words[1:]
        extra = qualifier(entry.raw)
        return fold(" ".join(words)) + (" (" + fold(extra) + ")" if extra else "")
    parent = list(range(len(groups)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    by_name = {}
    for i, (entry, code) in enumerate(groups):
        key = base(entry)
        if key in by_name:
            parent[find(i)] = find(by_name[key])
        else:
            by_name[key] = i
    aliases = collections.defaultdict(set)
    for i, (entry, code) in enumerate(groups):
        for alias in entry.aliases:
            aliases[fold(alias_text(alias)[0])].add(i)
    for i, (entry, code) in enumerate(groups):
        for j in sorted(aliases.get(base(entry), ())):
            if j != i:
                parent[find(i)] = find(j)
                break
    clusters = collections.defaultdict(list)
    for i in range(len(groups)):
        clusters[find(i)].append(groups[i])

    def order(member):
        entry = member[0]
        return (FILES.index(entry.source), entry.line)
    result = []
    for members in clusters.values():
        members.sort(key=lambda m: (words_of(m[0].raw)[1] is None,
                                    m[1][0][:3] not in countries, order(m)))
        result.append(members)
    return result


def overlaps(first, second):
    def bounds(period):
        if not period:
            return ("", "9999")
        start, end = period.split("..")
        return (start, end or "9999")
    a, b = bounds(first), bounds(second)
    return a[0] <= b[1] and b[0] <= a[1]


def remove_shared(actors):
    """An alias that names two different actors in overlapping periods is dropped from both."""
    owners = collections.defaultdict(list)
    for actor in actors:
        for alias in actor.aliases:
            owners[fold(alias)].append(actor)
    for key, holders in sorted(owners.items()):
        names = {a.key for a in holders}
        if len(names) < 2:
            continue
        clash = set()
        for a in holders:
            for b in holders:
                if a.key != b.key and overlaps(a.period, b.period):
                    clash.update((id(a), id(b)))
        if not clash:
            continue
        for actor in holders:
            if id(actor) in clash:
                actor.aliases = [x for x in actor.aliases if fold(x) != key]
                drop("shared by two Phoenix actors", f"{actor.note}\t{key}\t{actor.name}")


# ------------------------------------------------------------------ writing -------------------

HEADER = """\
# Sitrep actor table: named groups, international organisations and office-holders.
# Generated by tools/actors/build-phoenix.py from the Phoenix/PETRARCH dictionaries
# (openeventdata/petrarch2, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf), Open Event Data
# Alliance, MIT licence. Do not edit by hand: rerun the tool. Format: docs/actors.md.
# name  inter  cameo  country  generic  context  period  aliases  parent  affiliates  note
"""


def clean_cameo(code):
    """A code Sitrep can check: old country codes renewed, typos (wrong length, an annotator's
    initials "KKL" in place of a country) dropped."""
    code = PHOENIX_ISO3.get(code[:3], code[:3]) + code[3:]
    if len(code) % 3 or "KKL" in code:
        return ""
    return code


def institution_words():
    """Words many countries' state bodies share (Sitrep's institution-words.tsv)."""
    path = os.path.join(ACTOR_DIR, "institution-words.tsv")
    with open(path, encoding="utf-8") as f:
        return {l.strip() for l in f if l.strip() and not l.startswith("#")}


def write(rows, path):
    shared = institution_words()
    lines = []
    for a in rows:
        # "Federal Security Service" names another body in every country: only in stories of
        # the actor's own country, as `sitrep actors check` asks.
        common = [x for x in a.aliases if a.country
                  and all(w in shared for w in fold(x).split())]
        own = [x for x in a.aliases if x not in common]
        for aliases, context in ((own, ""), (common, a.country)):
            if aliases:
                cells = [a.name, str(a.inter), clean_cameo(a.cameo), a.country, "no", context,
                         a.period, "|".join(aliases), "", "", a.note]
                lines.append("\t".join(cells))
    lines = sorted(set(lines), key=lambda l: (l.split("\t")[0], l.split("\t")[3],
                                               l.split("\t")[6], l))
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER)
        out.write("\n@format\tsitrep-actors\t2\n\n")
        for line in lines:
            out.write(line + "\n")
    return len(lines)


# ------------------------------------------------------------------ check ---------------------

PERIOD_SIDE = r"(\d{4}(-\d{2}(-\d{2})?)?)?"


def check(path):
    """Re-reads a written table: column counts, inter 0-8, ISO3 shape, period syntax, no alias
    shared by two actors in overlapping periods and contexts. Returns a list of problems."""
    problems = []
    seen_format = False
    owners = collections.defaultdict(list)
    with open(path, encoding="utf-8") as rows:
        for number, line in enumerate(rows, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if not seen_format:
                if cells != ["@format", "sitrep-actors", "2"]:
                    problems.append(f"{number}: first data line is not the format line")
                seen_format = True
                continue
            if line.startswith("@"):
                continue
            if len(cells) > 11 or len(cells) < 8:
                problems.append(f"{number}: {len(cells)} cells")
                continue
            cells += [""] * (11 - len(cells))
            name, inter, cameo, country, generic, context, period, aliases = cells[:8]
            if not re.fullmatch(r"[0-8]", inter) or (inter == "0") != (name == "-"):
                problems.append(f"{number}: inter {inter!r}")
            if country and not re.fullmatch(r"[A-Z]{3}|\*", country):
                problems.append(f"{number}: country {country!r}")
            if cameo and not re.fullmatch(r"\*?[A-Z]{3,}", cameo):
                problems.append(f"{number}: cameo {cameo!r}")
            if generic not in ("", "yes", "no"):
                problems.append(f"{number}: generic {generic!r}")
            if context and not re.fullmatch(r"[A-Z0-9_]+(\|[A-Z0-9_]+)*", context):
                problems.append(f"{number}: context {context!r}")
            if period and not re.fullmatch(PERIOD_SIDE + r"\.\." + PERIOD_SIDE, period):
                problems.append(f"{number}: period {period!r}")
            if period and period != "..":
                start, end = period.split("..")
                if start and end and start > end:
                    problems.append(f"{number}: period ends before it starts {period!r}")
            if not aliases or any(not a.strip() or a != a.strip() for a in aliases.split("|")):
                problems.append(f"{number}: empty or padded alias")
            if "{" in name and not re.fullmatch(r"[^{}]*(\{(country|of country|period)\}[^{}]*)*",
                                                name):
                problems.append(f"{number}: unknown placeholder in {name!r}")
            for alias in aliases.split("|"):
                owners[fold(alias)].append((number, (name, country), context, period))
    if not seen_format:
        problems.append("no format line")
    for alias, holders in sorted(owners.items()):
        for i, a in enumerate(holders):
            for b in holders[i + 1:]:
                if a[1] != b[1] and a[2] == b[2] and overlaps(a[3], b[3]):
                    problems.append(f"alias {alias!r} names {a[1][0]} (line {a[0]}) "
                                    f"and {b[1][0]} (line {b[0]})")
    return problems


# ------------------------------------------------------------------ main ----------------------

def main(argv):
    if argv[1:2] == ["--check"]:
        path = argv[2] if len(argv) > 2 else OUTPUT
        problems = check(path)
        for problem in problems[:50]:
            print(problem)
        print(f"{path}: {'OK' if not problems else str(len(problems)) + ' problems'}")
        return 1 if problems else 0
    directory = argv[1] if len(argv) > 1 else DEFAULT_INPUT
    if not os.path.isdir(directory):
        print(f"no Phoenix dictionaries at {directory}", file=sys.stderr)
        return 2
    rows, stats = build(directory)
    written = write(rows, OUTPUT)
    with open(LOG, "w", encoding="utf-8") as log:
        log.write("\n".join(sorted(LOG_LINES)) + "\n")
    group_rows = sum(1 for a in rows if not a.period and a.name not in INSTITUTIONS.values())
    print(f"wrote {os.path.relpath(OUTPUT, REPO)}: {written} rows, "
          f"{sum(len(a.aliases) for a in rows)} aliases")
    for key in sorted(stats):
        print(f"  {key}: {stats[key]}")
    print(f"  group rows: {group_rows}")
    print("aliases and entries dropped, by reason:")
    for reason, count in sorted(REASONS.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {count:6d}  {reason}")
    print(f"details: {os.path.relpath(LOG, REPO)}")
    problems = check(OUTPUT)
    print("check: " + ("OK" if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
