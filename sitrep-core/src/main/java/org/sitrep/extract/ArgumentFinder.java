package org.sitrep.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Evidence;

/**
 * Takes a trigger's participants from the dependency parse: who acted ({@link AgentFinder}),
 * against whom (object, "against"/"on"/"with" phrases, passive subject), both sides of "clashes
 * between X and Y", and those named with them ("including X", "X and Y").
 */
final class ArgumentFinder {
  /** The participants of one trigger, as phrases of the sentence. */
  record Arguments(
      Optional<Evidence> actor1, List<Evidence> assoc1, Optional<Evidence> actor2,
      List<Evidence> assoc2) {}

  /** Nouns whose possessor suffered them: "her injuries", "his wounds". */
  static final Set<String> SUFFERED = Set.of("injury", "wound");
  /** NER classes of a place or a people, which name no group. */
  static final Set<String> PLACE_NER =
      Set.of("COUNTRY", "LOCATION", "STATE_OR_PROVINCE", "CITY", "NATIONALITY");
  /** Heads that count people rather than name them: "hundreds of ISIS militants". */
  private static final Set<String> QUANTITY_HEADS = Set.of(
      "hundreds", "dozens", "scores", "thousands", "tens", "members", "some", "many", "most",
      "group", "groups", "unit", "units", "elements", "remnants", "number", "fighters", "cell",
      "positions", "crowd", "crowds", "faction", "factions", "wing", "wings",
      "convoy", "militants", "squad", "all", "aircraft", "warplanes", "warplane", "jets", "jet",
      "planes", "plane", "drones", "drone", "helicopters", "helicopter", "forces", "troops",
      "artillery", "gunmen", "soldiers", "two", "three", "four", "five", "several");
  /** Things fired, dropped or planted, whose firer is named after "by". */
  private static final Set<String> FIRED = Set.of(
      "shell", "rocket", "missile", "mortar", "bomb", "grenade", "projectile", "round", "drone",
      "explosive", "mine", "device", "bullet", "barrel");
  private static final Set<String> ATTEMPTS = Set.of(
      "attempt", "bid", "effort", "attack", "assault", "offensive", "advance", "push", "incursion",
      "operation", "raid", "strike", "airstrike", "bombardment", "shelling", "ambush", "campaign");
  /** Nouns of a fight both sides take part in. */
  static final Set<String> SYMMETRIC = Set.of(
      "clash", "fight", "battle", "skirmish", "fighting", "firefight", "gunfight", "gunbattle",
      "exchange",
      "confrontation", "shootout", "encounter");

  /** People no word makes a party: killed in a fight, they are its toll, not a side. */
  private static final Set<String> BYSTANDERS = Set.of(
      "person", "people", "civilian", "resident", "villager", "inhabitant", "bystander",
      "passer-by", "local");

  /** "seven people", "two civilians": words for those a fight killed that name no party. */
  static boolean bystanders(String phrase) {
    String[] words = phrase.strip().toLowerCase(Locale.ROOT).split("\\s+");
    String last = words[words.length - 1];
    return BYSTANDERS.contains(last) || BYSTANDERS.contains(last.replaceFirst("s$", ""));
  }

