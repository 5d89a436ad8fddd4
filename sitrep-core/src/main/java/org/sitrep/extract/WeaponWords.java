package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Dependency;
import org.sitrep.model.SubEventType;

/**
 * What the words around a trigger say about how the act was done: the words that modify it
 * (its object's weapon, the phrase it was done "with", the amount fired). {@link WeaponTypes}
 * reads the sub-event type they make of the lexicon's sense.
 */
final class WeaponWords {
  private WeaponWords() {}

  /** "fired mortars at": a fight at a distance, which ACLED codes as shelling. */
  static final Set<String> HEAVY_WEAPONS = Set.of(
      "mortar", "mortars", "artillery", "rockets", "rocket", "missiles", "missile", "shells",
      "launchers", "launcher", "howitzers", "howitzer", "cannon", "cannons", "rpg", "rpgs",
      "propelled", "heavy guns");
  /** Artillery and what it, mortars and launchers fire. */
  static final Set<String> SHELLS = Set.of(
      "mortar", "mortars", "rockets", "rocket", "missiles", "missile", "shells", "shell",
      "artillery", "projectile", "projectiles");
  /** Marks an object that is a grenade of smoke, gas or a stun charge: it only disperses. */
  static final String DISPERSING = "#dispersing";

  static final Set<String> CROWD_CONTROL = Set.of(
      "teargas", "tear-gas", "tear", "gas", "cannon", "cannons", "rubber", "plastic", "pellets",
      "stun", "batons", "pepper", DISPERSING);

  /**
   * "targeted the rebel camp with artillery fire", "blocked the road with burning tyres": the
   * parser often hangs the weapon's "with" phrase on the object rather than the verb. Taken as
   * what the act was done with only when it names a weapon or what a road is blocked with, since
   * "attacked a man with a limp" names none.
   */
  private static void withAWeapon(SentenceGraph g, int object, Set<String> out) {
    for (Dependency n : g.sentence().basicChildren(object)) {
      if (!n.relation().startsWith("nmod")) {
        continue;
      }
      boolean with = introducedBy(g, n.dependent(), INSTRUMENT);
      List<String> words = phraseWords(g, n.dependent());
      boolean weapon = words.stream().anyMatch(w -> HEAVY_WEAPONS.contains(w)
          || GRENADES.contains(w) || PLANTED_EXPLOSIVES.contains(w) || ROADBLOCKS.contains(w));
      if (with && weapon) {
        out.add("with");
        for (String w : words) {
          out.add(w);
          out.add(WITH + w);
        }
      }
    }
  }

  /** "launched from drones", "dropped by a helicopter": the aircraft a participle names. */
  private static Optional<String> aircraftLaunching(SentenceGraph g, int participle) {
    if (!g.token(participle).pos().equals("VBN")) {
      return Optional.empty();
    }
    return g.sentence().basicChildren(participle).stream()
        .filter(d -> d.relation().startsWith("obl") && introducedBy(g, d.dependent(), FROM_OR_BY))
        .map(d -> g.token(d.dependent()).word().toLowerCase(Locale.ROOT))
        .filter(AIRCRAFT::contains).findFirst();
  }

  private static final Set<String> FROM_OR_BY = Set.of("from", "by");

  /** A phrase's head word and the words that qualify it ("heavy artillery fire"), lower-cased. */
  private static List<String> phraseWords(SentenceGraph g, int phrase) {
    List<String> words = new ArrayList<>();
    words.add(g.token(phrase).word().toLowerCase(Locale.ROOT));
    g.sentence().basicChildren(phrase).stream()
        .filter(c -> c.relation().equals("compound") || c.relation().equals("amod"))
        .forEach(c -> words.add(g.token(c.dependent()).word().toLowerCase(Locale.ROOT)));
    return words;
  }

  /** Whether a phrase is introduced by one of these prepositions ("with", "from"). */
  private static boolean introducedBy(SentenceGraph g, int phrase, Set<String> prepositions) {
    return g.sentence().basicChildren(phrase).stream().anyMatch(c -> c.relation().equals("case")
        && prepositions.contains(g.token(c.dependent()).word().toLowerCase(Locale.ROOT)));
  }

