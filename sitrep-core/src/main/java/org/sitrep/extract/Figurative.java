package org.sitrep.extract;

import java.util.BitSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Uses of trigger words that report no political violence, seen when Sitrep reads general news:
 * deaths by nature or accident ("the quake killed 134", "killed by a falling tree"), showing rather
 * than demonstrating ("demonstrated significant increases", "a demonstration of wealth"), idioms
 * ("had a blast", "sales exploded"), names given to things ("a defeat fans called a massacre"), and
 * what witnesses heard or saw of an event told elsewhere.
 */
final class Figurative {
  /** Causes of death that are nobody's act. */
  private static final Set<String> HAZARDS = Set.of(
      "quake", "earthquake", "flood", "flooding", "floods", "storm", "storms", "tree", "landslide",
      "avalanche", "disease", "virus", "covid", "cancer", "heat", "heatwave", "cold", "lightning",
      "tornado", "hurricane", "cyclone", "typhoon", "tsunami", "eruption", "collapse", "crash",
      "accident", "fire", "blaze", "wildfire", "drowning", "overdose", "illness", "outbreak",
      "epidemic", "pandemic", "mudslide", "rain", "rains", "snow", "wave", "waves", "wind",
      "winds", "explosion", "leak", "spill");
  private static final Set<String> HARM = Set.of("kill", "die", "injure", "wound", "hurt");
  private static final Set<String> BURSTS = Set.of("explode", "explosion", "blast", "fight", "battle");

  private static final Set<String> PERCEPTION = Set.of("hear", "see", "witness", "notice", "feel");

  private Figurative() {}

  static final org.sitrep.internal.WordFamilies IDIOMS =
      org.sitrep.internal.WordFamilies.bundled(Figurative.class, "idioms.tsv",
          Set.of("market", "sport", "forces", "result", "critics", "ideas", "talk", "contest",
              "outcome"));

  static boolean isFigurative(SentenceGraph g, int i) {
    String lemma = g.token(i).lemma().toLowerCase(Locale.ROOT);
    return byWhoOrWhy(g, i)
        || HARM.contains(lemma) && byHazard(g, i) || lemma.equals("detain") && inCare(g, i)
        || Showing.showsSomething(g, i) || Naming.aName(g, i)
        || BURSTS.contains(lemma) && idiom(g, i)
        || AIMED.contains(lemma) && atAThing(g, i)
        || WORDS_AS_ACTS.contains(lemma) && (outOfSomething(g, i) || atAnIdea(g, i)
            || inWords(g, i) || aResult(g, i));
  }

  /**
   * The uses told by who did it (a price, a team, critics) or why a crowd came (for joy), which
   * the typer, reading the words of an act and not who did it or why, most often misses.
   */
  private static boolean byWhoOrWhy(SentenceGraph g, int i) {
    return MarketsAndSport.tell(g, i)
        || PROTESTS.contains(g.token(i).lemma().toLowerCase(Locale.ROOT)) && toCelebrate(g, i)
        || ledOthers(g, i);
  }

  /** Walking verbs a crowd does alone, and that others do when they lead or drive people. */
  private static final Set<String> WALKS = Set.of("march", "walk", "parade");

