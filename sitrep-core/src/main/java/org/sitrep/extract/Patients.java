package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whom an act was done to: the object of a verb of harm or its "at", "on" and "against" phrases,
 * those a killing names ("the killing of four soldiers"), who met a device ("stepped on a
 * landmine"), and the victims an outcome clause names ("..., killing three policemen"). Read by
 * {@link ArgumentFinder}, which settles the two sides from them and from the agents.
 */
final class Patients {
  /** Verbs whose subject met the device that is their object or "on" phrase. */
  private static final Set<String> MEETING_A_DEVICE = Set.of("step", "tread", "run", "drive");
  /** Verbs of making a deal, whose object is the deal and not a party to it. */
  private static final Set<String> AGREEING = Set.of("sign", "agree", "reach", "conclude");
  /** Verbs of a purpose clause whose object is whom the force was used on. */
  private static final Set<String> DRIVING_OFF = Set.of("disperse", "scatter", "repel", "repulse");

  private Patients() {}

  /** The heads of the phrases that name whom the trigger's act was done to. */
  static List<Integer> of(SentenceGraph g, int trigger, int carrier) {
    List<Integer> out = new ArrayList<>();
    // "shot dead between three and five protesters": a range the parser hangs on "between".
    List<String> verbRels = List.of("obj", "nsubj:pass", "obl:against", "obl:on", "obl:with",
        "obl:at", "obl:upon", "obl:targeting", "obl:between");
    List<String> nounRels = List.of("nmod:against", "nmod:on", "nmod:with", "nmod:upon",
        "nmod:targeting", "obl:against", "obl:on");
    List<String> rels = new ArrayList<>(g.token(trigger).isNoun() ? nounRels : verbRels);
    if (g.token(trigger).isNoun() && HARM_NOUNS.contains(lemma(g, trigger))) {
      // "the killing of four soldiers": those killed.
      rels.add("nmod:of");
    }
    if (g.token(trigger).isNoun() && ArgumentFinder.SUFFERED.contains(lemma(g, trigger))) {
      rels.add("nmod:poss");
    }
    // "surrendered to the army", "the surrender of 60 fighters to the army": whom they gave
    // themselves up to is the other side.
    if (AgentFinder.GIVING_UP.contains(lemma(g, trigger))) {
      rels.add(g.token(trigger).isNoun() ? "nmod:to" : "obl:to");
    }
    // "set fire to a police station": what the fire was set to.
    if (g.token(trigger).isVerb() && lemma(g, trigger).equals("set") && g.exact(trigger, "obj")
        .stream().anyMatch(o -> lemma(g, o).equals("fire"))) {
      rels.add("obl:to");
    }
    // "recaptured Kitui from the rebels": ground taken is the place, whom it was taken from the
    // other side.
    boolean taking = g.token(trigger).isVerb()
        && TakenGround.TAKING.contains(lemma(g, trigger));
    if (taking) {
      rels.add("obl:from");
    }
    for (String rel : rels) {
      // "opened fire on residents", "fired rockets at the base": the shots are not the target.
      // "assaulted traders at the market": once someone is the target, a site is where.
      boolean targetFound = !out.isEmpty();
      g.exact(trigger, rel).stream()
          .filter(p -> !rel.equals("nsubj:pass")
              || JoinedVerbs.subjectOfAPassiveBefore(g, trigger).isEmpty())
          .filter(p -> !rel.equals("obj") || !isMissile(g, p)
              // "fired grenade launchers at the positions": the weapons are not the target.
              && !WeaponWords.isWeapon(g.token(p).word()))
          .filter(p -> !(taking && rel.equals("obj") && (TakenGround.townTaken(g, p)
              || groundTakenFrom(g, trigger, p))))
          .filter(p -> !(rel.equals("obj") && TakenGround.townStormed(g, p)))
          .filter(p -> !(targetFound && rel.equals("obl:at") && Things.isSite(g.token(p).word())))
          // "surrendered to the army with their weapons", "attacked with mortars": what an act
          // is done or given up with is no side of it.
          .filter(p -> !(rel.endsWith(":with") && (WeaponWords.isInstrument(g.token(p).word())
              || Things.isMunition(g.token(p).word()))))
          .forEach(p -> add(out, g, p));
    }
    // "signed a ceasefire with the rebels", "agreed to a truce with the militia": the other
    // party is the one it was made with, which the parser hangs on the verb or on the deal; the
    // deal is no party.
    if (g.token(trigger).isVerb() && AGREEING.contains(lemma(g, trigger))) {
      List<Integer> deals = new ArrayList<>(g.exact(trigger, "obj"));
      deals.addAll(g.exact(trigger, "obl:to"));
      deals.forEach(d -> g.exact(d, "nmod:with").forEach(p -> add(out, g, p)));
      if (out.stream().anyMatch(p -> !deals.contains(p))) {
        out.removeAll(deals);
      }
    }
    // "seized two border posts from government forces": the parser may hang whom the ground was
    // taken from on the ground itself.
    if (taking) {
      g.exact(trigger, "obj").stream().filter(p -> groundTakenFrom(g, trigger, p))
          .forEach(p -> g.exact(p, "nmod:from").forEach(f -> add(out, g, f)));
      // "seized the town after heavy fighting with the army": whom they fought for it is whom
      // they took it from.
      // They come before the ground itself, which no side is.
      List<Integer> fought = new ArrayList<>();
      for (String rel : List.of("obl:after", "obl:following")) {
        g.exact(trigger, rel).stream()
            .filter(f -> ArgumentFinder.SYMMETRIC.contains(lemma(g, f)))
            .forEach(f -> g.exact(f, "nmod:with").forEach(p -> add(fought, g, p)));
      }
      out.removeAll(fought);
      out.addAll(0, fought);
    }
    // "stormed the port complex, triggering a gunbattle with security forces": whom the fight
    // the act set off was with is the other side, before what was stormed.
    if (g.token(trigger).isVerb()) {
      List<Integer> fought = foughtAfter(g, trigger);
      if (!fought.isEmpty()) {
        // "raided the camp, sparking gunfights with militants": the camp is where they fought.
        out.removeIf(p -> Things.isThing(g.token(p).word()));
      }
      for (int k = fought.size() - 1; k >= 0; k--) {
        out.remove(fought.get(k));
        out.add(0, fought.get(k));
      }
    }
    // "fired tear gas to disperse the protesters": whom a verb of force was used to drive off.
    if (out.isEmpty() && g.token(trigger).isVerb()) {
      for (String rel : List.of("advcl", "xcomp")) {
        g.dependents(trigger, rel).stream()
            .filter(c -> DRIVING_OFF.contains(lemma(g, c)))
            .forEach(c -> g.exact(c, "obj").forEach(p -> add(out, g, p)));
      }
    }
    if (g.token(trigger).isVerb() && REPELLING.contains(lemma(g, trigger))) {
      attackersOfWhatWasRepelled(g, trigger, out);
    }
    // "A soldier stepped on a landmine", "the truck ran over a mine": who met the device; and
    // what came under the act ("army posts came under shelling").
    int head = g.head(trigger);
    boolean metDevice = g.token(trigger).isNoun() && head >= 0
        && MEETING_A_DEVICE.contains(lemma(g, head))
        && (g.relation(trigger).startsWith("obl") || g.relation(trigger).equals("obj"));
    if (out.isEmpty() && (metDevice || cameUnder(g, trigger))) {
      g.exact(head, "nsubj").forEach(p -> add(out, g, p));
    }
    if (carrier != trigger) {
      List<String> carried = new ArrayList<>(List.of("obl:against", "obl:on", "obl:with",
          "obl:targeting"));
      if (Carriers.THROWING.contains(lemma(g, carrier))) {
        carried.add("obl:at");
      }
      for (String rel : carried) {
        g.exact(carrier, rel).forEach(p -> add(out, g, p));
      }
      // "a roadside bomb hit an army vehicle": what the weapon struck is the target.
      if (STRIKING.contains(lemma(g, carrier)) && g.relation(trigger).equals("nsubj")) {
        g.exact(carrier, "obj").forEach(p -> add(out, g, p));
      }
      if (Carriers.EXPERIENCE_VERBS.contains(lemma(g, carrier))) {
        g.exact(carrier, "nsubj").forEach(p -> add(out, g, p));
      }
    }
    return out;
  }

  /** Verbs of setting a fight off: "triggering a gunbattle", "sparking clashes". */
  private static final Set<String> SETTING_OFF = Set.of("trigger", "spark", "prompt", "provoke",
      "ignite");
  /** The sides a fight that the act set off was with: "triggering a gunbattle with troops". */
  private static List<Integer> foughtAfter(SentenceGraph g, int trigger) {
    List<Integer> out = new ArrayList<>();
    for (String rel : List.of("dep", "advcl", "xcomp", "conj")) {
      for (int c : g.dependents(trigger, rel)) {
        if (!SETTING_OFF.contains(lemma(g, c))) {
          continue;
        }
        for (int fight : g.exact(c, "obj")) {
          if (ArgumentFinder.SYMMETRIC.contains(lemma(g, fight))) {
            g.exact(c, "obl:with").forEach(p -> add(out, g, p));
            g.exact(fight, "nmod:with").forEach(p -> add(out, g, p));
          }
        }
      }
    }
    // "raided the camp on Tuesday, sparking gunfights with militants": the tagger may read the
    // participle as the fight's adjective, and the parser the fight as a second object.
    for (int fight : g.exact(trigger, "obj")) {
      if (ArgumentFinder.SYMMETRIC.contains(lemma(g, fight)) && g.exact(fight, "amod").stream()
          .anyMatch(a -> SETTING_OFF.contains(lemma(g, a)))) {
        g.exact(fight, "nmod:with").forEach(p -> add(out, g, p));
      }
    }
    return out;
  }

  /**
   * "army posts came under heavy shelling", "a convoy came under attack by gunmen": what came
   * under the act is what it was done to; only a "by" or "from" phrase names who did it.
   */
  static boolean cameUnder(SentenceGraph g, int trigger) {
    int head = g.head(trigger);
    return g.token(trigger).isNoun() && head >= 0 && lemma(g, head).equals("come")
        && g.exact(head, "obl:under").contains(trigger);
  }

  /** Verbs whose object is an attack the subject drove back. */
  private static final Set<String> REPELLING = Set.of("repel", "repulse", "foil", "thwart");
  /** Nouns of an attack, whose maker is the side that a verb of {@code REPELLING} met. */
  private static final Set<String> ATTACKS = Set.of("attack", "assault", "offensive", "raid",
      "attempt", "advance", "incursion", "infiltration", "ambush", "push", "onslaught");

  /**
   * "repelled 14 Russian assaults", "repulsed an attack by the rebels": the side met is who made
   * the attack, named by a "by" phrase the parser hung on the verb or by the name that modifies
   * it (its own "by" phrase is read by ArgumentFinder.actorHead); the attack itself is no side.
   * "Repulsed their attack" keeps the attack, whose pronoun the coding stage reads.
   */
  private static void attackersOfWhatWasRepelled(SentenceGraph g, int trigger, List<Integer> out) {
    for (int attack : g.exact(trigger, "obj")) {
      // "an attack by the rebels": ArgumentFinder.actorHead already names the attack's makers.
      if (!ATTACKS.contains(lemma(g, attack)) || ArgumentFinder.actorHead(g, attack) != attack) {
        continue;
      }
      List<Integer> makers = new ArrayList<>();
      if (g.exact(trigger, "aux:pass").isEmpty()) {
        makers.addAll(g.exact(trigger, "obl:by"));
      }
      if (makers.isEmpty()) {
        g.exact(attack, "amod").stream()
            .filter(a -> g.token(a).pos().startsWith("JJ")
                && Character.isUpperCase(g.token(a).word().charAt(0)))
            .forEach(makers::add);
      }
      if (!makers.isEmpty()) {
        int at = out.indexOf(attack);
        int maker = ArgumentFinder.actorHead(g, makers.get(0));
        if (at >= 0) {
          out.set(at, maker);
        } else {
          ArgumentFinder.addOnce(out, maker);
        }
      }
    }
  }

  /** Verbs whose subject, a weapon or an act, struck their object. */
  private static final Set<String> STRIKING = Set.of("hit", "strike", "target");
  private static final Set<String> HARM_NOUNS = Set.of(
      "killing", "slaying", "murder", "execution", "massacre", "assassination", "shooting",
      "abduction", "kidnapping", "beheading", "lynching", "arrest", "detention");
  private static final Set<String> MISSILES = Set.of(
      "fire", "shot", "round", "rocket", "missile", "mortar", "shell", "bullet", "grenade", "gas",
      "teargas", "volley", "barrage", "salvo", "projectile", "bomb", "drone", "artillery",
      "gunfire", "stone", "rock", "brick", "bottle", "cocktail", "firecracker");

  private static void add(List<Integer> out, SentenceGraph g, int phrase) {
    ArgumentFinder.addOnce(out, ArgumentFinder.actorHead(g, phrase));
  }

  private static String lemma(SentenceGraph g, int i) {
    return ArgumentFinder.lemma(g, i);
  }

  private static boolean isMissile(SentenceGraph g, int i) {
    return MISSILES.contains(lemma(g, i));
  }

  /** The object of an outcome clause ("..., killing two members of X") under the trigger. */
  static Optional<Integer> outcomeVictims(SentenceGraph g, int trigger, int carrier) {
    List<Integer> nodes = new ArrayList<>(List.of(trigger, carrier));
    // "A car bomb parked outside a station exploded, killing three": the parser may hang the
    // outcome on whatever verb the weapon is the subject of.
    if (g.token(trigger).isNoun() && g.relation(trigger).startsWith("nsubj")
        && g.head(trigger) >= 0) {
      nodes.add(g.head(trigger));
    }
    // "a bomb hit a vehicle, killing two soldiers", "hit a market in Kitui, killing 20": the
    // parser may hang the outcome on what was struck, or on where.
    // "ISWAP fighters on Sunday attacked Gwoza, killing seven": so too for a verb of attack.
    if (carrier != trigger && STRIKING.contains(lemma(g, carrier)) || g.token(trigger).isVerb()) {
      for (var d : g.sentence().basicChildren(carrier)) {
        String rel = g.relation(d.dependent());
        if (rel.equals("obj") || rel.startsWith("obl")) {
          nodes.add(d.dependent());
        }
      }
    }
    for (int node : nodes) {
      for (var d : g.sentence().basicChildren(node)) {
        var t = g.token(d.dependent());
        boolean harm = ArgumentFinder.HARMS.contains(t.lemma().toLowerCase(Locale.ROOT));
        if (t.pos().equals("VBG") && harm) {
          Optional<Integer> obj = g.exact(d.dependent(), "obj").stream().findFirst()
              .or(() -> Victims.objectReadAsSubject(g, d.dependent()));
          if (obj.isPresent()) {
            return Optional.of(ArgumentFinder.actorHead(g, obj.get()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "recaptured Bulo Burte from the militants", "seized the base from the army": what is taken
   * from someone named is the ground, a name or a thing, not a side; the side it was taken from
   * is. People taken ("seized two traders from their homes") stay the taken.
   */
  private static boolean groundTakenFrom(SentenceGraph g, int trigger, int taken) {
    // NER often reads a town it does not know as a person's name: no person is taken from a side.
    return (g.token(taken).isProperNoun() || Things.isThing(g.token(taken).word()))
        && (!g.exact(trigger, "obl:from").isEmpty() || !g.exact(taken, "nmod:from").isEmpty());
  }
}