  /** Marks a word of the phrase an act was done with ("with a grenade") among the modifiers. */
  static final String WITH = "with:";
  static final Set<String> GRENADES = Set.of("grenade", "grenades");
  /** What a fight without arms is fought with: "clashed with sticks and stones". */
  static final Set<String> BARE_HANDED = Set.of("stick", "sticks", "stone", "stones",
      "club", "clubs", "brick", "bricks", "rock", "rocks", "fists", "bats", "rods");
  /** What a crowd blocks a road with, by the codebook a violent demonstration's means. */
  static final Set<String> ROADBLOCKS = Set.of("tyres", "tires", "tyre", "tire",
      "barricades", "barricade", "logs", "boulders", "rocks", "stones");
  static final Set<String> LAUNCHED_OR_DROPPED = Set.of(
      "launcher", "launchers", "rpg", "rpgs", "rocket-propelled", "propelled", "drone", "drones",
      "uav", "quadcopter", "air", "aerial");
  static final Set<String> PLANTED_EXPLOSIVES = Set.of(
      "ied", "ieds", "landmine", "landmines", "roadside", "improvised");
  /** Explosives an attack may be named by; a bomb may also fall from the air. */
  static final Set<String> EXPLOSIVES = Set.of(
      "ied", "ieds", "landmine", "landmines", "roadside", "improvised", "bomb", "bombs",
      "explosive", "explosives");
  static final String ARSON = "arson";
  /** Who strikes from the air, so that their bombs fall rather than are planted. */
  static final Set<String> AIRCRAFT = Set.of(
      "warplane", "warplanes", "jet", "jets", "aircraft", "plane", "planes", "helicopter",
      "helicopters", "drone", "drones", "air", "aerial");

  /** Small-arms fire, named beside explosions. */
  static final Set<String> GUNFIRE = Set.of(
      "shots", "gunshots", "gunfire", "bursts", "shooting", "shootings", "firing");

  /** The words that make a gas a police weapon against a crowd. */
  static final Set<String> CROWD_GASES = Set.of("tear", "pepper");
  /**
   * What a fired weapon holds or is made of, read from its object: a crowd's gases, stun charges
   * and rubber or plastic bullets, and chemical agents.
   */
  private static final Set<String> WEAPON_CONTENTS = Set.of(
      "tear", "pepper", "gas", "chemical", "chlorine", "sarin", "mustard", "stun", "rubber",
      "plastic");
  /** Nouns of an amount fired, whose "of" phrase names what was fired. */
  private static final Set<String> AMOUNTS = Set.of(
      "barrage", "volley", "salvo", "hail", "round", "burst", "string", "series", "wave", "dozen",
      "dozens", "score", "scores", "number", "hundreds", "handful", "quantity", "amount", "haul",
      "batch", "assortment", "stockpile", "stash");
  /** Marks a fired object that is "heavy weapons" among a token's modifiers. */
  static final String HEAVY_WEAPONS_FIRED = "heavy weapons";

  /** "fired heavy weapons at the positions": weapons called heavy. */
  private static boolean isHeavyWeapons(SentenceGraph g, int object) {
    return g.token(object).lemma().equalsIgnoreCase("weapon") && g.sentence().basicChildren(object)
        .stream().anyMatch(c -> c.relation().equals("amod")
            && g.token(c.dependent()).word().equalsIgnoreCase("heavy"));
  }

  /**
   * Marks guns that are heavy weapons, not small arms: "heavy machine guns", "anti-aircraft
   * guns", fired from a distance as artillery is.
   */
  private static final String HEAVY_GUNS = "heavy guns";
  private static final Set<String> GUN_HEAVINESS = Set.of(
      "heavy", "anti-aircraft", "antiaircraft", "anti-tank", "antitank", "recoilless");

  private static boolean heavyGun(SentenceGraph g, int i) {
    String lemma = g.token(i).lemma().toLowerCase(Locale.ROOT);
    return (lemma.equals("gun") || lemma.equals("rifle"))
        && g.sentence().basicChildren(i).stream()
            .filter(c -> c.relation().equals("amod") || c.relation().equals("compound"))
            .map(c -> g.token(c.dependent()).word().toLowerCase(Locale.ROOT))
            .anyMatch(GUN_HEAVINESS::contains);
  }

