package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who acted, for one trigger: the subject, passive agent or possessor; the subject of a light
 * verb ("ISIS launched an attack"); whoever claims the attack; and when the parse gives none, the
 * subject a clause shares with its head, whom the report blames, or the noun phrase just before
 * an active verb.
 */
final class AgentFinder {
  private AgentFinder() {}

  private static final Set<String> INSTRUMENTAL = Set.of("use", "employ");
  /** Giving oneself up, whose noun names the doer with "of": "the surrender of". */
  static final Set<String> GIVING_UP = Set.of("surrender");
  /** Tags of a verb that heads a clause of its own. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  /** "coalition airstrikes", "army shelling": common nouns in front of an act that name its maker. */
  private static final Set<String> AGENT_NOUNS = agentNouns();

  static List<Integer> agents(SentenceGraph g, int trigger, int carrier) {
    List<Integer> out = new ArrayList<>();
    Optional<Integer> claimant = responsibleParty(g, trigger);
    if (claimant.isPresent()) {
      out.add(claimant.get());
      return out;
    }
    if (carrier != trigger && Carriers.EXPERIENCE_VERBS.contains(lemma(g, carrier))) {
      return out;
    }
    if (Patients.cameUnder(g, trigger)) {
      for (int node : List.of(trigger, g.head(trigger))) {
        for (String rel : List.of("nmod:by", "obl:by", "nmod:from", "obl:from")) {
          g.exact(node, rel).forEach(a -> ArgumentFinder.addOnce(out,
              ArgumentFinder.actorHead(g, a)));
        }
      }
      return out;
    }
    // "militants used drones to attack": the users attacked, the drones were their means.
    int user = g.head(carrier);
    String how = g.relation(carrier);
    if (user >= 0 && (how.startsWith("xcomp") || how.startsWith("advcl"))
        && INSTRUMENTAL.contains(lemma(g, user))) {
      g.exact(user, "nsubj").forEach(a -> out.add(ArgumentFinder.actorHead(g, a)));
      if (!out.isEmpty()) {
        return out;
      }
    }
    // "the surrender of 60 fighters": those who gave themselves up did the act.
    if (g.token(trigger).isNoun() && GIVING_UP.contains(lemma(g, trigger))) {
      g.exact(trigger, "nmod:of").forEach(a -> ArgumentFinder.addOnce(out,
          ArgumentFinder.actorHead(g, a)));
    }
    for (int node : List.of(trigger, carrier)) {
      for (String rel : List.of("nsubj", "nsubj:xsubj", "obl:agent", "nmod:agent", "nmod:by",
          "obl:by", "nmod:poss")) {
        if (node == trigger && g.token(trigger).isNoun() && rel.startsWith("nsubj")) {
          continue;
        }
        if (rel.equals("nmod:poss") && ArgumentFinder.SUFFERED.contains(lemma(g, trigger))) {
          // "died of her injuries": whose injuries they are is who suffered them.
          continue;
        }
        // "air strikes killed 12": the carrier's subject is the trigger itself, not its agent;
        // "it went straight into the wall and exploded": what exploded is the device.
        boolean device = rel.startsWith("nsubj") && DEVICES_GO_OFF.contains(lemma(g, trigger))
            && g.exact(trigger, "obj").isEmpty();
        // "shells fired by the army killed two", often parsed with the shells as the firing's
        // subject: a munition is what was fired, never who fired it.
        for (int a : g.exact(node, rel)) {
          if (a == trigger || device || countOfTheHurt(g, node == trigger, rel, a)) {
            continue;
          }
          String word = g.token(a).word();
          // "bulldozers escorted by troops demolished a block": the machines' handlers acted.
          Optional<Integer> handler = rel.startsWith("nsubj") && !Things.isMunition(word)
              && Things.isThing(word) ? MunitionMakers.placedBy(g, a) : Optional.empty();
          if (handler.isPresent()) {
            ArgumentFinder.addOnce(out, handler.get());
          } else if ((rel.startsWith("nsubj") || rel.contains("agent") || rel.endsWith(":by"))
              && Things.isMunition(word)) {
            // "a Russian missile struck", "a Houthi drone hit": the name on the munition is
            // whose it was. "Killed by gunfire", "hit by a shell": so too the means of a passive.
            MunitionMakers.owner(g, a).or(() -> MunitionMakers.placedBy(g, a))
                .ifPresent(o -> ArgumentFinder.addOnce(out, o));
          } else {
            ArgumentFinder.addOnce(out, ArgumentFinder.actorHead(g, a));
          }
        }
      }
    }
    if (out.isEmpty() && g.token(trigger).isNoun()) {
      // "shells fired by rebels struck a clinic", "a landmine planted by the group killed":
      // the act is the munition, and the participle that describes it names who fired it.
      MunitionMakers.placedBy(g, trigger).ifPresent(out::add);
    }
    if (out.isEmpty() && !g.token(trigger).isVerb() || out.isEmpty() && g.token(trigger).pos().equals("VBG")) {
      // "a US drone strike", "Houthi shelling": a name in front of the act is who acted.
      // Taken by position: the tagger often misreads such noun strings ("drone/VB strike").
      // Four tokens back reaches "Taliban - planted roadside bomb".
      for (int c = trigger - 1; c >= Math.max(0, trigger - 4); c--) {
        // "Police watched the march": the verb that governs the act ends its noun phrase, and
        // whoever stands before that verb acts on the march, not in it. Not a "verb" right
        // before the act, which is a misread noun of its phrase ("Russian drone/VB attack").
        // Nor a finite verb of another clause ("spokesman Qqq said the device had been
        // placed"), though a participle may join the maker to the act ("Taliban-planted bomb").
        if (g.token(c).pos().equals(",") || g.token(c).pos().equals("IN")
            || c == g.head(trigger) && g.token(c).isVerb() && c < trigger - 1
            || FINITE.contains(g.token(c).pos()) && c < trigger - 1) {
          break;
        }
        // An adjective ("military") names the maker only in the act's own phrase ("a military
        // air strike"), not in another's ("destroying military equipment and killing").
        boolean ofTheAct = !g.token(c).pos().startsWith("JJ") || modifies(g, c, trigger);
        if (g.token(c).isProperNoun() || g.token(c).ner().equals("ORGANIZATION")
            || initials(g, c, trigger) || AGENT_NOUNS.contains(lemma(g, c)) && ofTheAct) {
          out.add(c);
          break;
        }
      }
      for (int a : g.exact(trigger, "amod")) {
        if (Character.isUpperCase(g.token(a).word().charAt(0))) {
          out.add(a);
        }
      }
    }
    if (out.isEmpty() && g.token(trigger).pos().equals("VBG") && g.relation(trigger).equals("acl")
        && g.head(trigger) >= 0 && g.token(g.head(trigger)).isNoun()) {
      // "rioters protesting against shortages", "gunmen attacking a post": the people an active
      // participle describes do the act. (A passive one, "a convoy attacked by gunmen", names
      // whom it was done to, and is left to the agent found above.)
      out.add(ArgumentFinder.actorHead(g, g.head(trigger)));
    }
    if (out.isEmpty()) {
      inheritedSubject(g, carrier).ifPresent(out::add);
    }
    if (out.isEmpty()) {
      blamed(g).ifPresent(out::add);
    }
    if (out.isEmpty()) {
      JoinedVerbs.subjectOfAPassiveBefore(g, trigger)
          .ifPresent(s -> out.add(ArgumentFinder.actorHead(g, s)));
    }
    if (out.isEmpty()) {
      OperationMakers.forcesOf(g, trigger).ifPresent(out::add);
    }
    if (out.isEmpty() && JoinedVerbs.sharesItsSubject(g, trigger)) {
      // "shells fired by the army killed two and injured three": a verb joined to another with
      // no subject of its own has that verb's maker, not the object just before it.
      return agents(g, g.head(trigger), g.head(trigger));
    }
    Optional<Integer> joinedAfter = out.isEmpty() ? JoinedVerbs.misjoined(g, trigger)
        : Optional.empty();
    if (joinedAfter.isPresent()) {
      return agents(g, joinedAfter.get(), joinedAfter.get());
    }
    if (out.isEmpty()) {
      subjectByPosition(g, trigger).ifPresent(out::add);
    }
    return out;
  }