  /**
   * "The gunmen marched the worshippers into the bush", "paraded the captives through the town":
   * one marches people somewhere by leading or driving them, and a crowd that marches in protest
   * takes no object.
   */
  private static boolean ledOthers(SentenceGraph g, int i) {
    if (!g.token(i).isVerb() || !WALKS.contains(g.token(i).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    // The verb's own object, in its clause: the parser may hang on "marched" the object of a
    // clause after a comma ("marched through the streets, chanting slogans").
    return g.exact(i, "obj").stream().anyMatch(o -> o > i
        && java.util.stream.IntStream.range(i + 1, o).noneMatch(k -> g.token(k).pos().equals(",")));
  }

  private static final Set<String> CLAIMS = Set.of("responsibility", "credit", "claim");

  /** Acts that politics and sport tell in the words of violence. */
  private static final Set<String> WORDS_AS_ACTS = Set.of(
      "attack", "fire", "storm", "bomb", "crash", "clash", "fight", "battle", "shoot", "besiege",
      "beat", "hit", "strike", "blast");

  /** "stormed out of parliament", "were bombed out of the qualifiers": leaving, not an attack. */
  private static boolean outOfSomething(SentenceGraph g, int i) {
    return !g.exact(i, "obl:out_of").isEmpty() || g.hasParticle(i, "out");
  }

  /** Words at or about ideas: "attacked the new tax", "clashed over the budget" (not farmland). */
  private static boolean atAnIdea(SentenceGraph g, int i) {
    for (String rel : List.of("obj", "nmod:on", "obl:on", "obl:over", "nmod:over")) {
      for (int d : g.exact(i, rel)) {
        if (IDIOMS.get("ideas").contains(g.token(d).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "attacked his rival during a televised debate", "hit out at critics in an interview": acts
   * done in words, when the sentence tells no one hurt.
   */
  private static boolean inWords(SentenceGraph g, int i) {
    // "claimed responsibility for the attack in a statement": the statement is the claim's, and
    // no one claims responsibility for words.
    int head = g.head(i);
    if (head >= 0 && CLAIMS.contains(g.token(head).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (String rel : List.of("obl:in", "obl:during", "nmod:in", "nmod:during")) {
      for (int d : g.exact(i, rel)) {
        if (IDIOMS.get("talk").contains(g.token(d).lemma().toLowerCase(Locale.ROOT))) {
          return !tellsHarm(g);
        }
      }
    }
    return false;
  }

  /** The sentence tells someone killed or hurt, which no debate or match does. */
  private static boolean tellsHarm(SentenceGraph g) {
    return g.sentence().tokens().stream()
        .anyMatch(t -> HARM.contains(t.lemma().toLowerCase(Locale.ROOT)));
  }

  private static final java.util.regex.Pattern SCORE =
      java.util.regex.Pattern.compile("\\b\\d{1,2}\\s?[-–]\\s?\\d{1,2}\\b");

  /**
   * "shot down the visitors 3-1", "clashed in the derby, which ended 1-1": a score with a word of
   * the result, or a match the act took place in.
   */
  private static boolean aResult(SentenceGraph g, int i) {
    boolean score = SCORE.matcher(g.sentence().text()).find()
        && g.sentence().tokens().stream().anyMatch(t ->
            IDIOMS.get("outcome").contains(t.lemma().toLowerCase(Locale.ROOT))
                || IDIOMS.get("contest").contains(t.lemma().toLowerCase(Locale.ROOT)));
    // "The two rivals clashed in the derby"; but "fans clashed with police during the match",
    // "police fired tear gas at fans in the derby" tell violence at a match.
    boolean inAMatch = g.exact(i, "obl:in").stream().anyMatch(d ->
        IDIOMS.get("contest").contains(g.token(d).lemma().toLowerCase(Locale.ROOT)))
        && g.exact(i, "obj").isEmpty() && g.exact(i, "obl:with").isEmpty()
        && g.exact(i, "obl:at").isEmpty() && !tellsHarm(g);
    return score || inAMatch || scoreAfter(g, i);
  }

  /**
   * "shot down Meru United 3-1": a score after the act, with an object, in a sentence that tells
   * no one hurt, and not a range of people ("2-3 people").
   */
  private static boolean scoreAfter(SentenceGraph g, int i) {
    // "killing 9 and injuring 7-9, in Qqq village": a range of the hurt, not a score.
    if (g.exact(i, "obj").isEmpty() || tellsHarm(g)) {
      return false;
    }
    int base = g.sentence().start();
    java.util.regex.Matcher m = SCORE.matcher(g.sentence().text());
    while (m.find()) {
      int end = base + m.end();
      if (base + m.start() < g.token(i).end()) {
        continue;
      }
      boolean people = g.sentence().tokens().stream().filter(t -> t.start() >= end).findFirst()
          .map(t -> t.pos().startsWith("NN") && !t.isProperNoun()).orElse(false);
      if (!people) {
        return true;
      }
    }
    return false;
  }

  static final Set<String> PROTESTS = Set.of(
      "protest", "demonstrate", "demonstration", "march", "strike", "picket", "boycott", "sit",
      "walk", "gather", "rally");

  /** Acts whose object says whether they are violence or sport, film or machinery. */
  private static final Set<String> AIMED = Set.of("shoot", "shooting", "attack", "kill", "beat", "fire");
  /** "shooting 48.5%", "attacking the basket", "shoot a video", "kill switch", "fired a shot on goal". */
  private static final Set<String> THINGS = Set.of(
      "%", "percent", "basket", "baskets", "rim", "hoop", "hoops", "goal", "goals", "ball", "net",
      "pointer", "pointers", "threes", "video", "videos", "film", "films", "scene", "scenes",
      "movie", "footage", "photo", "photos", "episode", "switch", "bill", "deal", "idea", "engine",
      "par", "birdie");

  private static final java.util.regex.Pattern RECORD =
      java.util.regex.Pattern.compile("\\d+\\s*-\\s*for\\s*-\\s*\\d+\\s*$");

  private static boolean atAThing(SentenceGraph g, int i) {
    // "Kill switch" in a list: the noun the verb was taken to govern follows it.
    if (i + 1 < g.size() && THINGS.contains(g.token(i + 1).word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    // "8-for-12 shooting", "shooting 36.2% from three": a shooter's record, not a shooting.
    var sentence = g.sentence();
    String before = sentence.text().substring(0, Math.max(0, g.token(i).start() - sentence.start()));
    if (RECORD.matcher(before).find()) {
      return true;
    }
    for (String rel : List.of("obj", "compound", "obl:at", "obl:on")) {
      for (int d : g.exact(i, rel)) {
        BitSet phrase = g.subtree(d);
        for (int k = phrase.nextSetBit(0); k >= 0; k = phrase.nextSetBit(k + 1)) {
          if (k == d || g.token(k).word().equals("%")) {
            if (THINGS.contains(g.token(k).word().toLowerCase(Locale.ROOT))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** "the quake killed", "killed in a car crash", "died of covid", "killed by a falling tree". */
  private static boolean byHazard(SentenceGraph g, int i) {
    List<Integer> verbs = new java.util.ArrayList<>(List.of(i));
    // "killed and injured by a falling tree": the cause may hang on the coordinated verb.
    verbs.addAll(g.dependents(i, "conj"));
    int head = g.head(i);
    if (head >= 0 && g.relation(i).startsWith("conj")) {
      verbs.add(head);
    }
    for (int v : verbs) {
      if (causedByHazard(g, v, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean causedByHazard(SentenceGraph g, int verb, int i) {
    if (g.token(i).lemma().equalsIgnoreCase("explosion")) {
      return false;
    }
    for (String rel : List.of("nsubj", "obl:agent", "obl:in", "obl:by", "obl:of", "obl:from",
        "obl:after", "obl:during")) {
      for (int d : g.exact(verb, rel)) {
        if (isHazard(g, d) || Mishaps.burstByMishap(g, d)) {
          return true;
        }
      }
    }
    // "killed when the earthquake struck", "injured as a tree collapsed": a clause of time whose
    // subject is the hazard.
    // "killed when a bus plunged into a ravine", "when a boiler exploded": a clause of time that
    // tells a mishap.
    for (int clause : g.exact(verb, "advcl")) {
      if (g.exact(clause, "nsubj").stream().anyMatch(d -> isHazard(g, d))
          || Mishaps.MISHAPS.contains(g.token(clause).lemma().toLowerCase(Locale.ROOT))
          || Mishaps.burstByMishap(g, clause)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHazard(SentenceGraph g, int i) {
    String lemma = g.token(i).lemma().toLowerCase(Locale.ROOT);
    return HAZARDS.contains(lemma) && !(lemma.equals("fire") && shot(g, i));
  }

  /** "army fire", "Israeli fire", "the militia's fire": fire someone shot, not a blaze. */
  private static boolean shot(SentenceGraph g, int fire) {
    for (String rel : List.of("compound", "amod", "nmod:poss")) {
      for (int m : g.exact(fire, rel)) {
        var t = g.token(m);
        if (SHOOTERS.contains(t.lemma().toLowerCase(Locale.ROOT)) || t.isProperNoun()
            || Character.isUpperCase(t.word().charAt(0)) && rel.equals("amod")) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> SHOOTERS = Set.of(
      "army", "militia", "force", "troop", "police", "soldier", "sniper", "gun", "machine-gun",
      "tank", "artillery", "mortar", "rocket", "enemy", "government", "rebel", "gunman", "security",
      "military", "regime", "insurgent", "militant", "jihadist", "gunship", "helicopter",
      "member", "fighter", "guard", "officer", "policeman", "trooper", "unit");

  /** "in Kandahar province", "in the market": where, not what ("an explosion in rain jackets"). */
  private static boolean namesAPlace(SentenceGraph g, int noun) {
    BitSet phrase = g.subtree(noun);
    for (int k = phrase.nextSetBit(0); k >= 0; k = phrase.nextSetBit(k + 1)) {
      if (g.token(k).isProperNoun() || g.token(k).ner().equals("LOCATION")) {
        return true;
      }
    }
    return PLACES.contains(g.token(noun).lemma().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> PLACES = Set.of(
      "province", "district", "city", "town", "village", "area", "region", "market", "street",
      "neighborhood", "neighbourhood", "camp", "capital", "country", "state", "county", "building",
      "mosque", "church", "school", "station", "base", "checkpoint", "square", "road", "highway");

  /** "ninety people were detained in hospital": kept for treatment, not arrested. */
  private static boolean inCare(SentenceGraph g, int i) {
    for (String rel : List.of("obl:in", "obl:at")) {
      for (int d : g.exact(i, rel)) {
        if (CARE.contains(g.token(d).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> CARE = Set.of("hospital", "clinic", "ward", "infirmary");

  /** What a crowd does that marches or gathers for joy, not a grievance. */
  private static final Set<String> JOYS = Set.of("celebrate", "welcome", "cheer", "congratulate");

  /**
   * "marched through Dhaka to celebrate the cricket victory", "rallied to welcome the team home":
   * a crowd's purpose of joy, unless it demands something too.
   */
  private static boolean toCelebrate(SentenceGraph g, int i) {
    List<Integer> purposes = new java.util.ArrayList<>(g.exact(i, "xcomp"));
    purposes.addAll(g.dependents(i, "advcl"));
    purposes.addAll(g.dependents(i, "acl"));
    boolean joy = false;
    for (int p : purposes) {
      String lemma = g.token(p).lemma().toLowerCase(Locale.ROOT);
      if (DEMANDS.contains(lemma)) {
        return false;
      }
      joy |= JOYS.contains(lemma);
    }
    return joy;
  }

  /** What protesters do in the clause of their purpose. */
  static final Set<String> DEMANDS = Set.of(
      "demand", "ask", "call", "protest", "denounce", "reject", "oppose", "condemn", "press",
      "pressure", "claim", "express", "request", "seek", "urge", "support", "defend", "mark");

  /** "had a blast", "an explosion in rain jackets", "music exploded", "battling knee issues". */
  private static boolean idiom(SentenceGraph g, int i) {
    int head = g.head(i);
    boolean had = head >= 0 && g.token(head).lemma().equalsIgnoreCase("have")
        && g.relation(i).startsWith("obj");
    boolean inGoods = g.token(i).isNoun() && !g.exact(i, "nmod:in").isEmpty()
        && g.exact(i, "nmod:in").stream().noneMatch(d -> namesAPlace(g, d));
    // "fought over the budget" is a quarrel; "fought over farmland, killing seven" is not.
    // Nor is "fought with machetes over a plot of land": a fight with arms in hand, nor "two clan
    // militias fought over grazing land": armed men who fight use their arms.
    boolean fightAbout = g.exact(i, "obl:about").size() + g.exact(i, "obl:over").size()
        + g.exact(i, "obl:through").size() > 0 && g.token(i).lemma().equalsIgnoreCase("fight")
        && !harmFollows(g, i) && g.exact(i, "obl:with").stream().noneMatch(w -> armsInHand(g, w))
        && g.exact(i, "nsubj").stream().noneMatch(s -> TriggerTyper.armedPeople(g, s));
    // "residents heard explosions": what witnesses perceived of an event told elsewhere.
    int seen = g.firstConjunct(i);
    int seer = seen >= 0 ? g.head(seen) : -1;
    boolean perceived = seer >= 0 && (g.relation(seen).startsWith("obj")
        || g.relation(seen).equals("nsubj:pass"))
        && PERCEPTION.contains(g.token(seer).lemma().toLowerCase(Locale.ROOT));
    // "firefighters battled a blaze", "investors battled fears": a fight against no one.
    String lemma = g.token(i).lemma().toLowerCase(Locale.ROOT);
    boolean foughtThing = (lemma.equals("fight") || lemma.equals("battle"))
        && java.util.stream.Stream.of(g.exact(i, "obj"), g.exact(i, "obl:against"))
            .flatMap(List::stream).anyMatch(o -> isHazard(g, o)
                || NO_ONE.contains(g.token(o).lemma().toLowerCase(Locale.ROOT)));
    return had || inGoods || fightAbout || perceived || foughtThing || Mishaps.burstByMishap(g, i)
        || Mishaps.burstInAMishap(g, i);
  }

  /** A verb of death or injury in a clause the word heads: "fought ..., killing seven". */
  private static boolean harmFollows(SentenceGraph g, int i) {
    return g.sentence().basicChildren(i).stream()
        .filter(d -> d.relation().startsWith("advcl") || d.relation().startsWith("conj")
            || d.relation().equals("dep"))
        .anyMatch(d -> CasualtyCounter.kindOf(g, g.token(d.dependent())).isPresent());
  }

  /** "with machetes", "with guns": what a physical fight is fought with. */
  private static boolean armsInHand(SentenceGraph g, int w) {
    String word = g.token(w).word().toLowerCase(Locale.ROOT);
    return WeaponWords.isWeapon(word) || HAND_ARMS.contains(g.token(w).lemma().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> HAND_ARMS = Set.of("machete", "panga", "knife", "spear", "axe",
      "bow", "arrow", "stick", "club", "stone", "rock", "sword", "dagger", "cudgel", "bat");

  /** What is fought when no one is: fears, injuries, poverty. */
  private static final Set<String> NO_ONE = Set.of(
      "fear", "injury", "addiction", "poverty", "corruption", "hunger", "inflation", "odds",
      "traffic", "flame");
}
