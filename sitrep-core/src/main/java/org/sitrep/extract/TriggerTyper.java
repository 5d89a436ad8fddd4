package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.internal.HarmWords;
import org.sitrep.annotate.Dependency;
import org.sitrep.model.SubEventType;

/**
 * Decides whether a word of a parsed sentence is a trigger and of what sub-event type: its sense
 * in the lexicon given the words that modify it, refined by them ("suicide", "teargas", "terror",
 * "mortars"), and set aside when the word modifies another noun, names victims ("the wounded"),
 * is a result clause or a figure of speech, or seizes contraband rather than ground.
 */
final class TriggerTyper {
  private final TriggerLexicon lexicon;

  TriggerTyper(TriggerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The sub-event type token {@code i} reports as a trigger, or none when it is no trigger. */
  Optional<SubEventType> of(SentenceGraph g, int i) {
    // "On 20 March": a month's name is no march.
    boolean month = TimeWords.isCalendarWord(g.token(i).word())
        && Character.isUpperCase(g.token(i).word().charAt(0));
    // "a bomb probe" is a probe; but "the protest action" is the protest.
    boolean modifier = g.relation(i).equals("compound") && !GENERIC_HEADS.contains(
        g.token(Math.max(0, g.head(i))).lemma().toLowerCase(Locale.ROOT));
    // "Shell hit record profits": the oil company, named as a proper noun, fires nothing.
    // "Shell hit record profits": nor does it hit anything.
    boolean company = g.token(i).isProperNoun() && g.token(i).lemma().equalsIgnoreCase("shell")
        || g.exact(i, "nsubj").stream().anyMatch(n -> g.token(n).isProperNoun()
            && g.token(n).lemma().equalsIgnoreCase("shell"));
    if (month || company || !lexicon.mayTrigger(g.token(i)) || modifier || victims(g, i)
        || describesByPastAct(g, i) || widerToll(g, i) || disrupted(g, i)
        || isResultClause(g, i) || Figurative.isFigurative(g, i)) {
      return Optional.empty();
    }
    Set<String> modifiers = modifiers(g, i);
    // "seized the passengers' phones": taking belongings is looting, not taking ground.
    // "exchanged artillery with": fire both ways is a battle, whatever the weapon.
    boolean bothWays = g.token(i).lemma().equalsIgnoreCase("exchange");
    return lexicon.sense(g.token(i), modifiers)
        .map(sense -> refine(sense.type(), modifiers, bothWays))
        .filter(type -> !seizesContraband(g, i, type))
        .map(type -> seizesBelongings(g, i, type) ? SubEventType.LOOTING : type)
        .map(type -> type == SubEventType.ARRESTS && atAGathering(g, i, modifiers)
            ? SubEventType.PROTEST_WITH_INTERVENTION : type);
  }

  /**
   * "Police detained 12 students during a protest": arrests at a protest are how it was met. Not
   * arrests told of people in a clause ("activists who were detained in recent demonstrations"),
   * which are the protest's cause, told before.
   */
  private static boolean atAGathering(SentenceGraph g, int i, Set<String> modifiers) {
    return !g.relation(i).startsWith("acl") && g.token(i).isVerb()
        && modifiers.stream().anyMatch(GATHERINGS::contains);
  }

  /**
   * "the overall toll", "the toll from the war", "the toll in Gaza": a toll wider than one event.
   * Only "the (death) toll", or the toll of an act ("the toll from the bombing"), updates an event.
   */
  private boolean widerToll(SentenceGraph g, int i) {
    if (!HarmWords.toll(g.token(i).lemma())) {
      return false;
    }
    for (var d : g.sentence().basicChildren(i)) {
      String rel = d.relation();
      boolean ofAnAct = rel.startsWith("nmod") && lexicon.mayTrigger(g.token(d.dependent()));
      if (rel.startsWith("amod") || rel.startsWith("nmod") && !ofAnAct || rel.startsWith("acl")) {
        return true;
      }
    }
    return false;
  }

  /** "the wounded were taken to hospital": a participle used as a noun names people, not an act. */
  private static boolean victims(SentenceGraph g, int i) {
    String pos = g.token(i).pos();
    boolean participle = pos.equals("VBN") || pos.equals("JJ") || pos.equals("VBD");
    boolean afterThe = i > 0 && g.token(i - 1).word().equalsIgnoreCase("the");
    boolean nounNext = i + 1 < g.sentence().tokens().size() && g.token(i + 1).isNoun();
    return participle && afterThe && !nounNext;
  }

  /**
   * "relatives of detained fishermen", "families of abducted students", "the bodies of killed
   * soldiers": a past participle that opens a noun phrase (after "of", "the", "their", a number)
   * names people or things by what was done to them before, and tells no act of its own; the
   * sentence's act is another word ("held a sit-in", "marched"). A present participle still does
   * ("burning tyres": the tyres burn), and so does a body found mutilated ("the beheaded body of a
   * man was found": the killing is the event). Without the opening word, a participle before a
   * noun is as often a verb the parser took for one ("reportedly ambushed government forces").
   */
  private static boolean describesByPastAct(SentenceGraph g, int i) {
    String pos = g.token(i).pos();
    String word = g.token(i).word().toLowerCase(Locale.ROOT);
    boolean pastParticiple = pos.equals("VBN") || pos.equals("JJ") && word.endsWith("ed");
    int head = g.head(i);
    if (!pastParticiple || !g.relation(i).equals("amod") || head <= i || !g.token(head).isNoun()
        || i == 0 || BODIES.contains(g.token(head).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    String before = g.token(i - 1).pos();
    return before.equals("DT") || before.equals("PRP$") || before.equals("CD")
        || before.equals("IN") || before.equals("POS");
  }

  /**
   * "A bomb planted near the market was defused", "found an IED": a device found, defused or
   * seized did not go off, so its noun tells no explosion; the verb tells the disrupted use.
   */
  private static boolean disrupted(SentenceGraph g, int i) {
    if (!g.token(i).isNoun()) {
      return false;
    }
    int head = g.head(i);
    String rel = g.relation(i);
    // "a bomb planted near the market was defused": the parser may make the participle that
    // describes the device a clause of its own, the device its subject and the clause the
    // subject of the verb.
    if (head >= 0 && g.token(head).pos().equals("VBN") && rel.startsWith("nsubj")
        && g.relation(head).startsWith("csubj")) {
      rel = "nsubj:pass";
      head = g.head(head);
    }
    return head >= 0 && g.token(head).isVerb()
        && (rel.equals("obj") || rel.startsWith("nsubj:pass"))
        && DISRUPTING.contains(g.token(head).lemma().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> DISRUPTING = Set.of(
      "defuse", "dismantle", "deactivate", "disarm", "neutralise", "neutralize", "find",
      "discover", "recover", "seize", "uncover", "intercept", "confiscate");

  /** What is found of the dead: "the beheaded body", "mutilated corpses". */
  private static final Set<String> BODIES = Set.of("body", "corpse", "remains", "head");

  /** Things taken that are neither land nor people: "seized his laptop", "seized power". */
  private static final Set<String> BELONGINGS = Set.of(
      "laptop", "computer", "phone", "telephone", "camera", "document", "passport", "money",
      "cash", "goods", "property", "equipment", "power", "land", "livestock", "cattle",
      "asset", "account", "license", "licence", "footage", "card", "device", "file", "data");

  /** "seized three tons of marijuana": a seizure of contraband is law enforcement, no event. */
  private static final Set<String> CONTRABAND = Set.of(
      "drug", "marijuana", "cocaine", "heroin", "cannabis", "contraband", "cigarette", "alcohol",
      "ton", "kilogram", "kg", "pound");

  private static boolean seizesContraband(SentenceGraph g, int i, SubEventType type) {
    boolean taking = type == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
        || type == SubEventType.GOVERNMENT_REGAINS_TERRITORY || type == SubEventType.DISRUPTED_WEAPONS_USE;
    return taking && takes(g, i, CONTRABAND);
  }

  private static boolean seizesBelongings(SentenceGraph g, int i, SubEventType type) {
    boolean territory = type == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
        || type == SubEventType.GOVERNMENT_REGAINS_TERRITORY;
    return territory && takes(g, i, BELONGINGS);
  }

  /** Whether what the verb takes is one of {@code things}. */
  private static boolean takes(SentenceGraph g, int i, Set<String> things) {
    return g.exact(i, "obj").stream()
        .anyMatch(o -> things.contains(g.token(o).lemma().toLowerCase(Locale.ROOT)));
  }

  /** Heads of which an event word is the kind: "the protest action"; "sit-in" split as "sit in". */
  private static final Set<String> GENERIC_HEADS = Set.of("action", "actions", "event", "incident", "operation", "in");

  /** "fired mortars at": a fight at a distance, which ACLED codes as shelling. */
  private static final Set<String> HEAVY_WEAPONS = Set.of(
      "mortar", "mortars", "artillery", "rockets", "rocket", "missiles", "missile", "shells",
      "launchers", "launcher", "howitzers", "howitzer", "cannon", "cannons", "rpg", "rpgs",
      "propelled");
  private static final Set<String> CROWD_CONTROL = Set.of(
      "teargas", "tear-gas", "tear", "gas", "cannon", "cannons", "rubber", "pellets", "stun", "batons");
  /** Gatherings at which arrests are the police's answer to a protest. */
  private static final Set<String> GATHERINGS = Set.of(
      "protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "march",
      "marches", "sit-in", "vigil", "picket", "protesters", "demonstrators", "protestors");
  /**
   * "targeted rebel positions with heavy artillery fire": the parser often hangs the weapon's
   * "with" phrase on the object rather than the verb. Taken as what the act was done with only
   * when it names a weapon, since "attacked a man with a limp" names none.
   */
  private static void withAWeapon(SentenceGraph g, int object, Set<String> out) {
    for (Dependency n : g.sentence().basicChildren(object)) {
      if (!n.relation().startsWith("nmod")) {
        continue;
      }
      List<Dependency> phrase = g.sentence().basicChildren(n.dependent());
      boolean with = phrase.stream().anyMatch(c -> c.relation().equals("case")
          && g.token(c.dependent()).word().equalsIgnoreCase("with"));
      List<String> words = new ArrayList<>();
      words.add(g.token(n.dependent()).word().toLowerCase(Locale.ROOT));
      phrase.stream().filter(c -> c.relation().equals("compound") || c.relation().equals("amod"))
          .forEach(c -> words.add(g.token(c.dependent()).word().toLowerCase(Locale.ROOT)));
      boolean weapon = words.stream().anyMatch(w -> HEAVY_WEAPONS.contains(w)
          || GRENADES.contains(w) || PLANTED_EXPLOSIVES.contains(w));
      if (with && weapon) {
        out.add("with");
        for (String w : words) {
          out.add(w);
          out.add(WITH + w);
        }
      }
    }
  }

  /** Marks a word of the phrase an act was done with ("with a grenade") among the modifiers. */
  private static final String WITH = "with:";
  private static final Set<String> GRENADES = Set.of("grenade", "grenades");
  private static final Set<String> LAUNCHED_OR_DROPPED = Set.of(
      "launcher", "launchers", "rpg", "rpgs", "rocket-propelled", "propelled", "drone", "drones",
      "uav", "quadcopter", "air", "aerial");
  private static final Set<String> PLANTED_EXPLOSIVES = Set.of(
      "ied", "ieds", "landmine", "landmines", "roadside", "improvised");
  /** Explosives an attack may be named by; a bomb may also fall from the air. */
  private static final Set<String> EXPLOSIVES = Set.of(
      "ied", "ieds", "landmine", "landmines", "roadside", "improvised", "bomb", "bombs",
      "explosive", "explosives");
  private static final String ARSON = "arson";
  /** Who strikes from the air, so that their bombs fall rather than are planted. */
  private static final Set<String> AIRCRAFT = Set.of(
      "warplane", "warplanes", "jet", "jets", "aircraft", "plane", "planes", "helicopter",
      "helicopters", "drone", "drones", "air", "aerial");

  /** Small-arms fire, named beside explosions. */
  private static final Set<String> GUNFIRE = Set.of(
      "shots", "gunshots", "gunfire", "bursts", "shooting", "shootings", "firing");

  /** The words that make a gas a police weapon against a crowd. */
  private static final Set<String> CROWD_GASES = Set.of("tear", "pepper");
  /**
   * What a fired weapon holds, read from its object: a crowd's gases and stun charges, and
   * chemical agents.
   */
  private static final Set<String> WEAPON_CONTENTS = Set.of(
      "tear", "pepper", "gas", "chemical", "chlorine", "sarin", "mustard", "stun");
  /** Nouns of an amount fired, whose "of" phrase names what was fired. */
  private static final Set<String> AMOUNTS = Set.of(
      "barrage", "volley", "salvo", "hail", "round", "burst", "string", "series", "wave", "dozen",
      "dozens", "score", "scores", "number", "hundreds", "handful");
  /** Marks a fired object that is "heavy weapons" among a token's modifiers. */
  private static final String HEAVY_WEAPONS_FIRED = "heavy weapons";

  /** "fired heavy weapons at the positions": weapons called heavy. */
  private static boolean isHeavyWeapons(SentenceGraph g, int object) {
    return g.token(object).lemma().equalsIgnoreCase("weapon") && g.sentence().basicChildren(object)
        .stream().anyMatch(c -> c.relation().equals("amod")
            && g.token(c.dependent()).word().equalsIgnoreCase("heavy"));
  }

  private static final Set<String> SMALL_ARMS = Set.of(
      "arms", "guns", "gun", "rifles", "rifle", "weapons", "pistols", "kalashnikovs");
  static final Set<String> RESULT_VERBS = Set.of(
      "kill", "capture", "wound", "injure", "abduct", "kidnap", "detain");

  /**
   * "attacked the posts, killing 13 and capturing 20": a participle that tells the outcome of
   * another act is its count, not an event of its own.
   */
  private static boolean isResultClause(SentenceGraph g, int i) {
    var t = g.token(i);
    String rel = g.relation(i);
    return t.pos().equals("VBG") && RESULT_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))
        && (rel.startsWith("advcl") || rel.startsWith("xcomp") || rel.startsWith("conj")
            || rel.startsWith("acl") || rel.equals("dep"));
  }

  /** Lower-cased words that modify a token, and the word before it. */
  private static Set<String> modifiers(SentenceGraph g, int i) {
    Set<String> out = new HashSet<>();
    for (Dependency d : g.sentence().basicChildren(i)) {
      String child = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      out.add(child);
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
            }
          }
        }
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
          if (c.relation().startsWith("conj") || demandOfTheSubject || launched
              || c.relation().equals("compound") && WEAPON_CONTENTS.contains(word)) {
            out.add(word);
          }
        }
        // "fired a barrage of rockets", "a volley of mortar shells": an amount names no weapon;
        // the weapons are in its "of" phrase.
        if (AMOUNTS.contains(g.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
          for (Dependency c : g.sentence().basicChildren(d.dependent())) {
            if (c.relation().startsWith("nmod")) {
              out.add(g.token(c.dependent()).word().toLowerCase(Locale.ROOT));
              g.sentence().basicChildren(c.dependent()).stream()
                  .filter(w -> w.relation().equals("compound"))
                  .forEach(w -> out.add(g.token(w.dependent()).word().toLowerCase(Locale.ROOT)));
            }
          }
        }
        withAWeapon(g, d.dependent(), out);
        if (d.dependent() > 0) {
          String before = g.token(d.dependent() - 1).word().toLowerCase(Locale.ROOT);
          if (WEAPON_CONTENTS.contains(before)) {
            out.add(before);
          }
        }
      }
    }
    if (i > 0) {
      out.add(g.token(i - 1).word().toLowerCase(Locale.ROOT));
    }
    int head = g.head(i);
    String rel = g.relation(i);
    // "a bomb exploded", "planted a bomb": the verb says what kind of thing the noun is;
    // "burning tyres": the noun says what burned.
    if (head >= 0 && (rel.equals("compound") || rel.startsWith("nsubj") || rel.equals("obj")
        || rel.equals("amod"))) {
      out.add(g.token(head).word().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static SubEventType refine(SubEventType type, Set<String> modifiers, boolean bothWays) {
    if (modifiers.contains("suicide")) {
      return SubEventType.SUICIDE_BOMB;
    }
    // Tear gas and pepper gas are how police disperse a crowd, which ACLED codes as a protest
    // met with intervention, not as a chemical weapon.
    // "used water cannon and tear gas": gas beside a crowd's weapons is theirs too.
    boolean crowdGas = modifiers.stream().anyMatch(w -> CROWD_GASES.contains(w)
        || w.equals("cannon") || w.equals("batons") || w.equals("rubber"));
    if (modifiers.contains("chemical") || modifiers.contains("gas") && !crowdGas
        || modifiers.contains("chlorine") || modifiers.contains("sarin")
        || modifiers.contains("mustard")) {
      return SubEventType.CHEMICAL_WEAPON;
    }
    boolean explosive = type == SubEventType.REMOTE_EXPLOSIVE || type == SubEventType.AIR_DRONE_STRIKE
        && !modifiers.contains("drone") && !modifiers.contains("drones") && !modifiers.contains("air");
    if (explosive && (modifiers.contains("car") || modifiers.contains("roadside")
        || modifiers.contains("ied"))) {
      return SubEventType.REMOTE_EXPLOSIVE;
    }
    // "explosions and shots", "explosions/bursts of fire": explosions heard with small-arms fire
    // are a fight at the front, not a bomb.
    if (type == SubEventType.REMOTE_EXPLOSIVE && modifiers.stream().anyMatch(GUNFIRE::contains)) {
      return SubEventType.ARMED_CLASH;
    }
    if (type == SubEventType.ARMED_CLASH && (modifiers.contains("terror")
        || modifiers.contains("terrorist"))) {
      // "a terror attack" is aimed at civilians; a target named armed makes it a battle again.
      return SubEventType.ATTACK;
    }
    // "fired teargas at the crowd", "fired rubber bullets at protesters": a crowd dispersed.
    if (type == SubEventType.ARMED_CLASH && modifiers.stream().anyMatch(CROWD_CONTROL::contains)) {
      return SubEventType.PROTEST_WITH_INTERVENTION;
    }
    // "attacked a shopkeeper with a grenade", "targeted a vehicle with an IED": the weapon types
    // the attack (after the crowd's weapons: a stun grenade disperses a crowd).
    boolean attack = type == SubEventType.ARMED_CLASH || type == SubEventType.ATTACK;
    // A grenade dropped from a drone is an air strike, one fired from a launcher a rocket.
    boolean launchedOrDropped = modifiers.stream().anyMatch(LAUNCHED_OR_DROPPED::contains);
    if (attack && !launchedOrDropped && GRENADES.stream().anyMatch(w -> modifiers.contains(WITH + w))) {
      return SubEventType.GRENADE;
    }
    if (attack && PLANTED_EXPLOSIVES.stream().anyMatch(w -> modifiers.contains(WITH + w))) {
      return SubEventType.REMOTE_EXPLOSIVE;
    }
    // "a bomb attack": planted, unless aircraft dropped it or it was a mortar's.
    if (attack && EXPLOSIVES.stream().anyMatch(w -> modifiers.contains(WITH + w))
        && modifiers.stream().noneMatch(w -> AIRCRAFT.contains(w) || HEAVY_WEAPONS.contains(w))) {
      return SubEventType.REMOTE_EXPLOSIVE;
    }
    if (attack && modifiers.contains(WITH + ARSON)) {
      return SubEventType.LOOTING;
    }
    // Heavy weapons fired from afar are shelling; fired with small arms, a fight at close range.
    // "Heavy weapons" are heavy, though "weapons" alone would be the small arms of a fight.
    boolean heavyWeapons = modifiers.contains(HEAVY_WEAPONS_FIRED);
    if (type == SubEventType.ARMED_CLASH && !bothWays
        && (heavyWeapons || modifiers.stream().anyMatch(HEAVY_WEAPONS::contains))
        && modifiers.stream().filter(w -> !(heavyWeapons && w.equals("weapons")))
            .noneMatch(SMALL_ARMS::contains)) {
      return SubEventType.SHELLING_ARTILLERY_MISSILE;
    }
    if (modifiers.contains("drone") || modifiers.contains("air") || modifiers.contains("aerial")) {
      return type.eventType() == SubEventType.ARMED_CLASH.eventType()
          || type == SubEventType.REMOTE_EXPLOSIVE ? SubEventType.AIR_DRONE_STRIKE : type;
    }
    return type;
  }
}
