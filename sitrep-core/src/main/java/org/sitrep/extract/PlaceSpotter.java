package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Token;
import org.sitrep.internal.DivisionWords;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;

/**
 * Finds the phrases of a sentence that may name a place: runs of proper nouns that NER calls a
 * location or that follow a locative preposition ("in al-Tadamon neighborhood", "near Area 55",
 * "in the vicinity of al-Tanf border crossing"), with a trailing place word kept ("camp",
 * "neighborhood"). Whether a phrase really names a place is the gazetteer's call.
 */
public final class PlaceSpotter {
  /** A place phrase, its token range and whether the text puts the event near it, not in it. */
  record Spot(Evidence phrase, int first, int last, boolean near) {}

  private static final Set<String> LOCATIVES = Set.of(
      "in", "near", "at", "around", "outside", "inside", "into", "towards", "toward", "across",
      "from", "of", "on", "to", "between", "along", "within", "through", "throughout", "west",
      "east", "north", "south");
  /** Prepositions that only a place follows: not "at" ("fired at Ahmed") nor "of" or "to". */
  private static final Set<String> SPATIAL =
      Set.of("in", "near", "inside", "outside", "around", "through", "throughout");
  private static final Set<String> NEAR_CUES = Set.of(
      "near", "around", "outside", "vicinity", "outskirts", "close", "countryside", "suburbs",
      "west", "east", "north", "south", "northwest", "northeast", "southwest", "southeast",
      "western", "eastern", "northern", "southern", "edge", "border", "km", "kilometers",
      "kilometres", "miles", "part", "area", "areas", "outskirt", "environs");
  /** Words for an administrative division, after its name ("Bankass circle": Mali's cercle). */
  private static final Set<String> DIVISIONS = DivisionWords.singleWords(w -> true);
  /** Words of a kind of place that go on a name: these and the divisions'. */
  private static final Set<String> PLACE_WORDS = union(DIVISIONS, Set.of(
      "neighborhood", "neighbourhood", "camp", "village", "town", "city", "crossing", "base",
      "airport", "port", "seaport", "harbour", "harbor", "area", "valley", "desert", "mountains",
      "mountain", "dam", "field", "countryside", "suburb", "suburbs", "square", "street",
      "outskirts", "border", "front", "frontline"));
  /**
   * Division words that, capitalised after a name, still make it a division: "Sagaing Region",
   * "Kherson Oblast", "Kani Township". Not "State", "Province", "Territory" or "Department",
   * which also end the names of groups and offices ("Islamic State", "West Africa Province",
   * "Police Department").
   */
  private static final Set<String> NAMED_DIVISIONS =
      DivisionWords.singleWords(w -> w.capitalised() == DivisionWords.Capitalised.DIVISION);
  /** "the Latakia countryside", "Raqqa's outskirts": around the place, not in it. */
  private static final Set<String> AROUND = Set.of(
      "countryside", "outskirts", "suburbs", "border", "front", "frontline", "area");
  /** What joins the names of a list: "A, B and C", "A or B". */
  private static final Set<String> LIST_GLUE = DivisionLists.LIST_GLUE;
  private static final Set<String> JOINERS = Set.of(
      "-", "al", "el", "ad", "as", "at", "ar", "az", "an",
      // "Khabb wa ash Sha'af", "Deir ez Zor": Arabic "and" and more forms of the article.
      "wa", "ash", "adh", "ath", "ed", "ez", "esh", "ul",
      // "Morro do Alemao", "Vila dos Pescadores", "San Juan del Sur", "Santa Cruz de la Sierra":
      // NER often tags the names either side of a Romance particle and not the particle.
      "de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "la", "las", "los");

  /** Place phrases of any sentence, parsed or not. */
  public List<Evidence> phrases(org.sitrep.annotate.Sentence sentence, String articleText) {
    return spot(new SentenceGraph(sentence, articleText)).stream().map(Spot::phrase).toList();
  }

  List<Spot> spot(SentenceGraph g) {
    List<Spot> out = new ArrayList<>();
    List<Token> tokens = g.sentence().tokens();
    int i = 0;
    while (i < tokens.size()) {
      if (!startsName(tokens.get(i)) && !townOfASite(tokens, i)) {
        i++;
        continue;
      }
      int last = i;
      while (last + 1 < tokens.size() && continuesName(tokens, last + 1)) {
        last++;
      }
      while (last + 1 < tokens.size()
          && PLACE_WORDS.contains(tokens.get(last + 1).word().toLowerCase(Locale.ROOT))) {
        last++;
      }
      // "the Poltava and Vinnytsia regions": the last name of a list takes the list's division
      // word, in the plural, which would otherwise make the name a modifier.
      if (DivisionLists.endsList(tokens, i, last)) {
        last++;
      }
      while (last > i && tokens.get(last).pos().equals("HYPH")) {
        last--;
      }
      // "on the Gusau-Funtua road": a road between two towns is near the first named.
      int hyphen = roadBetween(tokens, i, last);
      if (hyphen > 0) {
        out.add(new Spot(g.span(i, hyphen - 1, "location"), i, hyphen - 1, true));
        i = last + 1;
        continue;
      }
      // "US-backed", "US dollar": a name that modifies a noun is not where anything happened;
      // but "the Jenin refugee camp", "the Kabul city market" name a place by its town.
      // "in Cairo yesterday": the tagger's NN for "yesterday" or "today" modifies nothing.
      boolean namesSite = placeNounFollows(tokens, last + 1);
      boolean modifier = last + 1 < tokens.size() && (tokens.get(last + 1).pos().equals("HYPH")
          || tokens.get(last + 1).pos().equals("NN") || tokens.get(last + 1).pos().equals("NNS"))
          && !namesSite && !g.inTime(last + 1) && !bearingOf(tokens, last + 1)
          // "the U.S. and Afghan forces": a name coordinated with an adjective of a noun.
          || coordinatedAdjective(tokens, last + 1);
      // "Nahri Saraj district, Helmand": a name after a comma that follows a place is its province.
      boolean listed = i >= 2 && tokens.get(i - 1).pos().equals(",") && !out.isEmpty()
          && out.get(out.size() - 1).last() == i - 2;
      // "near Bankass, Koro and Bandiagara": a name between two places of a list is one too,
      // though NER may take it for a person.
      boolean placeLike = isPlaceLike(tokens, i, last) || TakenGround.taken(g, i, last)
          || TakenGround.shelled(g, i, last) || TakenGround.assaulted(g, i, last)
          || listed && (!personName(tokens, i, last) || listGoesOn(tokens, last))
          || conjoinedToPlace(g, i, last, out) || DivisionLists.opensList(tokens, i, last);
      if (!modifier && placeLike && !TimeWords.isCalendarWord(tokens.get(i).word())
          && !otherSide(tokens, i) && !onBehalfOf(tokens, i) && !onePerson(tokens, i, last)
          && !institution(tokens, i, last)) {
        boolean around = AROUND.contains(tokens.get(last).word().toLowerCase(Locale.ROOT));
        Evidence phrase = g.span(i, last, "location");
        out.add(new Spot(namesSite ? phrase.withNote(Mention.SITE_IN_TOWN) : phrase, i, last,
            around || nearCue(tokens, i)));
      }
      i = last + 1;
    }
    for (Spot capital : CapitalPhrases.spot(g)) {
      // "in Uganda's capital": the country is whose capital, not a second place.
      out.removeIf(s -> s.first() >= capital.first() && s.last() <= capital.last());
      out.add(capital);
    }
    out.sort(java.util.Comparator.comparingInt(Spot::first));
    return out;
  }

  /**
   * "arrested on suspicion of spying for Russia", "left for Uganda": a name after "for" is whom
   * someone acts for or where they go, not where anything happened.
   */
  private static boolean onBehalfOf(List<Token> tokens, int first) {
    int k = first - 1;
    if (k >= 0 && tokens.get(k).pos().equals("DT")) {
      k--;
    }
    return k >= 0 && tokens.get(k).word().equalsIgnoreCase("for");
  }

  /** Words for a frontier: "fled toward the border with Somalia" names the side it is not on. */
  private static final Set<String> FRONTIERS = Set.of("border", "borders", "frontier", "boundary");

  /**
   * A country after "the border with" is the neighbour: the event and the story are on this side
   * of it, so the name is neither the event's place nor a vote for the story's country.
   */
  private static boolean otherSide(List<Token> tokens, int first) {
    int k = first - 1;
    if (k >= 0 && tokens.get(k).pos().equals("DT")) {
      k--;
    }
    return k >= 1 && tokens.get(k).word().equalsIgnoreCase("with")
        && FRONTIERS.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT));
  }

  private static boolean coordinatedAdjective(List<Token> tokens, int next) {
    return next + 2 < tokens.size() && tokens.get(next).pos().equals("CC")
        && tokens.get(next + 1).pos().startsWith("JJ") && tokens.get(next + 2).isNoun();
  }

  /** The hyphen of "A-B road" where A and B are names, or -1. */
  private static int roadBetween(List<Token> tokens, int first, int last) {
    if (last + 1 >= tokens.size()
        || !ROADS.contains(tokens.get(last + 1).word().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int h = first + 1; h < last; h++) {
      if (tokens.get(h).pos().equals("HYPH") && tokens.get(h - 1).isProperNoun()
          && tokens.get(h + 1).isProperNoun()) {
        return h;
      }
    }
    return -1;
  }

  private static final Set<String> ROADS = Set.of("road", "highway", "motorway", "axis", "route");

  private static final Set<String> BEARINGS = Set.of("north", "south", "east", "west",
      "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
      "south-east", "south-west");

  /**
   * "the village of Beit Ummar north of Hebron": the tagger's noun "north" gives the name's
   * bearing from another place; the name modifies nothing.
   */
  private static boolean bearingOf(List<Token> tokens, int k) {
    return k + 1 < tokens.size() && BEARINGS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
        && tokens.get(k + 1).word().equalsIgnoreCase("of");
  }

  /** A place noun within the few common nouns that follow: "refugee camp", "city market". */
  private static boolean placeNounFollows(List<Token> tokens, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + 3); k++) {
      Token t = tokens.get(k);
      if (!t.pos().startsWith("NN") || t.isProperNoun()) {
        return false;
      }
      // "the Kitui road", "Kitui market": a site named by its town is in that town.
      if (PLACE_WORDS.contains(t.word().toLowerCase(Locale.ROOT)) || Things.isSite(t.word())) {
        return true;
      }
    }
    return false;
  }

  /** "the University of Nairobi", "the Ministry of Defence": an institution, not a place. */
  private static final Set<String> INSTITUTIONS = Set.of(
      "university", "college", "school", "hospital", "ministry", "court", "bank", "council",
      "church", "mosque", "academy", "institute", "museum", "embassy", "department",
      "commission", "committee", "union", "federation", "association", "party", "movement",
      "office", "agency", "authority", "government");

  private static boolean institution(List<Token> tokens, int first, int last) {
    return first == last && last + 1 < tokens.size()
        && tokens.get(last + 1).word().equalsIgnoreCase("of")
        && INSTITUTIONS.contains(tokens.get(first).word().toLowerCase(Locale.ROOT));
  }

  /**
   * "opened fire at a Somali", "an Afghan was killed": a single name after "a" or "an" counts one
   * of a people, not a place (a place so introduced is a modifier: "a Kabul hotel").
   */
  private static boolean onePerson(List<Token> tokens, int first, int last) {
    if (first == 0 || last != first) {
      return false;
    }
    String before = tokens.get(first - 1).word().toLowerCase(Locale.ROOT);
    return before.equals("a") || before.equals("an");
  }

  /**
   * "outside the Ndop market": the tagger may read a town it does not know, between an article
   * and the site it names, as a common noun; capitalised there, it is a name.
   */
  private static boolean townOfASite(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return i > 1 && t.pos().startsWith("NN") && Character.isUpperCase(t.word().charAt(0))
        && tokens.get(i - 1).pos().equals("DT") && placeNounFollows(tokens, i + 1);
  }

  private static boolean startsName(Token t) {
    return t.isProperNoun() || t.ner().equals("LOCATION") && Character.isUpperCase(t.word().charAt(0));
  }

  private static boolean continuesName(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    // "in Tomba, Plateau state": NER may tag a town, its comma and its province as one
    // location; the comma ends the name, so that what follows is read as the town's frame.
    // "Borno State's Gwoza area": NER may tag the possessive too; it ends the frame's name.
    if (t.pos().equals(",") || t.pos().equals("POS")) {
      return false;
    }
    // "Ras al Ain", "Tall as Sultan": a joiner joins two parts of a name; "in Kabul at dawn",
    // "in Nairobi as police watched" end the name before it.
    if (JOINERS.contains(t.word().toLowerCase(Locale.ROOT))) {
      // "de la Sierra": two particles may stand between the parts.
      return k + 1 < tokens.size() && (namePart(tokens.get(k + 1))
          || JOINERS.contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT))
          && k + 2 < tokens.size() && namePart(tokens.get(k + 2)));
    }
    return namePart(t) || t.pos().equals("HYPH")
        || t.pos().equals("CD") && numberOfAName(tokens, k);
  }

  private static final Set<String> TIME_UNITS = Set.of("day", "days", "week", "weeks", "month",
      "months", "year", "years", "hour", "hours", "minute", "minutes", "night", "nights");

  /**
   * "Area 55", "Camp 7", "Post 3/4": digits that end a name. Not a count that begins what
   * follows: "in Sarmin two days ago", "in Gao 3 days earlier".
   */
  private static boolean numberOfAName(List<Token> tokens, int k) {
    boolean digits = tokens.get(k).word().chars().anyMatch(Character::isDigit)
        && tokens.get(k).word().chars().noneMatch(Character::isLetter);
    boolean timeFollows = k + 1 < tokens.size()
        && TIME_UNITS.contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT));
    return digits && !timeFollows;
  }

  private static boolean namePart(Token t) {
    return t.isProperNoun() || t.ner().equals("LOCATION");
  }

  private static boolean isPlaceLike(List<Token> tokens, int first, int last) {
    boolean person = false;
    boolean location = false;
    for (int k = first; k <= last; k++) {
      person |= tokens.get(k).ner().equals("PERSON");
      location |= tokens.get(k).ner().equals("LOCATION");
    }
    // "over Saada province": a name before the word of a division in lower case is a place,
    // though NER reads a person ("Islamic State", capitalised, is a name of its own).
    String kind = tokens.get(last).word();
    if (location || last > first && (DIVISIONS.contains(kind)
        || NAMED_DIVISIONS.contains(kind.toLowerCase(Locale.ROOT)))) {
      return true;
    }
    // "attacked a checkpoint in Dori yesterday": NER reads a town it does not know as a person,
    // but no person is "in" or "near" anything; the gazetteer then says whether it is a place.
    boolean spatial = first > 0 && SPATIAL.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT));
    return (!person || spatial) && followsLocative(tokens, first) || settlementOf(tokens, first);
  }

  /**
   * Nouns of a settlement or a division, whose "of" names one: not "department", since "the
   * Department of" names an office.
   */
  private static final Set<String> SETTLEMENTS = union(
      DivisionWords.singleWords(w -> w.capitalised() != DivisionWords.Capitalised.OFFICE),
      Set.of("town", "village", "city", "hamlet", "settlement", "locality", "neighbourhood",
          "neighborhood", "suburb", "port"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /**
   * "the town of Gao", "the village of Kouri": what a settlement is "of" is its name, though NER
   * may read a town it does not know, or one that is also a surname, as a person; so too what
   * lies around one.
   */
  private static boolean settlementOf(List<Token> tokens, int first) {
    if (first < 2 || !tokens.get(first - 1).word().equalsIgnoreCase("of")) {
      return false;
    }
    String noun = tokens.get(first - 2).word().toLowerCase(Locale.ROOT);
    return SETTLEMENTS.contains(noun) || SURROUNDS.contains(noun);
  }

  /** "the outskirts of Debre Markos": only a place has outskirts, suburbs or environs. */
  private static final Set<String> SURROUNDS = Set.of(
      "outskirts", "outskirt", "suburbs", "environs", "vicinity", "periphery", "countryside");

  /** "near Kaya, Dori and Djibo": a name the parse joins by "and", "or" or a comma to a place. */
  private static boolean conjoinedToPlace(SentenceGraph g, int first, int last, List<Spot> found) {
    for (int k = first; k <= last; k++) {
      int head = g.head(k);
      if (head >= 0 && g.relation(k).startsWith("conj") && (head < first || head > last)
          && found.stream().anyMatch(s -> s.first() <= head && head <= s.last())) {
        return LIST_GLUE.contains(g.token(first - 1).word().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  private static boolean listGoesOn(List<Token> tokens, int last) {
    if (last + 2 >= tokens.size()) {
      return false;
    }
    return LIST_GLUE.contains(tokens.get(last + 1).word().toLowerCase(Locale.ROOT))
        && tokens.get(last + 2).ner().equals("LOCATION");
  }

  private static boolean personName(List<Token> tokens, int first, int last) {
    for (int k = first; k <= last; k++) {
      if (tokens.get(k).ner().equals("PERSON")) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern ACRONYM =
      java.util.regex.Pattern.compile("\\p{Lu}{2,7}");

  /**
   * True for a word in capitals only, as "ARSA" or "IPOA": in brackets after a name it abbreviates
   * that name and is no place, nor the frame of one.
   */
  public static boolean isAcronym(String word) {
    return ACRONYM.matcher(word).matches();
  }

  private static boolean followsLocative(List<Token> tokens, int first) {
    // "in Rubaya (Masisi, Nord-Kivu)": the district and province in brackets after a place;
    // but "the Arakan Rohingya Salvation Army (ARSA)" abbreviates the name before it.
    boolean acronym = isAcronym(tokens.get(first).word());
    for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if (LOCATIVES.contains(w) || tokens.get(k).pos().equals("-LRB-") && !acronym) {
        return true;
      }
      if (!tokens.get(k).pos().equals("DT") && !tokens.get(k).pos().startsWith("JJ")
          && !tokens.get(k).pos().equals("``")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> WITHIN = Set.of("in", "at", "inside", "within");

  private static boolean nearCue(List<Token> tokens, int first) {
    for (int k = first - 1; k >= Math.max(0, first - 5); k--) {
      String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if (NEAR_CUES.contains(word)) {
        return true;
      }
      // "outside a hotel in Qqq": the hotel is near, the town it stands in is where it happened.
      if (WITHIN.contains(word)) {
        return false;
      }
    }
    return false;
  }
}