  static final Set<String> SMALL_ARMS = Set.of(
      "arms", "guns", "gun", "rifles", "rifle", "weapons", "pistols", "kalashnikovs");

  /** "rifles", "grenade launchers", "mortars": a weapon, which fires and is never fired on. */
  static boolean isWeapon(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return SMALL_ARMS.contains(w) || HEAVY_WEAPONS.contains(w);
  }

  /**
   * "with artillery", "with kamikaze drones", "with explosives": what an act is done with, which
   * is no side of it.
   */
  static boolean isInstrument(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return isWeapon(w) || AIRCRAFT.contains(w) || EXPLOSIVES.contains(w);
  }

  /** "weapons", "rifles": arms a person carries, by a word of {@code SMALL_ARMS}. */
  static boolean isSmallArm(String word) {
    return SMALL_ARMS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * "fired a barrage of rockets", "a volley of mortar shells", "seized a haul of rifles": an
   * amount names no weapon; the weapons are in its "of" phrase. So does a number of them: "shot
   * down 31 of 40 drones".
   */
  private static void ofAnAmount(SentenceGraph g, int amount, Set<String> out) {
    if (!AMOUNTS.contains(g.token(amount).lemma().toLowerCase(Locale.ROOT))
        && !g.token(amount).pos().equals("CD")) {
      return;
    }
    for (Dependency c : g.sentence().basicChildren(amount)) {
      if (c.relation().startsWith("nmod")) {
        out.add(g.token(c.dependent()).word().toLowerCase(Locale.ROOT));
        g.sentence().basicChildren(c.dependent()).stream()
            .filter(w -> w.relation().equals("compound"))
            .forEach(w -> out.add(g.token(w.dependent()).word().toLowerCase(Locale.ROOT)));
      }
    }
  }

  /** Marks a token a number modifies ("7 fatalities"), for trigger senses that need a count. */
  static final String COUNT = "#count";

  /** The words of a noun's own phrase that say what it is: "smoke grenades", "stun grenade". */
  private static Set<String> modifiersOfNoun(SentenceGraph g, int noun) {
    Set<String> out = new HashSet<>();
    for (Dependency c : g.sentence().basicChildren(noun)) {
      if (c.relation().equals("compound") || c.relation().equals("amod")) {
        out.add(g.token(c.dependent()).word().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** What fills a grenade that only disperses: "smoke grenades", "stun grenades". */
  private static final Set<String> DISPERSING_FILLS = Set.of("smoke", "stun", "tear", "gas",
      "teargas", "tear-gas", "pepper", "flash", "flash-bang", "sound");

  /**
   * "police used smoke grenades to disperse the crowds": a grenade of smoke, gas or a stun charge
   * is how a crowd was met, which the verb it was used with tells; it is no grenade attack.
   */
  static boolean dispersingGrenade(SentenceGraph g, int i, Set<String> modifiers) {
    return g.token(i).isNoun() && GRENADES.contains(g.token(i).word().toLowerCase(Locale.ROOT))
        && modifiers.stream().anyMatch(DISPERSING_FILLS::contains);
  }

  /** Lower-cased words that modify a token, and the word before it. */
  static Set<String> modifiers(SentenceGraph g, int i) {
    Set<String> out = new HashSet<>();
    for (Dependency d : g.sentence().basicChildren(i)) {
      // "arrested ... on 19 March": a date says when, not with what or at which gathering.
      if (g.inTime(d.dependent()) && d.relation().startsWith("obl")) {
        continue;
      }
      String child = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("nummod")) {
        out.add(COUNT);
      }
      out.add(heavyGun(g, d.dependent()) ? HEAVY_GUNS : child);
      // "a bomb attack", "an IED attack", "a grenade attack", "an arson attack": the weapon that
      // names the attack is what it was done with.
      if ((d.relation().equals("compound") || d.relation().equals("amod"))
          && (EXPLOSIVES.contains(child) || GRENADES.contains(child) || child.equals(ARSON))) {
        out.add(WITH + child);
      }
      if (d.relation().startsWith("obl")) {
        // "fired teargas at the crowd": the preposition of a phrase tells the act too.
        List<Dependency> phrase = g.sentence().basicChildren(d.dependent());
        boolean instrument = false;
        for (Dependency c : phrase) {
          if (c.relation().equals("case")) {
            String preposition = g.token(c.dependent()).word().toLowerCase(Locale.ROOT);
            out.add(preposition);
            instrument |= preposition.equals("with");
          }
        }
        // "attacked the positions with heavy artillery fire": the weapon is named in full, and
        // marked as what the act was done with.
        if (instrument) {
          out.add(WITH + g.token(d.dependent()).word().toLowerCase(Locale.ROOT));
          for (Dependency c : phrase) {
            if (c.relation().equals("compound") || c.relation().equals("amod")) {
              String word = g.token(c.dependent()).word().toLowerCase(Locale.ROOT);
              out.add(word);
              out.add(WITH + word);
              // "drone-dropped explosives": the word before the hyphen tells how they came.
              int k = c.dependent();
              if (k >= 2 && g.token(k - 1).pos().equals("HYPH")) {
                out.add(g.token(k - 2).word().toLowerCase(Locale.ROOT));
              }
            }
            // "with explosives dropped from drones": so does what they came from.
            if (c.relation().equals("amod") || c.relation().startsWith("acl")) {
              aircraftLaunching(g, c.dependent()).ifPresent(out::add);
            }
          }
        }
      }
      if (d.relation().startsWith("nsubj:pass")) {
        // "a large quantity of rifles was seized": so too what is done to, told in the passive.
        ofAnAmount(g, d.dependent(), out);
      }
      if (d.relation().startsWith("nsubj")) {
        // "two mortar rounds exploded": what went off was fired from a mortar. "A guided bomb
        // struck a block": what struck was dropped from the air.
        g.sentence().basicChildren(d.dependent()).stream()
            .filter(c -> c.relation().equals("compound") || c.relation().equals("amod"))
            .map(c -> g.token(c.dependent()).word().toLowerCase(Locale.ROOT))
            .filter(w -> SHELLS.contains(w) || WeaponTypes.DROPPED.contains(w))
            .forEach(out::add);
      }
      if (d.relation().equals("obj")) {
        if (isHeavyWeapons(g, d.dependent())) {
          out.add(HEAVY_WEAPONS_FIRED);
        }
        // "fired grenade launchers, heavy machine guns and small arms": all the weapons fired.
        // "fired tear gas", "fired chlorine gas shells": of the object's own words, only those
        // that say what the weapon holds, since the others would retype the act ("attacked the
        // air base" is no air strike).
        for (Dependency c : g.sentence().basicChildren(d.dependent())) {
          String word = g.token(c.dependent()).word().toLowerCase(Locale.ROOT);
          // "blocked the roads demanding a meeting": the parser hangs the demand on the object,
          // though the people who blocked them demand it.
          boolean demandOfTheSubject = c.relation().equals("acl")
              && g.token(c.dependent()).pos().equals("VBG");
          // "fired rocket-propelled grenades": a grenade launched is a rocket.
          boolean launched = (c.relation().equals("compound") || c.relation().equals("amod"))
              && (word.equals("rocket") || LAUNCHED_OR_DROPPED.contains(word));
          // "fired mortar rounds": a round names no weapon; the word before it names the one
          // that fired it. Not "cannon", which alone reads as a crowd's water cannon.
          boolean firedFrom = c.relation().equals("compound") && HEAVY_WEAPONS.contains(word)
              && !CROWD_CONTROL.contains(word)
              && Things.isMunition(g.token(d.dependent()).word());
          if (c.relation().startsWith("conj") || demandOfTheSubject || launched || firedFrom
              || c.relation().equals("compound") && WEAPON_CONTENTS.contains(word)) {
            out.add(heavyGun(g, c.dependent()) ? HEAVY_GUNS : word);
          }
        }
        // "fired smoke grenades", "used flash-bangs": what only disperses, whatever else the
        // sentence says; smoke alone ("used smoke to cover the retreat") is no such thing.
        if (dispersingGrenade(g, d.dependent(), modifiersOfNoun(g, d.dependent()))) {
          out.add(DISPERSING);
        }
        ofAnAmount(g, d.dependent(), out);
        withAWeapon(g, d.dependent(), out);
        if (d.dependent() > 0) {
          String before = g.token(d.dependent() - 1).word().toLowerCase(Locale.ROOT);
          if (WEAPON_CONTENTS.contains(before)) {
            out.add(before);
          }
        }
      }
    }
    // Not the end of a phrase of another word: "soldiers backed by drones killed 40": the drones
    // backed the soldiers, who killed. ("rockets fired by ...", "dozens of rockets fired by
    // ...": the rockets the participle tells of, or that share its head, are its own.)
    boolean phraseOfAnother = i > 0 && g.head(i - 1) != i && g.head(i) != i - 1
        && g.head(i - 1) != g.head(i) && !g.exact(i - 1, "case").isEmpty();
    if (i > 0 && !phraseOfAnother) {
      out.add(g.token(i - 1).word().toLowerCase(Locale.ROOT));
    }
    whatWentOff(g, i, out);
    int head = g.head(i);
    String rel = g.relation(i);
    // "transport workers suspended services and blocked the boulevard": a verb joined to another
    // with no subject of its own shares that verb's.
    boolean ownSubject = g.sentence().basicChildren(i).stream()
        .anyMatch(d -> d.relation().startsWith("nsubj"));
    if (head >= 0 && rel.equals("conj") && g.token(i).isVerb() && !ownSubject) {
      g.sentence().basicChildren(head).stream().filter(d -> d.relation().equals("nsubj"))
          .forEach(d -> out.add(g.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }
    // "a bomb exploded", "planted a bomb": the verb says what kind of thing the noun is;
    // "burning tyres": the noun says what burned.
    if (head >= 0 && (rel.equals("compound") || rel.startsWith("nsubj") || rel.equals("obj")
        || rel.equals("amod"))) {
      out.add(g.token(head).word().toLowerCase(Locale.ROOT));
    }
    // "fired tear gas and rubber bullets": the parser may take "gas" and lose its "tear", but
    // tear gas is the police's, not a chemical weapon, wherever the parse hangs it.
    for (int t = 1; out.contains("gas") && t < g.size(); t++) {
      String before = g.token(t - 1).word().toLowerCase(Locale.ROOT);
      if (g.token(t).word().equalsIgnoreCase("gas") && CROWD_GASES.contains(before)) {
        out.add(before);
      }
    }
    return out;
  }

  /** The preposition of what an act was done with. */
  private static final Set<String> INSTRUMENT = Set.of("with");
  /** The prepositions that name the source of an explosion: "a blast from a roadside bomb". */
  private static final Set<String> SOURCE_CASES = Set.of("from", "of", "by");

  /**
   * "the explosion of a shell", "a blast from a roadside bomb", "explosions caused by mortar
   * rounds": the weapon that went off, named in a phrase of the explosion rather than beside it.
   * The parser often hangs "from artillery fire" on the verb that takes the explosions
   * ("recorded 40 explosions from artillery fire"), so that verb's phrases count too. Taken only
   * when the phrase names a weapon, since "a blast of wind" and "explosions of anger" name none.
   */
  private static void whatWentOff(SentenceGraph g, int i, Set<String> out) {
    if (!g.token(i).pos().startsWith("NN")) {
      return;
    }
    List<Integer> phrases = new ArrayList<>();
    for (Dependency d : g.sentence().basicChildren(i)) {
      if (d.relation().startsWith("nmod")) {
        phrases.add(d.dependent());
      } else if (d.relation().equals("acl")) {
        g.sentence().basicChildren(d.dependent()).stream()
            .filter(c -> c.relation().startsWith("obl")).forEach(c -> phrases.add(c.dependent()));
      }
    }
    int head = g.head(i);
    String rel = g.relation(i);
    if (head >= 0 && (rel.equals("obj") || rel.startsWith("nsubj"))) {
      g.sentence().basicChildren(head).stream().filter(c -> c.relation().startsWith("obl"))
          .forEach(c -> phrases.add(c.dependent()));
    }
    for (int phrase : phrases) {
      boolean source = introducedBy(g, phrase, SOURCE_CASES);
      List<String> words = phraseWords(g, phrase);
      boolean weapon = words.stream().anyMatch(w -> SHELLS.contains(w) || AIRCRAFT.contains(w)
          || EXPLOSIVES.contains(w) || GRENADES.contains(w));
      if (source && weapon) {
        out.addAll(words);
      }
    }
  }
}
