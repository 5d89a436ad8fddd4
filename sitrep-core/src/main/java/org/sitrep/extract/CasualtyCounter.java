package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Token;
import org.sitrep.internal.HarmWords;
import org.sitrep.model.Count;
import org.sitrep.model.Evidence;

/**
 * Finds the people killed, injured and captured that a sentence reports, from the words that say
 * so ("killing at least 13", "20 were taken prisoner", "several deaths among both parties") and the
 * numbers the parse attaches to them.
 */
final class CasualtyCounter {
  enum Kind {
    FATALITIES("fatalities"),
    INJURED("injured"),
    CAPTURED("captured");

    final String field;

    Kind(String field) {
      this.field = field;
    }
  }

  /**
   * A count, the token that reports it (for attaching it to the nearest trigger) and its words.
   *
   * @param toll the figure is the event's whole toll ("the death toll rose to five"), which other
   *     counts of its sentence are part of, not added to
   */
  record Finding(Kind kind, int anchor, Quantity quantity, Evidence evidence, boolean claimed,
      boolean toll) {
    Finding(Kind kind, int anchor, Quantity quantity, Evidence evidence, boolean claimed) {
      this(kind, anchor, quantity, evidence, claimed, false);
    }
  }

  private static final Set<String> KILL_VERBS = Set.of(
      "kill", "die", "slay", "execute", "behead", "massacre", "murder", "slaughter", "perish",
      "lynch",
      // "troops neutralised eight terrorists", "martyring six soldiers": military and regional
      // words for killing.
      "neutralise", "neutralize", "martyr");
  private static final Set<String> DEATH_NOUNS = Set.of(
      "death", "fatality", "dead", "body", "corpse", "remains", "life", "toll", "killing", "slaying",
      "murder");
  /** Nouns of an act of killing that count only those they name: "the killing of four soldiers". */
  private static final Set<String> ACT_NOUNS = Set.of("killing", "slaying", "murder");
  private static final Set<String> INJURY_VERBS = Set.of("wound", "injure", "hurt", "maim");
  private static final Set<String> INJURY_NOUNS = Set.of("injury", "wounded", "injured");
  /** ACLED's and the schema's captured: people abducted, arrested or taken prisoner. */
  private static final Set<String> CAPTURE_VERBS = Set.of(
      "capture", "seize", "abduct", "kidnap", "arrest", "detain", "apprehend");
  private static final Set<String> CAPTIVE_NOUNS = Set.of("prisoner", "captive", "hostage");
  private static final Set<String> DEFINITE = Set.of("the", "these", "those");
  /** Words that qualify a figure: "at least 13", "more than 20", "up to 30". */
  static final Set<String> QUALIFIERS = Set.of(
      "at", "least", "more", "than", "over", "about", "around", "nearly", "almost", "some",
      "up", "to", "as", "many", "approximately", "roughly");

  List<Finding> count(SentenceGraph g) {
    List<Finding> out = new ArrayList<>();
    for (Token t : g.sentence().tokens()) {
      kindOf(g, t).flatMap(kind -> finding(g, t.index(), kind)).ifPresent(out::add);
    }
    return out;
  }

  static Optional<Kind> kindOf(SentenceGraph g, Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (t.isVerb() && KILL_VERBS.contains(lemma) || t.isNoun() && DEATH_NOUNS.contains(lemma)
        || lemma.equals("dead") || blewThemselvesUp(g, t) || sentToHell(g, t)
        || Dying.sacrificed(g, t.index())
        || Dying.lostMen(g, t.index())) {
      return Optional.of(Kind.FATALITIES);
    }
    // "sustained gunshot wounds": a wound is an injury when someone bore it ("died of his wounds"
    // counts the dead, not the hurt).
    if (t.isVerb() && INJURY_VERBS.contains(lemma) || INJURY_NOUNS.contains(lemma)
        || t.isNoun() && lemma.equals("wound") && Victims.sufferer(g, t.index()).isPresent()) {
      return Optional.of(Kind.INJURED);
    }
    if (t.isVerb() && CAPTURE_VERBS.contains(lemma) || t.isNoun() && CAPTIVE_NOUNS.contains(lemma)
        && g.head(t.index()) >= 0 && g.token(g.head(t.index())).lemma().equals("take")) {
      return Optional.of(Kind.CAPTURED);
    }
    return Optional.empty();
  }

  /**
   * "five terrorists were sent to hell": how the Pakistani military's press releases tell of
   * the militants its troops killed.
   */
  private static boolean sentToHell(SentenceGraph g, Token t) {
    return t.isVerb() && t.lemma().equalsIgnoreCase("send")
        && g.sentence().basicChildren(t.index()).stream()
            .anyMatch(d -> d.relation().startsWith("obl")
                && g.token(d.dependent()).word().equalsIgnoreCase("hell"));
  }