  Arguments find(SentenceGraph g, int trigger) {
    int carrier = Carriers.of(g, trigger);
    List<Integer> side1 = new ArrayList<>();
    List<Integer> side2 = new ArrayList<>();
    if (symmetric(g, trigger)) {
      between(g, trigger, carrier, side1, side2);
    }
    // "Villagers found the body of a herder": who finds the dead is a witness, not the killer.
    if (side1.isEmpty() && !findsTheDead(g, trigger)) {
      side1.addAll(AgentFinder.agents(g, trigger, carrier));
    }
    if (side2.isEmpty()) {
      side2.addAll(Patients.of(g, trigger, carrier));
    }
    if (BareClaims.blamed(g, trigger).isPresent()) {
      // "The committee blamed the militia": the party blamed is the maker; no one is struck here.
      side2.clear();
    }
    if (Dying.is(g, trigger)) {
      // "Two attackers also died": the subject of a verb of dying is the dead, not a maker.
      side2.clear();
      side2.addAll(side1);
      side1.clear();
    }
    if (side2.isEmpty() && (headlinePassive(g, trigger) || elidedPassive(g, trigger))) {
      // "Two people injured as tree collapses", "Five soldiers killed in ambush": a headline's
      // passive without "were"; the subject was harmed, it did not harm.
      side2.addAll(side1);
      side1.clear();
    }
    // "opened fire at a bar on Saturday": the day is no target, so the bar is the one to judge.
    side2.removeIf(i -> isTimeOrPlace(g, i));
    // "raided a camp of separatist fighters", "shelled positions of the army": the armed men
    // whose site it is are the side struck.
    // "hit a vehicle carrying soldiers": those it carried; "a school occupied by fighters": they.
    if (side2.size() == 1) {
      int site = side2.get(0);
      SiteHolders.armedMenOf(g, site).or(() -> SiteHolders.carriedBy(g, site))
          .or(() -> SiteHolders.heldBy(g, site))
          .ifPresent(o -> side2.set(0, o));
    }
    // The target's own noun, not its phrase's last word: "a bar in Kitui" is a bar.
    if (side2.isEmpty() || Things.isThing(g.token(side2.get(0)).word())
        || MentionUnion.isPlace(Optional.of(g.phrase(side2.get(0), "actor2")))) {
      // "struck a car, killing two members of the Asayish": the dead are the side struck; but
      // "attacked a market, killing five" names no one in "five", and the market says who.
      // But "militias fought over farmland, killing seven people": those a fight killed are
      // its toll, not its other side, unless the words name a party ("killing two soldiers").
      boolean fight = symmetric(g, trigger);
      // "attacked an army base, killing 17 people": the base names its holders, whom "people"
      // does not; "attacked a market, killing 17 people" names no one but those killed, and
      // "killing three civilians" names them.
      boolean held = !side2.isEmpty() && SiteHolders.heldByAForce(g, side2.get(0));
      // "Taliban forces and Pakistani troops clashed, killing two border guards": when the
      // subject names both who fought, the dead are of one of them, not a third side.
      boolean bothNamed = fight && side1.size() > 1;
      Patients.outcomeVictims(g, trigger, carrier).filter(v -> !bothNamed)
          .filter(v -> side2.isEmpty() || !g.token(v).pos().equals("CD"))
          .filter(v -> !(fight && BYSTANDERS.contains(lemma(g, v))))
          .filter(v -> !(held && (lemma(g, v).equals("people") || lemma(g, v).equals("person"))))
          .ifPresent(v -> {
            side2.clear();
            side2.add(v);
          });
    }
    if (side2.isEmpty() && side1.size() > 1 && symmetric(g, trigger)) {
      side2.add(side1.remove(1));
    }
    // The act is never one of its sides: "the air strike killed three" has the strike as the
    // subject of its carrier verb, where an agent would stand.
    // "Russia fired two missiles": a country that acts is a party, though NER calls it a place;
    // only when no one else is named as acting, since the parse may make any place a subject.
    List<Integer> states = side1.stream().filter(i -> i != trigger
        && ActingStates.acts(g, i, trigger, carrier)).toList();
    side1.removeIf(i -> i == trigger || isTimeOrPlace(g, i) || !canName(g, i));
    if (side1.isEmpty() && states.size() == 1) {
      side1.add(states.get(0));
    }
    // "killed herself and four worshippers": the bomber is no target.
    // "fought a gun battle": the battle fought is the act again, not a side.
    side2.removeIf(i -> i == trigger || isTimeOrPlace(g, i) || !canName(g, i)
        || g.token(i).word().toLowerCase(Locale.ROOT).endsWith("self")
        || g.token(i).isNoun() && symmetric(g, i));
    // "Militiamen and troops fought on the outskirts of the town": where two fought is no side
    // of the fight; the second of them is.
    if (side1.size() > 1 && symmetric(g, trigger) && !side2.isEmpty()
        && side2.stream().allMatch(i -> Things.isSite(g.token(i).word()))) {
      side2.clear();
    }
    // "Soldiers and gunmen fought a gun battle": the two who fought are the two sides.
    if (side2.isEmpty() && side1.size() > 1 && symmetric(g, trigger)) {
      side2.add(side1.remove(1));
    }
    // "activists of Chhatra Dal and Jubo League clashed": two parties named in one phrase.
    if (side2.isEmpty() && side1.size() == 1 && symmetric(g, trigger)) {
      Optional<int[]> two = SidesInOnePhrase.twoNamedInOne(g, side1.get(0));
      if (two.isPresent()) {
        side1.set(0, two.get()[0]);
        side2.add(two.get()[1]);
      }
    }
    List<Integer> more1 = including(g, side1, side2, trigger, carrier);
    List<Integer> more2 = including(g, side2, side1, trigger, carrier);
    side1.addAll(more1);
    side2.addAll(more2);
    Optional<Evidence> actor2 = first(g, side2, "actor2");
    // "between the military and Karenni fighters", split above: the noun's side is its own words.
    Optional<Integer> shared = side1.isEmpty() || side2.isEmpty() ? Optional.empty()
        : SidesInOnePhrase.sharedAdjective(g, side2.get(0)).filter(a -> a.equals(side1.get(0)));
    if (shared.isPresent()) {
      actor2 = actor2.map(p -> SidesInOnePhrase.withoutSharedAdjective(g, shared.get(), p));
    }
    return new Arguments(
        first(g, side1, "actor1"), rest(g, side1, "assoc_actor_1"),
        actor2, rest(g, side2, "assoc_actor_2"));
  }