  /**
   * "four dead and nine wounded", parsed with "nine" as the subject of "wounded": a bare figure
   * before a participle with no auxiliary counts those it befell; it names no one who acted.
   */
  private static boolean countOfTheHurt(SentenceGraph g, boolean ofTrigger, String rel, int a) {
    int verb = g.head(a);
    return ofTrigger && rel.equals("nsubj") && g.token(a).pos().equals("CD")
        && g.token(verb).pos().equals("VBN") && g.exact(verb, "aux").isEmpty()
        && g.exact(verb, "aux:pass").isEmpty();
  }

  /**
   * "the Taliban claimed responsibility for the attack", "they were responsible for the attack":
   * who claims an attack is taken to have made it, as ACLED codes a claim of responsibility.
   */
  private static Optional<Integer> responsibleParty(SentenceGraph g, int trigger) {
    Optional<Integer> blamed = BareClaims.blamed(g, trigger);
    if (blamed.isPresent()) {
      return blamed;
    }
    // "The group said it was behind the attack": who says it stands behind an act made it, and
    // so did an armed party or an organisation said to. A person said to ("X's name is behind
    // this attack") is accused, not known to have made it.
    if (!g.exact(trigger, "cop").isEmpty()
        && g.exact(trigger, "case").stream().anyMatch(c -> lemma(g, c).equals("behind"))) {
      return g.exact(trigger, "nsubj").stream().findFirst().filter(s -> namesSomeone(g, s))
          .map(s -> ArgumentFinder.actorHead(g, s))
          .filter(s -> g.token(s).pos().startsWith("PRP") || BareClaims.armedOrOrganised(g, s));
    }
    int head = g.head(trigger);
    String rel = g.relation(trigger);
    // "Al-Shabaab claimed the attack": the act claimed is the object of the claim.
    // "No group claimed the attack", "Nobody claimed the bombing": no one is named.
    // "The TTP claimed responsibility", "took responsibility": the claim of an act not named.
    if (head >= 0 && rel.equals("obj")
        && (lemma(g, head).equals("claim") || RESPONSIBLE.contains(lemma(g, trigger)))) {
      return claimant(g, head).map(s -> ArgumentFinder.actorHead(g, s));
    }
    if (head < 0 || !(rel.startsWith("obl") || rel.startsWith("nmod"))
        || !RESPONSIBLE.contains(lemma(g, head))) {
      return Optional.empty();
    }
    // "they were responsible for the attack", "held the rebels responsible for the attack".
    Optional<Integer> who = BareClaims.heldToAccount(g, head);
    if (who.isEmpty() && g.head(head) >= 0) {
      // "claimed responsibility for": the subject of the verb that claims it.
      who = g.exact(g.head(head), "nsubj").stream().findFirst();
    }
    return who.map(s -> ArgumentFinder.actorHead(g, s));
  }