  /**
   * "A suicide bomber blew himself up": the bomber died, the only death the sentence tells. When
   * it tells others ("..., killing 12 worshippers") their figure is the report's, as written.
   */
  private static boolean blewThemselvesUp(SentenceGraph g, Token t) {
    // Read for every word of every sentence: the sentence is scanned only for "blew ... up".
    if (!t.isVerb() || !t.lemma().equalsIgnoreCase("blow")
        || !g.hasParticle(t.index(), "up")
        || g.exact(t.index(), "obj").stream().noneMatch(d -> Headcount.oneSelf(g.token(d)))) {
      return false;
    }
    return g.sentence().tokens().stream().noneMatch(o -> o.index() != t.index()
        && (o.isVerb() && KILL_VERBS.contains(o.lemma().toLowerCase(Locale.ROOT))
            || o.isNoun() && DEATH_NOUNS.contains(o.lemma().toLowerCase(Locale.ROOT))));
  }

  private Optional<Finding> finding(SentenceGraph g, int word, Kind kind) {
    Token t = g.token(word);
    if (t.lemma().equalsIgnoreCase("life") && !g.token(Math.max(0, g.head(word))).lemma().equals("claim")) {
      return Optional.empty();
    }
    if (t.isNoun() && ACT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
        && g.first(word, "nmod:of").isEmpty()) {
      // "condemned the killings": the count is told elsewhere, if at all.
      return Optional.empty();
    }
    if (eitherOr(g, word)) {
      // "killed or wounded 20 people": how many died the report does not say.
      return Optional.empty();
    }
    if (deadToldBefore(g, word) || Tallies.ofASeries(g, word)) {
      return Optional.empty();
    }
    if (none(g, word)) {
      // "No fatalities nor injuries reported": a count of nobody.
      return Optional.empty();
    }
    if (g.relation(word).equals("compound") && isToll(g, g.head(word))) {
      // The "death" of "the death toll": the toll counts, not its modifier.
      return Optional.empty();
    }
    if (isToll(g, word)) {
      // "the death toll rose to 14": the figure the toll reaches, or none.
      return tollFinding(g, word, kind);
    }
    Optional<Integer> victims = Victims.of(g, word, kind);
    if (victims.isEmpty()) {
      return unknownNumber(g, word, kind);
    }
    int v = victims.get();
    String lemma = g.token(v).lemma();
    if (Things.isThing(lemma) || Things.isMunition(lemma) || none(g, v)) {
      // "killing no one", "no civilians were hurt", "seized several rounds": nobody to count.
      return Optional.empty();
    }
    if (isToll(g, v)) {
      // "The toll rose to six as two of the wounded died", parsed with the toll as the one who
      // died: the toll is counted by its own figure, never as one person.
      return tollFinding(g, v, kind);
    }
    Optional<Quantity> q = Headcount.quantity(g, v).or(() -> impliedNumber(g.token(v), kind));
    if (q.isEmpty()) {
      return unknownNumber(g, word, kind);
    }
    int from = Math.min(word, quantityStart(g, v));
    int to = Math.max(word, v);
    List<Integer> groups = new ArrayList<>(g.exact(v, "conj:and"));
    if (groups.isEmpty()) {
      secondGroup(g, v).ifPresent(groups::add);
    }
    Optional<Quantity> sum = sumOfGroups(g, q.get(), groups, kind);
    if (sum.isPresent()) {
      to = Math.max(to, java.util.Collections.max(groups));
    }
    Quantity figure = sum.orElse(q.get());
    if (differing(g, word) || differing(g, v) || saidOtherwise(g, word)) {
      figure = new Quantity(figure.value(), Count.DIFFERING);
    }
    return Optional.of(new Finding(kind, word, figure, g.span(from, to, kind.field),
        claimed(g, word)));
  }

  /**
   * "killing a woman and her two children", "a farmer and his two daughters, a council said":
   * the parser may join the second group to the verb, or make it the subject of the attribution
   * after it. Read by position: "and", a possessive or article, a number and adjectives, and a
   * noun that ends the clause (not "a soldier and the attackers fled").
   */
  private static Optional<Integer> secondGroup(SentenceGraph g, int first) {
    int k = first + 1;
    if (k >= g.size() || !g.token(k).word().equalsIgnoreCase("and")) {
      return Optional.empty();
    }
    k++;
    while (k < g.size() && GROUP_OPENERS.contains(g.token(k).pos())) {
      k++;
    }
    if (k >= g.size() || !g.token(k).isNoun()) {
      return Optional.empty();
    }
    boolean ends = k + 1 >= g.size() || CLAUSE_ENDS.contains(g.token(k + 1).pos());
    return ends ? Optional.of(k) : Optional.empty();
  }

