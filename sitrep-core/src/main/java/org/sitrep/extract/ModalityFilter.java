package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Modality;

/**
 * Decides whether a trigger is stated as having happened. It looks at the trigger and at the
 * words that govern it up to its clause ("we <b>will</b> prevent", "groups <b>seeking</b> to
 * kidnap", "had<b>n't</b> seen such clashes", "<b>if</b> they attack"), because in news the cue
 * is seldom on the trigger itself.
 */
final class ModalityFilter {
  /** The modality and the word that shows it. */
  record Verdict(Modality modality, Optional<Integer> cue) {
    static final Verdict ASSERTED = new Verdict(Modality.ASSERTED, Optional.empty());
  }

  private static final Map<String, Modality> AUXILIARIES = Map.of(
      "will", Modality.FUTURE, "shall", Modality.FUTURE, "'ll", Modality.FUTURE,
      "would", Modality.CONDITIONAL, "could", Modality.CONDITIONAL,
      "might", Modality.CONDITIONAL, "may", Modality.CONDITIONAL,
      "should", Modality.CONDITIONAL, "must", Modality.CONDITIONAL, "can", Modality.CONDITIONAL);
  private static final Set<String> INTENTIONS = Set.of(
      "seek", "try", "attempt", "plan", "intend", "aim", "want", "threaten", "prepare", "plot",
      "vow", "hope", "mean", "wish", "strive", "scheme", "conspire", "pledge", "promise", "decide",
      "order", "call", "urge", "warn", "fear", "expect");
  private static final Set<String> INTENTION_NOUNS = Set.of(
      "plan", "plot", "attempt", "bid", "threat", "intention", "effort", "order", "call", "fear",
      "tactic", "tactics", "strategy", "capability", "ability");
  /** "changed its tactics from fighting on a broad front": a way of acting, not an act. */
  private static final Set<String> GENERIC_NOUNS = Set.of(
      "tactic", "tactics", "strategy", "approach", "policy", "method", "methods");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "without");
  private static final Set<String> HABITUAL_ADVERBS = Set.of(
      "usually", "often", "regularly", "frequently", "routinely", "typically", "always",
      "sometimes", "normally", "generally", "habitually", "constantly", "occasionally");
  /** "similar bombings", "previous attacks": a kind of event or a past one, not this one. */
  private static final Set<String> GENERIC_MODIFIERS = Set.of(
      "similar", "previous", "past", "earlier", "frequent", "repeated", "regular", "daily",
      "such", "recurrent", "periodic", "sporadic", "numerous", "countless");
  private static final Set<String> HEDGES = Set.of("likely", "possibly", "probably", "perhaps");
  private static final Set<String> APPEARANCES = Set.of("appear", "seem");
  private static final Set<String> CANCELLATIONS = Set.of(
      "cancel", "postpone", "suspend", "abandon", "scrap", "prevent", "avert", "ban");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "lest");
  private static final Set<String> FUTURE_NOUNS = Set.of("next", "upcoming", "future", "coming");
  /** "accused the army of shelling": an accusation reports no event as fact. */
  private static final Set<String> ACCUSATIONS = Set.of("accuse", "allege", "charge", "indict");
  /**
   * "went on to kill", "began to shell": verbs whose infinitive happened. Any other infinitive
   * ("deployed to repel", "the opportunity to attack", "happy to kill") tells a purpose, a chance
   * or a disposition, not an act.
   */
  private static final Set<String> IMPLICATIVE = Set.of(
      "manage", "go", "proceed", "begin", "start", "continue", "resume", "succeed", "get", "come",
      "happen", "turn", "keep", "claim", "intervene");
  /** "gathered to protest", "blocked the road to demonstrate": the protest is what they did. */
  private static final Set<String> PROTESTING = Set.of(
      "protest", "demonstrate", "rally", "march", "picket", "denounce", "demand", "express");
  private static final Set<String> DISPERSING = Set.of("disperse", "scatter");
  /** "used drones to attack": what the tool was used for happened if the use did. */
  private static final Set<String> INSTRUMENTAL = Set.of("use", "employ");

  private final Tallies tallies = Tallies.loadDefault();

  /**
   * "Armed groups seize villages": a bare form with a subject of its own and no "to" is the
   * present tense the tagger took for the base form (the caller has ruled out a modal or an
   * auxiliary before it).
   */
  private static boolean presentTaggedBare(SentenceGraph g, int verb) {
    return g.token(verb).pos().equals("VB") && !g.exact(verb, "nsubj").isEmpty()
        && g.sentence().basicChildren(verb).stream().noneMatch(d -> d.relation().equals("mark"));
  }

  /** Judges the trigger at {@code trigger}; walks up through non-clausal heads only. */
  Verdict judge(SentenceGraph g, int trigger) {
    return judge(g, trigger, false);
  }

  /** @param headline headlines tell what happened in the present tense ("Militants kill nine") */
  Verdict judge(SentenceGraph g, int trigger, boolean headline) {
    // "Can it be that Israel has dropped 29,000 bombs?": a question asserts nothing.
    List<org.sitrep.annotate.Token> tokens = g.sentence().tokens();
    int last = tokens.size() - 1;
    if (last >= 0 && tokens.get(last).word().equals("?")) {
      return new Verdict(Modality.CONDITIONAL, Optional.of(last));
    }
    Optional<Integer> none = Denials.noOneHarmed(g, trigger);
    if (none.isPresent()) {
      return new Verdict(Modality.NEGATED, none);
    }
    // News tells what happened in the past tense; "a militia that fights alongside the army" in
    // the present simple says what usually happens.
    String pos = g.token(trigger).pos();
    if (!headline && (pos.equals("VBZ") || pos.equals("VBP") || presentTaggedBare(g, trigger))
        && g.sentence().basicChildren(trigger).stream()
        .noneMatch(d -> d.relation().startsWith("aux")) && !Tenses.pastForm(g, trigger)) {
      return new Verdict(Modality.HABITUAL, Optional.of(trigger));
    }
    Optional<Integer> total = tallies.totalCue(g, trigger).or(() -> tallies.seriesCue(g, trigger));
    if (total.isPresent()) {
      return new Verdict(Modality.TOTAL, total);
    }
    Optional<Integer> lasting = lastingFor(g, trigger);
    if (lasting.isPresent()) {
      return new Verdict(Modality.HABITUAL, lasting);
    }
    Optional<Integer> disputed = Denials.deniedClaim(g, trigger);
    if (disputed.isPresent()) {
      return new Verdict(Modality.ALLEGED, disputed);
    }
    Optional<Integer> play = fiction(g, trigger);
    if (play.isPresent()) {
      return new Verdict(Modality.FICTION, play);
    }
    Optional<Integer> ongoing = Tenses.perfectProgressive(g, Tenses.carrierVerb(g, trigger))
        .or(() -> Tenses.describedAsOngoing(g, Tenses.carrierVerb(g, trigger)))
        .or(() -> Tenses.trend(g, trigger))
        .or(() -> Tenses.repeatedOverTime(g, Tenses.carrierVerb(g, trigger)));
    if (ongoing.isPresent()) {
      // "militants have been using IEDs to target security forces": a practice over time.
      return new Verdict(Modality.HABITUAL, ongoing);
    }
    Optional<Integer> presentPassive = headline ? Optional.empty()
        : Tenses.presentPassive(g, trigger).or(() -> Tenses.toldAsCommon(g, trigger));
    if (presentPassive.isPresent()) {
      // "15 people are killed every hour", "kidnappings are commonplace": the present tense tells
      // what happens, not what did.
      return new Verdict(Modality.HABITUAL, presentPassive);
    }
    if (CasualtyCounter.none(g, trigger)) {
      // "No fatalities nor injuries reported": the climb stops at "nor", the "no" is on the head.
      return new Verdict(Modality.NEGATED, Optional.of(trigger));
    }
    int node = trigger;
    for (int depth = 0; node >= 0 && depth < 6; depth++) {
      Optional<Verdict> v = cuesOn(g, node, node == trigger);
      if (v.isPresent()) {
        return v.get();
      }
      Optional<Integer> to = purposeInfinitive(g, node);
      if (to.isPresent()) {
        return new Verdict(Modality.INTENDED, to);
      }
      String rel = g.relation(node);
      int head = g.head(node);
      // "X accused Y of shelling"; but "were alleged to have stabbed" only hedges a report.
      boolean accuser = head >= 0 && !g.exact(head, "nsubj").isEmpty();
      if (accuser && ACCUSATIONS.contains(lemma(g, head)) && !rel.startsWith("nsubj")
          && !rel.equals("conj") && !rel.equals("parataxis")) {
        return new Verdict(Modality.ALLEGED, Optional.of(head));
      }
      // "denied that troops attacked", "rejected claims that troops attacked": a clause that is
      // denied tells no event, though a clause that is said ("said that troops attacked") does.
      if (head >= 0 && (rel.equals("ccomp") || rel.startsWith("acl"))) {
        Optional<Integer> denial = Denials.ofClauseOn(g, head);
        if (denial.isPresent()) {
          return new Verdict(Modality.NEGATED, denial);
        }
      }
      if (rel.startsWith("advcl") && head >= 0) {
        Optional<Integer> plan = g.exact(head, "obj").stream()
            .filter(o -> GENERIC_NOUNS.contains(lemma(g, o))).findFirst();
        if (plan.isPresent()) {
          return new Verdict(Modality.HABITUAL, plan);
        }
      }
      // "warned that an assault ... would be catastrophic", parsed with the noun hanging on "that".
      boolean misattached = rel.equals("dep") && head >= 0 && g.token(head).word().equalsIgnoreCase("that");
      if (head < 0 || stopsClimb(rel) && !misattached || rel.startsWith("advcl") && !isMannerClause(g, node)) {
        break;
      }
      String headPos = g.token(head).pos();
      if ((headPos.equals("VBZ") || headPos.equals("VBP")) && rel.startsWith("xcomp")
          && g.sentence().basicChildren(head).stream().noneMatch(d -> d.relation().startsWith("aux"))) {
        // "its cells continue to carry out ambushes": what they do, not what they did.
        return new Verdict(Modality.HABITUAL, Optional.of(head));
      }
      // "called off a march", "postponed the rally": what is cancelled does not happen.
      if (CANCELLATIONS.contains(lemma(g, head))
          || g.hasParticle(head, "off") && lemma(g, head).equals("call")) {
        return new Verdict(Modality.NEGATED, Optional.of(head));
      }
      // "called the explosion an attack" names it; "a man wanted in connection with" is sought.
      boolean naming = lemma(g, head).equals("call") && rel.startsWith("obj");
      // "called in air strikes": summoned, and delivered, however the parser reads the "in".
      boolean calledIn = lemma(g, head).equals("call") && (g.hasParticle(head, "in")
          || g.exact(head, "obl:in").contains(node) && head + 1 < g.sentence().tokens().size()
              && g.token(head + 1).word().equalsIgnoreCase("in"));
      boolean sought = lemma(g, head).equals("want") && g.token(head).pos().equals("VBN");
      // "protested, demanding protection from militia attacks": what is demanded is not told.
      boolean demanded = lemma(g, head).equals("demand") && (rel.startsWith("obj")
          || rel.startsWith("nmod") || rel.startsWith("ccomp"));
      if ((INTENTIONS.contains(lemma(g, head)) || INTENTION_NOUNS.contains(lemma(g, head))
          || demanded) && !naming && !sought && !calledIn) {
        if (rel.startsWith("xcomp") || rel.startsWith("acl") || rel.startsWith("advcl")
            || rel.startsWith("nmod") || rel.startsWith("obl") || rel.startsWith("obj")
            || rel.startsWith("ccomp")) {
          return new Verdict(intentionModality(lemma(g, head)), Optional.of(head));
        }
      }
      if (APPEARANCES.contains(lemma(g, head)) && rel.startsWith("xcomp")) {
        // "the student appears to have been shot": how it looks, not what is known.
        return new Verdict(Modality.CONDITIONAL, Optional.of(head));
      }
      // "rejected the peace deal, for the attack" (the blame's "for" hung on a clause between),
      // "rejected the plan after the attack": what a denial is for or after is not what it denies.
      if (Denials.denies(g, head) && !rel.startsWith("obl")) {
        return new Verdict(Modality.NEGATED, Optional.of(head));
      }
      node = head;
    }
    return Verdict.ASSERTED;
  }

  private static final Set<String> SPANS = Set.of("day", "week", "month", "year", "decade");
  private static final Set<String> PRESENT_HAVE = Set.of("has", "have");

  /**
   * "The town has been cut off for months by fighting", "have fought for years": a state or a
   * war that has lasted a span of time, in the present perfect, is no dated event.
   */
  private static Optional<Integer> lastingFor(SentenceGraph g, int trigger) {
    for (int verb : List.of(trigger, g.head(trigger))) {
      if (verb < 0 || !g.token(verb).isVerb()) {
        continue;
      }
      boolean perfect = g.sentence().basicChildren(verb).stream().anyMatch(d ->
          d.relation().startsWith("aux")
              && PRESENT_HAVE.contains(g.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
      Optional<Integer> span = g.exact(verb, "obl:for").stream()
          .filter(d -> SPANS.contains(lemma(g, d)) && g.token(d).pos().equals("NNS")).findFirst();
      if (perfect && span.isPresent()) {
        return span;
      }
    }
    return Optional.empty();
  }

  /** A play, a film or a sketch whose words are quoted: "an actress playing an anchor reports". */
  private static Optional<Integer> fiction(SentenceGraph g, int trigger) {
    for (int node = trigger; node >= 0; node = g.head(node)) {
      if (g.token(node).isVerb() && SpeechVerbs.contains(g.token(node).lemma())) {
        for (int subject : g.exact(node, "nsubj")) {
          java.util.BitSet who = g.subtree(subject);
          for (int k = who.nextSetBit(0); k >= 0; k = who.nextSetBit(k + 1)) {
            if (PERFORMERS.contains(lemma(g, k))) {
              return Optional.of(k);
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static final Set<String> PERFORMERS = Set.of(
      "actress", "actor", "character", "comedian", "sketch", "satire", "parody", "film", "movie",
      "novel", "episode", "drama", "cartoon");

  /**
   * The "to" of an infinitive that tells a purpose or a chance: "deployed to repel incursions",
   * "the opportunity to attack", "could be used to carry grenades", "happy to kill".
   */
  private static Optional<Integer> purposeInfinitive(SentenceGraph g, int node) {
    // Only a bare infinitive: "claimed to have killed" reports, "led to people being killed" too.
    if (!g.token(node).pos().equals("VB") || PROTESTING.contains(lemma(g, node))) {
      return Optional.empty();
    }
    String rel = g.relation(node);
    int head = g.head(node);
    boolean clause = rel.startsWith("advcl") || rel.startsWith("acl") || rel.startsWith("xcomp");
    if (!clause || head < 0) {
      return Optional.empty();
    }
    boolean verbHead = g.token(head).isVerb();
    boolean implicative = verbHead && IMPLICATIVE.contains(lemma(g, head));
    // "used drones to attack" told what was done; "used to attack" (no object) what was usual.
    boolean instrument = verbHead && INSTRUMENTAL.contains(lemma(g, head))
        && !g.exact(head, "obj").isEmpty();
    boolean intention = INTENTIONS.contains(lemma(g, head)) || INTENTION_NOUNS.contains(lemma(g, head));
    // "fired live ammunition to disperse protesters": force used on a crowd, which is the act
    // told, whether or not the crowd then broke up. Shots fired into the air to disperse it have
    // no object, but they too are force used on it.
    boolean dispersal = verbHead && DISPERSING.contains(lemma(g, node))
        && (!g.exact(head, "obj").isEmpty() || TriggerTyper.SHOOTING.contains(lemma(g, head)));
    if (implicative && !rel.startsWith("acl") || instrument || intention || dispersal) {
      // An intention verb is the better cue ("seeking to kidnap"), and the climb finds it.
      return Optional.empty();
    }
    return infinitiveTo(g, node);
  }

  /** The "to" that marks the verb as an infinitive, if one does. */
  private static Optional<Integer> infinitiveTo(SentenceGraph g, int verb) {
    return g.sentence().basicChildren(verb).stream()
        .filter(d -> d.relation().equals("mark")
            && g.token(d.dependent()).word().equalsIgnoreCase("to"))
        .map(d -> d.dependent()).findFirst();
  }

  private static Modality intentionModality(String lemma) {
    return lemma.equals("tactic") || lemma.equals("tactics") || lemma.equals("strategy")
        ? Modality.HABITUAL
        : Modality.INTENDED;
  }

  /** Reported speech ("said that ...") and coordination start a new statement: stop there. */
  private static boolean stopsClimb(String rel) {
    return rel.equals("ccomp") || rel.equals("parataxis") || rel.startsWith("conj")
        || rel.equals("root") || rel.startsWith("acl:relcl") || rel.equals("dep");
  }

  /** "by launching an attack" says how the governing act was done, so it shares its modality. */
  private static boolean isMannerClause(SentenceGraph g, int node) {
    int head = g.head(node);
    if (head >= 0 && INSTRUMENTAL.contains(lemma(g, head))) {
      return true;
    }
    // "will hold a rally on Thursday to protest the arrests": the protest is the rally, and
    // happens when the rally does; its tense is the rally's.
    if (g.token(node).pos().equals("VB") && PROTESTING.contains(lemma(g, node))
        && infinitiveTo(g, node).isPresent()) {
      return true;
    }
    return g.sentence().basicChildren(node).stream()
        .anyMatch(d -> (d.relation().equals("mark") || d.relation().equals("case"))
            && g.token(d.dependent()).word().equalsIgnoreCase("by"));
  }

  private Optional<Verdict> cuesOn(SentenceGraph g, int node, boolean isTrigger) {
    for (var d : g.sentence().basicChildren(node)) {
      int dep = d.dependent();
      String word = g.token(dep).word().toLowerCase(Locale.ROOT);
      String rel = d.relation();
      if (rel.equals("aux") && AUXILIARIES.containsKey(word)) {
        return Optional.of(new Verdict(AUXILIARIES.get(word), Optional.of(dep)));
      }
      if (rel.equals("aux") && word.equals("going") || rel.equals("aux") && word.equals("gon")) {
        return Optional.of(new Verdict(Modality.FUTURE, Optional.of(dep)));
      }
      if ((rel.equals("advmod") || rel.equals("det") || rel.equals("neg")) && NEGATORS.contains(word)) {
        return Optional.of(new Verdict(Modality.NEGATED, Optional.of(dep)));
      }
      // "moved into the town without a fight", "left without firing a shot".
      if (isTrigger && (rel.equals("case") || rel.equals("mark")) && word.equals("without")) {
        return Optional.of(new Verdict(Modality.NEGATED, Optional.of(dep)));
      }
      if (rel.equals("mark") && CONDITIONS.contains(word)) {
        return Optional.of(new Verdict(Modality.CONDITIONAL, Optional.of(dep)));
      }
      if (rel.equals("advmod") && HEDGES.contains(word)) {
        return Optional.of(new Verdict(Modality.CONDITIONAL, Optional.of(dep)));
      }
      if (rel.equals("advmod") && HABITUAL_ADVERBS.contains(word)
          || rel.startsWith("obl") && UnboundedTimes.of(g, dep)) {
        return Optional.of(new Verdict(Modality.HABITUAL, Optional.of(dep)));
      }
      if (isTrigger && rel.equals("amod") && FUTURE_NOUNS.contains(word)) {
        return Optional.of(new Verdict(Modality.FUTURE, Optional.of(dep)));
      }
      if (isTrigger && rel.equals("amod") && GENERIC_MODIFIERS.contains(word)
          && !(word.equals("similar") && oneOfItsKind(g, node))) {
        return Optional.of(new Verdict(Modality.HABITUAL, Optional.of(dep)));
      }
      if (isTrigger && rel.equals("det") && word.equals("every")) {
        return Optional.of(new Verdict(Modality.HABITUAL, Optional.of(dep)));
      }
    }
    return Optional.empty();
  }

  /**
   * "A similar protest in Dedza on Wednesday ended peacefully": one act like another, with "a"
   * before it, is an act of its own; "similar protests" are a kind.
   */
  private static boolean oneOfItsKind(SentenceGraph g, int noun) {
    return g.token(noun).pos().equals("NN") && g.sentence().basicChildren(noun).stream()
        .anyMatch(d -> d.relation().equals("det")
            && Set.of("a", "an").contains(g.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
  }

  private static String lemma(SentenceGraph g, int i) {
    return g.token(i).lemma().toLowerCase(Locale.ROOT);
  }
}