  static final Set<String> HARMS = Set.of("kill", "wound", "injure", "abduct", "kidnap", "martyr",
      "neutralise", "neutralize", "behead", "lynch", "execute", "massacre");
  private static final Set<String> FINDING = Set.of("find", "discover", "recover");
  private static final Set<String> THE_DEAD = Set.of("body", "corpse", "dead", "remains");

  private static boolean findsTheDead(SentenceGraph g, int trigger) {
    return FINDING.contains(lemma(g, trigger)) && g.exact(trigger, "obj").stream()
        .anyMatch(o -> THE_DEAD.contains(lemma(g, o)));
  }

  /**
   * A verb of harm with a subject and no object: "Two people injured", "Five soldiers killed";
   * not a joined verb ("attacked and killed two men"), whose object hangs on the first.
   */
  static boolean headlinePassive(SentenceGraph g, int trigger) {
    var t = g.token(trigger);
    return t.isVerb() && HARMS.contains(t.lemma().toLowerCase(Locale.ROOT))
        && (t.pos().equals("VBD") || t.pos().equals("VBN")) && !g.exact(trigger, "nsubj").isEmpty()
        && g.exact(trigger, "obj").isEmpty() && g.exact(trigger, "ccomp").isEmpty()
        && g.exact(trigger, "aux").isEmpty() && !g.relation(trigger).startsWith("conj");
  }

  /**
   * "Twelve rebels were killed and four trucks destroyed": a participle joined to a passive verb,
   * with no auxiliary of its own, shares its "were"; its subject is what was destroyed.
   */
  static boolean elidedPassive(SentenceGraph g, int trigger) {
    int head = g.head(trigger);
    return head >= 0 && g.token(trigger).pos().equals("VBN") && g.relation(trigger).startsWith("conj")
        && !g.exact(trigger, "nsubj").isEmpty() && g.exact(trigger, "obj").isEmpty()
        && g.exact(trigger, "aux").isEmpty() && g.exact(trigger, "aux:pass").isEmpty()
        && !g.exact(head, "aux:pass").isEmpty();
  }