  private static final Set<String> GROUP_OPENERS = Set.of("PRP$", "DT", "CD", "JJ");
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", ":", "IN");

  private static final Set<String> FIGURE_NOUNS = Set.of(
      "toll", "figure", "number", "count", "tally", "estimate");

  /**
   * "Police gave a lower toll of nine dead", "a different figure of 12 deaths": the count is one
   * source's figure told against another's for the same dead, not more dead.
   */
  private static boolean differing(SentenceGraph g, int word) {
    int figure = g.head(word);
    return figure >= 0 && g.relation(word).startsWith("nmod")
        && FIGURE_NOUNS.contains(g.token(figure).lemma().toLowerCase(Locale.ROOT))
        && g.exact(figure, "amod").stream()
            .anyMatch(a -> HarmWords.contrastsFigure(g.token(a).word()));
  }

  /** Words that set what one says against what was told before it. */
  private static final Set<String> CONTRAST = Set.of("but", "however", "though", "yet");

  /**
   * "Police confirmed the attack but said nine people were killed", "the army, however, said
   * two soldiers died": a figure told against another's for the same dead, not more dead.
   */
  private static boolean saidOtherwise(SentenceGraph g, int word) {
    int said = g.head(word);
    if (said < 0 || !g.relation(word).equals("ccomp")
        || !SpeechVerbs.contains(g.token(said).lemma())) {
      return false;
    }
    return g.sentence().basicChildren(said).stream()
        .filter(d -> d.relation().equals("cc") || d.relation().equals("advmod"))
        .anyMatch(d -> CONTRAST.contains(g.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
  }

  /**
   * "Thirteen militiamen and two soldiers were killed": each group's figure adds to the count,
   * when every group has one as written ("a policeman" is one); "dozens of militants and two
   * soldiers" keep the first figure. Empty when nothing is added.
   */
  private static Optional<Quantity> sumOfGroups(SentenceGraph g, Quantity first,
      List<Integer> groups, Kind kind) {
    // "killing the administrator and two of his relatives": one person named counts as one.
    // "at least seven soldiers and nine militants": a floor adds as a figure does.
    if (groups.isEmpty() || !first.written() && first.value() != 1) {
      return Optional.empty();
    }
    int sum = first.value();
    for (int c : groups) {
      // "a man and a woman aged 71 and 68": the ages listed with the groups count no one.
      if (g.token(c).pos().equals("CD") && Headcount.ageNamed(g, c)) {
        continue;
      }
      Optional<Quantity> more = Headcount.quantity(g, c).or(() -> impliedNumber(g.token(c), kind));
      if (more.isEmpty() || !(more.get().written() || more.get().value() == 1)
          || Things.isThing(g.token(c).lemma()) || harmedOtherwise(g, c, kind)) {
        return Optional.empty();
      }
      sum += more.get().value();
    }
    return Optional.of(new Quantity(sum, "sum of the groups' figures"));
  }

  /**
   * "leaving one watchman dead and two others wounded": a group with its own word of harm, of
   * another kind, is counted by that word, not added to the first group's.
   */
  private static boolean harmedOtherwise(SentenceGraph g, int group, Kind kind) {
    return java.util.stream.Stream.concat(g.exact(group, "amod").stream(),
            g.exact(group, "acl").stream())
        .map(g::token).map(t -> kindOf(g, t)).flatMap(Optional::stream)
        .anyMatch(k -> k != kind);
  }

  /** The figure a toll reaches, counted as the event's whole toll. */
  private static Optional<Finding> tollFinding(SentenceGraph g, int toll, Kind kind) {
    return tollFigure(g, toll).flatMap(n -> Headcount.quantity(g, n).map(q -> new Finding(kind,
        toll, q, g.span(Math.min(toll, n), Math.max(toll, n), kind.field), claimed(g, toll),
        true)));
  }

  private static boolean isToll(SentenceGraph g, int word) {
    return word >= 0 && HarmWords.toll(g.token(word).lemma());
  }

  /**
   * "rose to 14", "stood at 14": the number the verb of the toll's subject reaches; "raised the
   * toll to 14", "put the toll at 14", "the toll was revised to 14": the number the toll is set to.
   */
  private static Optional<Integer> tollFigure(SentenceGraph g, int word) {
    // "The toll rose to six as two of the wounded died": the parser may hang "rose" on the toll
    // as a clause of its own, and make the toll the subject of the verb after.
    for (int rose : g.exact(word, "acl")) {
      Optional<Integer> reached = g.first(rose, "obl:to").or(() -> g.first(rose, "obl:at"));
      if (reached.isPresent()) {
        return reached;
      }
    }
    int verb = g.head(word);
    String rel = g.relation(word);
    if (verb < 0 || !rel.startsWith("nsubj") && !rel.equals("obj")) {
      return Optional.empty();
    }
    return g.first(verb, "obl:to").or(() -> g.first(verb, "obl:at"));
  }

  /**
   * "no fatalities", "no deaths or injuries", "neither deaths nor injuries": the noun, or the noun
   * it is joined to, says none.
   */
  static boolean none(SentenceGraph g, int word) {
    if (!g.token(word).isNoun()) {
      return false;
    }
    // "no deaths or injuries", "no reports of casualties": the "no" may sit on a noun above.
    List<Integer> nouns = new ArrayList<>(List.of(word));
    for (int n = word, up = 0; up < 2 && g.head(n) >= 0 && g.token(g.head(n)).isNoun()
        && (g.relation(n).startsWith("conj") || g.relation(n).startsWith("nmod")); up++) {
      n = g.head(n);
      nouns.add(n);
    }
    return nouns.stream().anyMatch(n -> g.sentence().basicChildren(n).stream().anyMatch(
        d -> NONE.contains(d.relation() + " " + g.token(d.dependent()).word().toLowerCase(Locale.ROOT))));
  }

  /** Words that deny a noun, with the relation that hangs them on it. */
  private static final Set<String> NONE = Set.of("det no", "cc:preconj neither", "cc nor");

  /** "killed or wounded", "wounded or killed": a verb of death and one of injury joined by "or". */
  private static boolean eitherOr(SentenceGraph g, int verb) {
    if (!g.token(verb).isVerb()) {
      return false;
    }
    List<Integer> partners = new ArrayList<>(g.exact(verb, "conj:or"));
    int head = g.head(verb);
    if (head >= 0 && g.relation(verb).startsWith("conj")
        && g.sentence().basicChildren(verb).stream().anyMatch(d -> d.relation().equals("cc")
            && g.token(d.dependent()).word().equalsIgnoreCase("or"))) {
      partners.add(head);
    }
    return partners.stream().anyMatch(p -> kindOf(g, g.token(p)).isPresent());
  }

  private static int quantityStart(SentenceGraph g, int v) {
    int start = v;
    for (int i = v - 1; i >= Math.max(0, v - 4); i--) {
      String w = g.token(i).word().toLowerCase(Locale.ROOT);
      boolean partOfFigure = QUALIFIERS.contains(w)
          || Quantity.ofWord(w).isPresent() && !w.equals("a") && !w.equals("an");
      if (!partOfFigure) {
        break;
      }
      start = i;
    }
    return start;
  }

  /** A figure under "claimed that" is one side's word: kept, but not added to a reported one. */
  private static boolean claimed(SentenceGraph g, int word) {
    for (int t = g.head(word), hops = 0; t >= 0 && hops < 4; t = g.head(t), hops++) {
      if (g.token(t).lemma().equalsIgnoreCase("claim")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ONE_PERSON = Set.of("him", "her", "he", "she");

  /** "killed the commander" is one death; "killed fighters" an unknown number of them. */
  private static Optional<Quantity> impliedNumber(Token victim, Kind kind) {
    if (victim.pos().equals("NN") && victim.ner().equals("O")) {
      return Optional.of(new Quantity(1, "one person named"));
    }
    // "shot a teacher, killing him": one person, named before.
    if (victim.pos().equals("PRP") && ONE_PERSON.contains(victim.word().toLowerCase(Locale.ROOT))) {
      return Optional.of(new Quantity(1, "one person named before"));
    }
    if (victim.pos().equals("NNS") && kind == Kind.FATALITIES) {
      return Optional.of(Quantity.UNKNOWN);
    }
    return Optional.empty();
  }

  /**
   * "Three farmers were found dead. Their bodies had been mutilated", "the deaths": a plural
   * noun of the dead with "the" or a possessive and no figure of its own names the dead counted
   * before, not a number left unknown.
   */
  private static boolean deadToldBefore(SentenceGraph g, int word) {
    Token t = g.token(word);
    if (!t.pos().equals("NNS") || !DEATH_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
        || Headcount.quantity(g, word).isPresent() || g.first(word, "nmod:of").isPresent()) {
      return false;
    }
    return g.sentence().basicChildren(word).stream()
        .anyMatch(d -> d.relation().equals("nmod:poss") || d.relation().equals("det")
            && DEFINITE.contains(g.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
  }

  /** Deaths reported with no number: ACLED codes them 10; nothing is counted for other kinds. */
  private static Optional<Finding> unknownNumber(SentenceGraph g, int word, Kind kind) {
    Token t = g.token(word);
    boolean pluralDeaths = kind == Kind.FATALITIES && t.isNoun() && t.pos().equals("NNS");
    if (!pluralDeaths) {
      return Optional.empty();
    }
    return Optional.of(new Finding(kind, word, Quantity.UNKNOWN, g.span(word, word, kind.field),
        claimed(g, word)));
  }
}