  /**
   * The subject of a verb of claiming, when it names someone: not "No group claimed the attack"
   * or "Nobody claimed the bombing".
   */
  static Optional<Integer> claimant(SentenceGraph g, int verb) {
    return g.exact(verb, "nsubj").stream().findFirst().filter(s -> namesSomeone(g, s));
  }

  /** Whether the noun names someone, not no one: "No group", "Nobody", "no Taliban fighters". */
  static boolean namesSomeone(SentenceGraph g, int noun) {
    return !NOBODY.contains(lemma(g, noun))
        && g.exact(noun, "det").stream().noneMatch(d -> lemma(g, d).equals("no"))
        && (noun == 0 || !lemma(g, noun - 1).equals("no"));
  }

  private static final Set<String> DEVICES_GO_OFF = Set.of("explode", "detonate", "blast");
  private static final Set<String> TEMPORAL_MARKS = Set.of("while", "when", "after", "before", "as");

  private static final Set<String> NOBODY = Set.of("nobody", "none", "noone");
  private static final Set<String> RESPONSIBLE = Set.of("responsible", "responsibility", "credit");

  /**
   * "On 18 March, a Taliban sniper shot and killed 1 soldier" can come out of the parser with no
   * subject for "killed" at all; an active verb's subject is then the noun phrase just before it.
   */
  private static Optional<Integer> subjectByPosition(SentenceGraph g, int trigger) {
    // "A bomb targeting a police patrol wounded four": the parse gave a subject, a munition
    // with no owner named; the noun before the verb is what it targeted.
    if (!JoinedVerbs.activeFinite(g, trigger) || !g.exact(trigger, "nsubj").isEmpty()) {
      return Optional.empty();
    }
    for (int c = trigger - 1; c >= 0; c--) {
      var t = g.token(c);
      if (t.pos().equals(",") || t.pos().equals("IN") || t.pos().equals("WDT")) {
        return Optional.empty();
      }
      if (t.isNoun() || t.pos().equals("PRP")) {
        return Optional.of(supported(g, c).orElse(c));
      }
    }
    return Optional.empty();
  }

