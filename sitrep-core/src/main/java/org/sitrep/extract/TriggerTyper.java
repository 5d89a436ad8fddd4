package org.sitrep.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.internal.HarmWords;
import org.sitrep.internal.WordFamilies;
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
    if (month || company || modifier) {
      return Optional.empty();
    }
    // Counted fire is the event itself, not the colour of one told elsewhere ("residents heard
    // explosions", which Figurative sets aside).
    Optional<SubEventType> witnessed = WitnessedFire.of(g, i);
    if (witnessed.isPresent()) {
      return witnessed;
    }
    // "The TTP claimed responsibility", "two more soldiers died": acts no lexicon word names.
    Optional<SubEventType> pointer = BareClaims.of(g, i).or(() -> Dying.of(g, i));
    if (pointer.isPresent()) {
      return pointer;
    }
    // "Fatalities coded as 1 (a source reported 1 fatality)": a coder's remark on the count, not
    // the count a note ends with.
    if (HarmWords.countOnly(g.token(i).word())
        && !Statements.countLine(g.sentence())) {
      return Optional.empty();
    }
    if (!lexicon.mayTrigger(g.token(i)) || victims(g, i)
        || describesByPastAct(g, i) || widerToll(g, i) || disrupted(g, i)
        || isResultClause(g, i) || Figurative.isFigurative(g, i) || brokeUpByItself(g, i)
        || selfBlownUp(g, i) || GunfireAsMeans.of(g, i)) {
      return Optional.empty();
    }
    Set<String> modifiers = WeaponWords.modifiers(g, i);
    modifiers.addAll(BroughtDown.weapons(g, i));
    if (WeaponWords.dispersingGrenade(g, i, modifiers) || firedIntoTheAir(g, i)) {
      return Optional.empty();
    }
    // "seized the passengers' phones": taking belongings is looting, not taking ground.
    // "exchanged artillery with": fire both ways is a battle, whatever the weapon.
    boolean bothWays = g.token(i).lemma().equalsIgnoreCase("exchange");
    return lexicon.sense(g.token(i), modifiers)
        .map(sense -> WeaponTypes.refine(sense.type(), modifiers, bothWays))
        .map(type -> ChemicalAgents.refine(g, i, type))
        .filter(type -> !seizesContraband(g, i, type))
        .filter(type -> !(captivity(type) && releaseSought(g, i)))
        .map(type -> seizesBelongings(g, i, type) ? SubEventType.LOOTING : type)
        .map(type -> territory(type) && unopposed(g, i) ? SubEventType.NON_VIOLENT_TRANSFER : type)
        .map(type -> territory(type) && TakenGround.crowdDriven(g, i)
            ? SubEventType.PROTEST_WITH_INTERVENTION : type)
        .map(type -> type == SubEventType.ARRESTS && atAGathering(g, i, modifiers)
            ? SubEventType.PROTEST_WITH_INTERVENTION : type)
        .map(type -> Disposal.of(g, i) ? SubEventType.DISRUPTED_WEAPONS_USE : type);
  }

  /**
   * "fired their rifles into the air", "fired warning shots": shots aimed at no one are no attack
   * and no strike from the air; at a protest they are how the crowd was met, which the protest's
   * own words tell.
   */
  static boolean firedIntoTheAir(SentenceGraph g, int i) {
    if (!g.token(i).isVerb() || !SHOOTING.contains(g.token(i).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean upward = java.util.stream.Stream.of("obl:in", "obl:into")
        .flatMap(rel -> g.exact(i, rel).stream())
        .anyMatch(o -> SKYWARD.contains(g.token(o).lemma().toLowerCase(Locale.ROOT)));
    boolean warning = g.exact(i, "obj").stream()
        .flatMap(o -> java.util.stream.Stream.of("amod", "compound")
            .flatMap(r -> g.exact(o, r).stream()))
        .anyMatch(a -> g.token(a).lemma().equalsIgnoreCase("warning"));
    return upward || warning;
  }

  private static final Set<String> SKYWARD = Set.of("air", "sky");
  /** Verbs of shooting, with a weapon named or not: "fired into the air", "shot in the air". */
  static final Set<String> SHOOTING = Set.of("fire", "shoot");

  /**
   * "A gas cylinder blew up", "the talks blew up": with nothing blown up by someone (no object,
   * no passive subject) the verb tells a blast or a failure, not an act; "blew up balloons" and
   * "blew up a photo" fill or enlarge.
   */
  private static boolean selfBlownUp(SentenceGraph g, int i) {
    if (!g.token(i).lemma().equalsIgnoreCase("blow")) {
      return false;
    }
    java.util.List<Integer> blown = new java.util.ArrayList<>(g.exact(i, "obj"));
    blown.addAll(g.exact(i, "nsubj:pass"));
    return blown.isEmpty() || blown.stream().allMatch(o ->
        INFLATED.contains(g.token(o).lemma().toLowerCase(Locale.ROOT)));
  }

  private static final Set<String> INFLATED = Set.of("balloon", "tyre", "tire", "photo",
      "photograph", "picture", "image", "mattress");

  /**
   * "Police detained 12 students during a protest": arrests at a protest are how it was met. Not
   * arrests told of people in a clause ("activists who were detained in recent demonstrations"),
   * which are the protest's cause, told before.
   */
  private static boolean atAGathering(SentenceGraph g, int i, Set<String> modifiers) {
    return !g.relation(i).startsWith("acl") && g.token(i).isVerb()
        && modifiers.stream().anyMatch(GATHERINGS::contains);
  }

  private static boolean captivity(SubEventType type) {
    return type == SubEventType.ARRESTS || type == SubEventType.ABDUCTION;
  }

  /** How far up from a taking the release sought may stand: "release of those arrested". */
  private static final int RELEASE_REACH = 3;

  /**
   * "demanded the release of activists who had been detained", "calls for the release of those
   * abducted": people whose release is sought were taken before the story, which tells the
   * demand, not their capture.
   */
  private static boolean releaseSought(SentenceGraph g, int i) {
    int node = g.head(i);
    for (int step = 0; node >= 0 && step < RELEASE_REACH; step++, node = g.head(node)) {
      if (g.token(node).isNoun() && g.token(node).lemma().equalsIgnoreCase("release")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the overall toll", "the toll from the war", "the toll in Gaza": a toll wider than one event.
   * Only "the (death) toll", the toll of an act ("the toll from the bombing"), or one source's
   * figure against another's ("a lower toll of six dead") updates an event.
   */
  private boolean widerToll(SentenceGraph g, int i) {
    if (!HarmWords.toll(g.token(i).lemma())) {
      return false;
    }
    for (var d : g.sentence().basicChildren(i)) {
      String rel = d.relation();
      int dep = d.dependent();
      boolean ofAnAct = rel.startsWith("nmod") && lexicon.mayTrigger(g.token(dep));
      boolean contrast = rel.startsWith("amod") && HarmWords.contrastsFigure(g.token(dep).word());
      boolean ofTheDead = rel.startsWith("nmod") && (g.token(dep).pos().equals("CD")
          || !g.exact(dep, "nummod").isEmpty());
      if (contrast || ofTheDead) {
        continue;
      }
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
   * seized did not go off, so its noun tells no explosion; the verb tells the disrupted use. So
   * too drones or missiles shot down ({@link BroughtDown}).
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
    // "defused a bomb planted on a road": or the participle a loose dependent of the verb.
    if (head >= 0 && g.token(head).pos().equals("VBN") && rel.startsWith("nsubj")
        && (g.relation(head).startsWith("csubj") || g.relation(head).equals("dep"))) {
      rel = g.relation(head).equals("dep") ? "obj" : "nsubj:pass";
      head = g.head(head);
    }
    return head >= 0 && g.token(head).isVerb()
        && (rel.equals("obj") || rel.startsWith("nsubj:pass"))
        && DISRUPTING.contains(g.token(head).lemma().toLowerCase(Locale.ROOT))
        || Disposal.unexploded(g, i) || BroughtDown.isBroughtDown(g, i);
  }

  private static final Set<String> DISRUPTING = Set.of(
      "defuse", "dismantle", "deactivate", "disarm", "neutralise", "neutralize", "find",
      "discover", "recover", "seize", "capture", "uncover", "intercept", "confiscate", "destroy");

  /** What is found of the dead: "the beheaded body", "mutilated corpses". */
  private static final Set<String> BODIES = Set.of("body", "corpse", "remains", "head");

  /** Things taken that are neither land nor people: "seized his laptop", "seized power". */
  private static final Set<String> BELONGINGS = Set.of(
      "laptop", "computer", "phone", "telephone", "camera", "document", "passport", "money",
      "cash", "goods", "property", "equipment", "power", "land", "livestock", "cattle",
      "asset", "account", "license", "licence", "footage", "card", "device", "file", "data",
      "bike", "motorbike", "motorcycle", "bicycle", "car", "vehicle", "truck", "lorry", "bus",
      "boat", "cargo", "shipment", "consignment", "fuel", "food", "aid", "crop", "harvest");

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
    return territory(type) && takes(g, i, BELONGINGS);
  }

  private static boolean territory(SubEventType type) {
    return type == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
        || type == SubEventType.GOVERNMENT_REGAINS_TERRITORY;
  }

  /**
   * "took control of the area without a fight", "seized the base unopposed": ground taken with
   * no fighting is, in ACLED's codebook, a non-violent transfer. (Taken "after the army
   * withdrew" stays a takeover, as a town falling to the side that moves in.)
   */
  private static boolean unopposed(SentenceGraph g, int i) {
    String words = g.subtree(i).stream()
        .mapToObj(k -> g.token(k).word().toLowerCase(Locale.ROOT))
        .collect(java.util.stream.Collectors.joining(" "));
    // "without meeting resistance", "met no resistance": the same told with a verb of meeting.
    return words.matches(".*\\b(without ((meeting|encountering|facing) )?(a |any )?(fight|fighting"
        + "|resistance|a shot|firing a shot|bloodshed|clashes)|unopposed|uncontested"
        + "|(met|meeting|encountered|encountering|faced|facing) no (resistance|opposition))"
        + "\\b.*");
  }

  /** Whether what the verb takes is one of {@code things}. */
  private static boolean takes(SentenceGraph g, int i, Set<String> things) {
    return g.exact(i, "obj").stream()
        .anyMatch(o -> things.contains(g.token(o).lemma().toLowerCase(Locale.ROOT)));
  }

  /** Heads of which an event word is the kind: "the protest action"; "sit-in" split as "sit in". */
  private static final Set<String> GENERIC_HEADS = Set.of("action", "actions", "event", "incident", "operation", "in");

  /** Gatherings at which arrests are the police's answer to a protest. */
  private static final Set<String> GATHERINGS = Set.of(
      "protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "march",
      "marches", "sit-in", "vigil", "picket", "protesters", "demonstrators", "protestors");
  /**
   * "Police in riot gear cordoned off the avenue": force on a crowd that the sentence does not
   * name, by a word or a pronoun, is no intervention the detector may add; police at the scene of
   * a blast meet no protest.
   */
  static boolean noCrowdMet(SentenceGraph g, SubEventType type) {
    if (type != SubEventType.PROTEST_WITH_INTERVENTION && type != SubEventType.EXCESSIVE_FORCE) {
      return false;
    }
    return g.sentence().tokens().stream().map(t -> t.word().toLowerCase(Locale.ROOT))
        .noneMatch(w -> GATHERINGS.contains(w) || CROWDS.contains(w));
  }

  /**
   * "The crowd later dispersed peacefully": a crowd that went home was met by no one. Police
   * who dispersed it tell whom ("dispersed the crowd"), or the crowd "was dispersed".
   */
  static boolean brokeUpByItself(SentenceGraph g, int i) {
    String lemma = g.token(i).lemma().toLowerCase(Locale.ROOT);
    if (!(lemma.equals("disperse") || lemma.equals("scatter")) || !g.token(i).isVerb()
        || !g.exact(i, "obj").isEmpty() || !g.exact(i, "aux:pass").isEmpty()) {
      return false;
    }
    // "marched through the town before dispersing peacefully": a gerund of the crowd's own
    // account (which the parser may hang on a noun), with no one named who dispersed it.
    if (g.token(i).pos().equals("VBG")
        && (g.relation(i).startsWith("advcl") || g.relation(i).startsWith("acl"))
        && g.exact(i, "nsubj").isEmpty() && g.exact(i, "nsubj:xsubj").isEmpty()) {
      return true;
    }
    return g.exact(i, "nsubj").stream().anyMatch(s -> {
          String w = g.token(s).word().toLowerCase(Locale.ROOT);
          // "hundreds of women ... dispersed after the governor spoke": whoever gathered, so long
          // as they are not the force that might have dispersed others.
          return CROWDS.contains(w) || GATHERINGS.contains(w)
              || g.token(s).pos().equals("NNS") && !armedPeople(g, s)
                  && !AgentFinder.namesArmedMakers(w) && !FORCES.contains(w);
        });
  }

  /** Who disperses others, and then does not disperse by leaving. */
  private static final Set<String> FORCES = Set.of("forces", "officers", "authorities",
      "guards", "personnel", "units");

  /** Who a crowd met with force is, or the pronoun that stands for them. */
  private static final Set<String> CROWDS = Set.of("crowd", "crowds", "gathering", "gatherings",
      "mob", "mobs", "rioters", "marchers", "strikers", "students", "workers", "them", "they",
      "those", "people", "residents", "youths", "supporters", "activists");

  static final Set<String> RESULT_VERBS = Set.of(
      "kill", "capture", "wound", "injure", "abduct", "kidnap", "detain");

  /**
   * "attacked the posts, killing 13 and capturing 20": a participle that tells the outcome of
   * another act is its count, not an event of its own.
   */
  private boolean isResultClause(SentenceGraph g, int i) {
    var t = g.token(i);
    String rel = g.relation(i);
    return t.pos().equals("VBG") && RESULT_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))
        && hangsOnAnotherVerb(rel) && toldAnAct(g, g.head(i))
        && (!armedMaker(g, g.head(i)) || actWordBesides(g, g.head(i), i)) || leftBehind(g, i);
  }

  private static final WordFamilies ARMED = WordFamilies.bundled(TriggerTyper.class,
      "armed-people.tsv", Set.of("people", "armed"));

  /** Whether the verb's subject is people who bear arms: "gunmen", "armed men". */
  private static boolean armedMaker(SentenceGraph g, int verb) {
    return verb >= 0 && g.exact(verb, "nsubj").stream().anyMatch(s -> armedPeople(g, s));
  }

  /** Whether the noun names people who bear arms: "gunmen", "a policeman", "armed men". */
  static boolean armedPeople(SentenceGraph g, int noun) {
    return ARMED.has("people", g.token(noun).word().toLowerCase(Locale.ROOT))
        || g.exact(noun, "amod").stream().anyMatch(a ->
            ARMED.has("armed", g.token(a).word().toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether the clause a result participle hangs on holds a word of an act besides the
   * participle: "attacked the posts, killing 13", "a bomb tore through a bus, killing six". In
   * "gunmen swept through the market, killing six" no other word names the act, so the killing
   * is the event (when armed people did it), not the count of one no rule would find.
   */
  private boolean actWordBesides(SentenceGraph g, int verb, int participle) {
    if (verb < 0) {
      return true;
    }
    Set<String> words = new java.util.HashSet<>();
    g.words().forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
    java.util.BitSet own = g.subtree(participle);
    java.util.BitSet clause = g.subtree(verb);
    // "invaded three villages, killing 12 and abducting 30": another outcome hung on the same
    // verb is no act besides them; each would otherwise make the other a mere count.
    for (int k = clause.nextSetBit(0); k >= 0; k = clause.nextSetBit(k + 1)) {
      if (k != participle && g.head(k) == verb && g.token(k).pos().equals("VBG")
          && RESULT_VERBS.contains(g.token(k).lemma().toLowerCase(Locale.ROOT))) {
        own.or(g.subtree(k));
      }
    }
    for (int j = clause.nextSetBit(0); j >= 0; j = clause.nextSetBit(j + 1)) {
      if (!own.get(j) && lexicon.mayTrigger(g.token(j), words)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb a result clause hangs on tells more than an errand: "Police launched an
   * operation in Qqq, killing 15 gang members" names no act but the killing, which is the event;
   * "attacked the posts, killing 13" or "bombs exploded, killing seven" tell the act before.
   */
  private static boolean toldAnAct(SentenceGraph g, int verb) {
    return verb < 0 || g.exact(verb, "obj").stream()
        .noneMatch(o -> OPERATIONS.contains(g.token(o).lemma().toLowerCase(Locale.ROOT)));
  }

  /** What forces carry out that is no act of violence by its name. */
  private static final Set<String> OPERATIONS = Set.of("operation", "crackdown", "sweep",
      "mission", "manhunt", "search");

  private static boolean hangsOnAnotherVerb(String rel) {
    return rel.startsWith("advcl") || rel.startsWith("xcomp") || rel.startsWith("conj")
        || rel.startsWith("acl") || rel.equals("dep");
  }

  /**
   * "clashed on Sunday, leaving two dead and nine injured", "the blast left 12 people injured":
   * what an act leaves behind is its toll, however the parser joins the counts. The act is the
   * verb a participle of "leave" hangs on, or the subject of "leave" when that is a trigger word.
   */
  private boolean leftBehind(SentenceGraph g, int i) {
    int node = g.firstConjunct(i);
    int leave = g.head(node);
    String rel = g.relation(node);
    // The parser hangs the counts on "leave" as its object, a complement or a loose dependent.
    if (leave < 0 || !(rel.equals("obj") || rel.startsWith("xcomp") || rel.equals("dep"))
        || !g.token(leave).lemma().equalsIgnoreCase("leave")) {
      return false;
    }
    return g.token(leave).pos().equals("VBG") && hangsOnAnotherVerb(g.relation(leave))
        || g.exact(leave, "nsubj").stream().anyMatch(s -> lexicon.mayTrigger(g.token(s)));
  }

}