  /** "clashes between X and Y, against Z": X and Y on one side, Z on the other. */
  private void between(SentenceGraph g, int trigger, int carrier, List<Integer> side1,
      List<Integer> side2) {
    BitSet scope = scope(g, trigger, carrier);
    for (int i = scope.nextSetBit(0); i >= 0; i = scope.nextSetBit(i + 1)) {
      for (int b : g.exact(i, "nmod:between")) {
        addOnce(side1, actorHead(g, b));
      }
      for (int b : g.exact(i, "obl:between")) {
        addOnce(side1, actorHead(g, b));
      }
    }
    // "a shoot-out between the two groups": the two named before, whom the agents give.
    if (side1.size() == 1 && toldBefore(g, side1.get(0))) {
      side1.clear();
    }
    if (side1.isEmpty()) {
      return;
    }
    for (int i = scope.nextSetBit(0); i >= 0; i = scope.nextSetBit(i + 1)) {
      for (String rel : List.of("nmod:against", "obl:against")) {
        for (int a : g.exact(i, rel)) {
          addOnce(side2, actorHead(g, a));
        }
      }
    }
    if (side2.isEmpty() && side1.size() > 1) {
      side2.add(side1.remove(1));
    }
    // "between the military and Karenni fighters": the parser joins the two sides'
    // adjectives before one noun; the first adjective is one side, the noun the other.
    if (side2.isEmpty() && side1.size() == 1) {
      int noun = side1.get(0);
      SidesInOnePhrase.sharedAdjective(g, noun).ifPresent(a -> {
        side1.set(0, a);
        side2.add(noun);
      });
    }
  }

  /** "the two", "the two sides", "both groups": sides the sentence named before. */
  private static boolean toldBefore(SentenceGraph g, int h) {
    String w = lemma(g, h);
    boolean both = w.equals("both") || g.exact(h, "det").stream().anyMatch(d -> lemma(g, d)
        .equals("both"));
    boolean the = g.exact(h, "det").stream().anyMatch(d -> lemma(g, d).equals("the"));
    boolean two = w.equals("two") || g.exact(h, "nummod").stream().anyMatch(d -> lemma(g, d)
        .equals("two"));
    return both || the && two;
  }

  /** "coalition forces, including Revolutionary Commando": associated actors of that side. */
  private static List<Integer> including(SentenceGraph g, List<Integer> side, List<Integer> other,
      int trigger, int carrier) {
    List<Integer> out = new ArrayList<>();
    for (int head : side) {
      List<Integer> joined = new ArrayList<>();
      for (String rel : List.of("nmod:including", "conj:and", "conj:or", "appos")) {
        joined.addAll(g.exact(head, rel));
      }
      // "The government of Mozambique and Renamo": a party the parser joined to the place.
      for (var d : g.sentence().basicChildren(head)) {
        if (d.relation().equals("nmod")) {
          joined.addAll(g.partiesJoinedToAPlace(d.dependent()));
        }
      }
      for (int i : joined) {
        int h = actorHead(g, i);
        if (!side.contains(h) && !other.contains(h) && !out.contains(h)
            && (!isTimeOrPlace(g, h) || ActingStates.alongside(g, h, trigger, carrier))) {
          out.add(h);
        }
      }
    }
    return out;
  }

  /**
   * Only nouns, pronouns, numbers and names used as adjectives ("Israeli strikes") name
   * participants ("shot dead": "dead" is no one).
   */
  private static boolean canName(SentenceGraph g, int i) {
    String pos = g.token(i).pos();
    boolean nameAdjective = pos.startsWith("JJ") && Character.isUpperCase(g.token(i).word().charAt(0));
    // "The Colombian military shelled ...": the tagger reads "military" as an adjective, but
    // with its determiner it heads the phrase as a noun does.
    boolean headAdjective = pos.startsWith("JJ") && !g.exact(i, "det").isEmpty();
    // "a military air strike": the forces that the adjective names made the act.
    boolean forces = pos.startsWith("JJ")
        && FORCES.contains(g.token(i).word().toLowerCase(Locale.ROOT));
    return pos.startsWith("NN") || pos.startsWith("PRP") || pos.equals("CD") || nameAdjective
        || headAdjective || forces;
  }

  /** Adjectives that name armed forces, as "military" in "a military air strike". */
  private static final Set<String> FORCES = Set.of("military", "paramilitary");