  /** Verbs of help whose participle's "by" phrase names a helper, not the maker. */
  private static final Set<String> HELP = Set.of(
      "back", "support", "aid", "assist", "accompany", "cover", "escort");

  /**
   * "Government troops backed by African Union forces retook the town", parsed with "backed" as
   * the verb and "retook" hanging from it: the noun just before the act is the helper; the
   * helped, the participle's subject, acted.
   */
  private static Optional<Integer> supported(SentenceGraph g, int noun) {
    int participle = g.head(noun);
    boolean byPhrase = g.relation(noun).startsWith("obl") && g.sentence().basicChildren(noun)
        .stream().anyMatch(d -> d.relation().equals("case")
            && g.token(d.dependent()).word().equalsIgnoreCase("by"));
    if (participle < 0 || !byPhrase
        || !g.token(participle).pos().equals("VBN") || !HELP.contains(lemma(g, participle))) {
      return Optional.empty();
    }
    // "Troops backed by militia recaptured the town": the participle describes who acted.
    if (g.relation(participle).equals("acl") && g.token(g.head(participle)).isNoun()) {
      return Optional.of(ArgumentFinder.actorHead(g, g.head(participle)));
    }
    return g.exact(participle, "nsubj").stream().findFirst().map(n -> ArgumentFinder.actorHead(g, n));
  }

  /** True when the word hangs from the act, or from a word of the act's phrase that does. */
  private static boolean modifies(SentenceGraph g, int word, int act) {
    int head = g.head(word);
    return head == act || head >= 0 && g.head(head) == act && head < act;
  }

  /** "..., a monitor said, blaming Russian warplanes": whom the report holds responsible. */
  private static Optional<Integer> blamed(SentenceGraph g) {
    for (var t : g.sentence().tokens()) {
      if (t.lemma().equalsIgnoreCase("blame") || t.lemma().equalsIgnoreCase("attribute")) {
        List<Integer> on = g.exact(t.index(), "obl:on");
        on.addAll(g.exact(t.index(), "obl:to"));
        List<Integer> obj = g.exact(t.index(), "obj");
        List<Integer> who = t.word().toLowerCase(Locale.ROOT).startsWith("blamed") && !on.isEmpty() ? on : obj;
        // "blamed the clash on a dispute over land": a cause, not a maker.
        if (!who.isEmpty() && !g.token(who.get(0)).pos().equals("PRP")
            && !BareClaims.cause(g, ArgumentFinder.actorHead(g, who.get(0)))) {
          return Optional.of(ArgumentFinder.actorHead(g, who.get(0)));
        }
      }
    }
    return Optional.empty();
  }