  /** Dates and place names are not participants, though the parse may attach them alike. */
  static boolean isTimeOrPlace(SentenceGraph g, int i) {
    var token = g.token(i);
    return g.inTime(i) || token.ner().equals("LOCATION") && !groupNamedForAPlace(g, i)
        && !GROUP_HEADS.contains(token.lemma().toLowerCase(Locale.ROOT))
        || TimeWords.isCalendarWord(token.word());
  }

  /**
   * Last words of a group's name: "the Sinaloa Cartel", which NER may tag as a place for the
   * place it begins with, is a group by its last word.
   */
  static final Set<String> GROUP_HEADS = Set.of("cartel", "army", "front", "movement",
      "brigade", "brigades", "militia", "group", "party", "organization", "organisation",
      "battalion", "forces", "gang", "alliance");

  /** Words that make a place's name of the name before it: "Mount Sinjar", "Camp Bastion". */
  private static final Set<String> PLACE_TITLES = Set.of("mount", "lake", "camp", "fort", "port",
      "cape", "saint", "st.", "san", "santa", "sao", "north", "south", "east", "west", "northern",
      "southern", "eastern", "western", "central", "upper", "lower", "new", "old", "greater",
      "city", "al", "el", "ras", "wadi", "jebel", "jabal", "tell", "bir", "ain", "kafr", "deir");

  /**
   * "The Tehreek-i-Taliban Pakistan claimed ...", "Hayat Tahrir al-Sham fighters": a group's name
   * that ends in a place, which NER tags as the place. A name that no place name could open
   * stands before it ("Tehreek", "Tahrir"); "Mount Sinjar" and "West Darfur" stay places.
   */
  private static boolean groupNamedForAPlace(SentenceGraph g, int i) {
    return g.exact(i, "compound").stream().anyMatch(c -> c < i && g.token(c).isProperNoun()
        && !g.token(c).ner().equals("LOCATION")
        && !PLACE_TITLES.contains(g.token(c).word().toLowerCase(Locale.ROOT)));
  }

  /** The trigger's subtree, and the carrier's when a verb carries the trigger. */
  static BitSet scope(SentenceGraph g, int trigger, int carrier) {
    BitSet scope = g.subtree(trigger);
    if (carrier != trigger) {
      // "suffered injuries but 11 were still in hospital on Saturday": the carrier's own clause,
      // not the clauses joined to it.
      BitSet clause = g.subtree(carrier);
      for (var d : g.sentence().basicChildren(carrier)) {
        String rel = d.relation();
        if (rel.startsWith("conj") || rel.equals("parataxis") || rel.startsWith("ccomp")
            || rel.startsWith("advcl") || rel.equals("cc")) {
          clause.andNot(g.subtree(d.dependent()));
        }
      }
      scope.or(clause);
    }
    return scope;
  }

  /** "hundreds of ISIS militants" is about the militants. */
  static int actorHead(SentenceGraph g, int head) {
    String word = g.token(head).word().toLowerCase(Locale.ROOT);
    // "repelled an attempt by government forces": the attempt's makers are the other side.
    // The tagger takes a capitalised plural at a sentence's start for a name ("Operations").
    if (ATTEMPTS.contains(g.token(head).lemma().toLowerCase(Locale.ROOT))
        || ATTEMPTS.contains(word.replaceFirst("s$", ""))) {
      List<Integer> by = g.exact(head, "nmod:by");
      if (!by.isEmpty()) {
        return by.get(0);
      }
    }
    // "shells fired by LNA forces killed three": the shells' firers acted.
    if (FIRED.contains(g.token(head).lemma().toLowerCase(Locale.ROOT))) {
      for (int acl : g.exact(head, "acl")) {
        List<Integer> by = g.exact(acl, "obl:by");
        by.addAll(g.exact(acl, "nmod:by"));
        if (!by.isEmpty()) {
          return by.get(0);
        }
      }
    }
    // "men suspected of belonging to Boko Haram": people the report ties to a group.
    Optional<Integer> group = Suspects.groupOf(g, head);
    if (group.isPresent()) {
      return actorHead(g, group.get());
    }
    boolean counted = QUANTITY_HEADS.contains(word) || g.token(head).pos().equals("CD")
        || g.token(head).pos().equals("NN") && g.token(head).lemma().equals("member");
    if (counted) {
      List<Integer> of = g.exact(head, "nmod:of");
      // "forces of Armenia", "jets of the Syrian regime": a country or place after "of" says
      // whose the forces are, and the phrase keeps it ("forces of Armenia"); a group after "of"
      // is who they are ("fighters of the Islamic State").
      if (!of.isEmpty() && !PLACE_NER.contains(g.token(of.get(0)).ner())) {
        return of.get(0);
      }
    }
    // "fighters from the RSF", "armed men from the UPC militia" are that group's; "soldiers from
    // Kaya", "men from the village" stay soldiers and men.
    if (counted || word.equals("men")) {
      List<Integer> from = g.exact(head, "nmod:from");
      if (!from.isEmpty() && namesAGroup(g, from.get(0))) {
        return from.get(0);
      }
    }
    return head;
  }