  /** "accused the rebels of attacking", "blamed the rebels for attacking": the act charged. */
  private static boolean accusedOf(SentenceGraph g, int verb, String rel, int head) {
    String preposition = switch (lemma(g, head)) {
      case "accuse" -> "of";
      case "blame" -> "for";
      default -> "";
    };
    return !preposition.isEmpty() && rel.startsWith("advcl")
        && g.sentence().basicChildren(verb).stream().anyMatch(d -> (d.relation().equals("mark")
            || d.relation().equals("case"))
            && g.token(d.dependent()).word().equalsIgnoreCase(preposition));
  }

  /** "ISIS broke the deadlock by launching an attack": the manner clause shares its subject. */
  private static Optional<Integer> inheritedSubject(SentenceGraph g, int verb) {
    String rel = g.relation(verb);
    int head = g.head(verb);
    boolean manner = rel.startsWith("advcl") && g.sentence().basicChildren(verb).stream()
        .anyMatch(d -> d.relation().equals("mark") && g.token(d.dependent()).word().equalsIgnoreCase("by"));
    if (head >= 0 && ActLinks.heldFor(g.sentence(), verb)) {
      // "arrested two men for attacking a rally", "two men were charged with killing a trader":
      // those held did the act, not those who hold them.
      return g.exact(head, "obj").stream().findFirst()
          .or(() -> g.exact(head, "nsubj:pass").stream().findFirst())
          .map(n -> ArgumentFinder.actorHead(g, n));
    }
    if (head >= 0 && accusedOf(g, verb, rel, head)) {
      // "Police accused the rebels of carrying out the attack": the accused did it.
      return g.exact(head, "obj").stream().findFirst().map(n -> ArgumentFinder.actorHead(g, n));
    }
    if (head >= 0 && resultOfAnErrand(g, verb, rel)) {
      // "Police launched an operation in Qqq, killing 15": the outcome is the doing of those
      // who went about it, when they are named as makers or as people who bear arms ("gunmen
      // went on a rampage, killing six", which the trigger typer made the event for that).
      return g.exact(head, "nsubj").stream()
          .filter(n -> named(g, n) || namesArmedMakers(g.token(n).word())
              || TriggerTyper.armedPeople(g, n)
              || g.sentence().basicChildren(n).stream().anyMatch(d -> d.relation()
                  .equals("compound") && named(g, d.dependent())))
          .findFirst().map(n -> ArgumentFinder.actorHead(g, n));
    }
    if (head >= 0 && damageOnAnErrand(g, verb, rel) && !SpeechVerbs.contains(lemma(g, head))) {
      // "Hundreds of youths rampaged through the town, looting shops": whoever went about it
      // looted, crowd or armed men; ACLED codes a crowd that loots as rioters. Not whoever
      // told of it: "..., destroying a school, a resident told reporters", parsed with the
      // participle on "told", is no resident's act.
      return g.exact(head, "nsubj").stream().filter(n -> !g.token(n).pos().equals("PRP"))
          .findFirst().map(n -> ArgumentFinder.actorHead(g, n));
    }
    if (head >= 0 && (rel.equals("dep") || rel.equals("ccomp"))) {
      // "The coalition said it carried out strikes" is at times parsed with "it" as the object
      // of "said" and no subject for "carried": the pronoun is still the subject.
      return g.exact(head, "obj").stream().filter(o -> g.token(o).pos().equals("PRP")).findFirst();
    }
    // "its forces came under fire while arresting a militant": a clause of time with no subject
    // of its own shares its head's. "Two soldiers died, while three others were wounded": a
    // passive's subject is its own, and no maker.
    boolean temporal = rel.startsWith("advcl") && g.exact(verb, "nsubj").isEmpty()
        && g.exact(verb, "nsubj:pass").isEmpty()
        && g.sentence().basicChildren(verb).stream().anyMatch(d -> d.relation().equals("mark")
            && TEMPORAL_MARKS.contains(g.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    if (head < 0 || !(manner || temporal || rel.startsWith("xcomp"))) {
      return Optional.empty();
    }
    List<Integer> subjects = g.exact(head, "nsubj");
    return subjects.isEmpty() ? Optional.empty() : Optional.of(ArgumentFinder.actorHead(g, subjects.get(0)));
  }

  /**
   * "RSF shells killed 12", "M23 shells": a group's initials before the act, which the tagger may
   * read as a common noun and NER as nothing. Not the initials of arms ("an IED blast", "RPG
   * fire", "UAV strikes"), nor a word of a headline written in capitals, where the act is too.
   */
  static boolean initials(SentenceGraph g, int c, int act) {
    String w = g.token(c).word();
    String lower = w.toLowerCase(Locale.ROOT);
    String actWord = g.token(act).word();
    return w.length() >= 2 && w.length() <= 6 && Character.isUpperCase(w.charAt(0))
        && w.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))
        && !actWord.equals(actWord.toUpperCase(Locale.ROOT))
        && !WeaponWords.isInstrument(lower) && !WeaponWords.LAUNCHED_OR_DROPPED.contains(lower)
        && !Things.isThing(lower);
  }