  /**
   * A name that is no place ("the RSF"), a noun that such a name qualifies ("the UPC militia"),
   * or a group's noun that a capitalised word qualifies ("an anti-Balaka militia", "the Congolese
   * army"): what a "from" phrase after men names when it names their party.
   */
  private static boolean namesAGroup(SentenceGraph g, int k) {
    if (g.token(k).isProperNoun()) {
      return !PLACE_NER.contains(g.token(k).ner());
    }
    boolean groupNoun = GROUP_HEADS.contains(g.token(k).lemma().toLowerCase(Locale.ROOT));
    return g.sentence().basicChildren(k).stream()
        .filter(d -> d.relation().equals("compound") || groupNoun && d.relation().equals("amod"))
        .map(d -> g.token(d.dependent()))
        .anyMatch(c -> c.isProperNoun() && !PLACE_NER.contains(c.ner())
            || groupNoun && c.word().chars().anyMatch(Character::isUpperCase));
  }

  private static Optional<Evidence> first(SentenceGraph g, List<Integer> side, String field) {
    return side.isEmpty() ? Optional.empty()
        : Optional.of(withProtest(g, side.get(0), g.phrase(side.get(0), field), field));
  }

  private static final Set<String> PROTESTING = Set.of(
      "protest", "demonstrate", "rally", "picket", "march");

  /**
   * "students protesting outside the ministry", "nurses who were demonstrating": the verb that
   * makes people protesters stays in their phrase, so that they are coded as protesters.
   */
  private static Evidence withProtest(SentenceGraph g, int head, Evidence phrase, String field) {
    for (var d : g.sentence().basicChildren(head)) {
      int verb = d.dependent();
      if (d.relation().startsWith("acl") && verb > head && PROTESTING.contains(lemma(g, verb))) {
        int first = head;
        while (first > 0 && g.token(first - 1).start() >= phrase.start()) {
          first--;
        }
        return g.span(first, verb, field);
      }
    }
    return phrase;
  }

  private static List<Evidence> rest(SentenceGraph g, List<Integer> side, String field) {
    List<Evidence> out = new ArrayList<>();
    for (int i = 1; i < side.size(); i++) {
      out.add(g.phrase(side.get(i), field));
    }
    return out;
  }

  static void addOnce(List<Integer> list, int i) {
    if (!list.contains(i)) {
      list.add(i);
    }
  }

  /**
   * A fight of two sides, the same whoever is named first; "shoot-out", which the tokenizer
   * splits at its hyphen, read whole.
   */
  static boolean symmetric(SentenceGraph g, int i) {
    if (SYMMETRIC.contains(lemma(g, i))) {
      return true;
    }
    return i >= 2 && g.token(i - 1).pos().equals("HYPH")
        && SYMMETRIC.contains(lemma(g, i - 2) + lemma(g, i));
  }

  static String lemma(SentenceGraph g, int i) {
    return g.token(i).lemma().toLowerCase(Locale.ROOT);
  }
}