  private static boolean named(SentenceGraph g, int n) {
    return g.token(n).isProperNoun() || g.token(n).ner().equals("ORGANIZATION");
  }

  /** A participle of a harm with no subject of its own, hung on the clause before it. */
  private static boolean resultOfAnErrand(SentenceGraph g, int verb, String rel) {
    return (rel.startsWith("advcl") || rel.equals("dep")) && g.token(verb).pos().equals("VBG")
        && g.exact(verb, "nsubj").isEmpty()
        && TriggerTyper.RESULT_VERBS.contains(lemma(g, verb));
  }

  /** Property looted or destroyed, told as a participle with no subject of its own. */
  private static boolean damageOnAnErrand(SentenceGraph g, int verb, String rel) {
    return (rel.startsWith("advcl") || rel.equals("dep")) && g.token(verb).pos().equals("VBG")
        && g.exact(verb, "nsubj").isEmpty() && DAMAGE_VERBS.contains(lemma(g, verb));
  }

  private static final Set<String> DAMAGE_VERBS = Set.of("loot", "burn", "torch", "raze",
      "ransack", "plunder", "pillage", "vandalize", "vandalise", "destroy");

  /** Whether a word names armed or state makers ("militias", "police"), not a crowd. */
  static boolean namesArmedMakers(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return AGENT_NOUNS.contains(w)
        || w.endsWith("s") && AGENT_NOUNS.contains(w.substring(0, w.length() - 1))
        || w.endsWith("men") && AGENT_NOUNS.contains(w.substring(0, w.length() - 3) + "man");
  }

  private static String lemma(SentenceGraph g, int i) {
    return g.token(i).lemma().toLowerCase(Locale.ROOT);
  }

  /** Whether the lemma is a common noun that names who acted ("army", "militia"). */
  static boolean agentNoun(String lemma) {
    return AGENT_NOUNS.contains(lemma);
  }

  private static Set<String> agentNouns() {
    java.util.Set<String> nouns = new java.util.HashSet<>();
    for (org.sitrep.internal.DataTable.Line line
        : org.sitrep.internal.DataTable.bundled(AgentFinder.class, "agent-nouns.tsv")) {
      nouns.add(line.cell(0).trim());
    }
    return Set.copyOf(nouns);
  }
}
