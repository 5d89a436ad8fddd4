package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.Token;
import org.sitrep.internal.WordFamilies;

/**
 * Recognises a toll over many events: "an estimated 20,000 people have been killed in Gaza",
 * "about 100 people have died in three months of protests", "by the end of 1972, 496 had been
 * killed", "94 journalists have been killed since the war began". Such a toll reports no event
 * of its own, and added to one strike's dead it would make that strike a massacre. The sign is a
 * perfect tense with a span of time, or a toll in the thousands.
 */
final class Tallies {
  private static final Set<String> FAMILIES = Set.of("span", "duration", "until");
  /** A toll this large with a perfect tense is a war's or a year's, seldom one event's. */
  private static final int WAR_TOLL = 1000;
  private static final Set<String> PAST = Set.of("past", "last", "previous");
  private static final Set<String> SPAN_PREPOSITIONS =
      Set.of("in", "over", "during", "for", "throughout", "within");

  private final Set<String> span;
  private final Set<String> duration;
  private final Set<String> until;

  Tallies(WordFamilies cues) {
    this.span = cues.get("span");
    this.duration = cues.get("duration");
    this.until = cues.get("until");
  }

  static Tallies loadDefault() {
    return new Tallies(WordFamilies.bundled(Tallies.class, "tally-cues.tsv", FAMILIES));
  }

  /** "has killed more civilians than the coalition did": a toll compared, not one event. */
  private static boolean compared(SentenceGraph g, int noun) {
    boolean more = g.sentence().basicChildren(noun).stream().anyMatch(d ->
        (d.relation().equals("amod") || d.relation().equals("advmod"))
            && COMPARATIVES.contains(g.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
    return more && g.sentence().tokens().stream()
        .anyMatch(t -> t.index() > noun && t.word().equalsIgnoreCase("than"));
  }

  private static final Set<String> COMPARATIVES = Set.of("more", "fewer", "less");

  /** The word that shows the trigger's clause tells a total, if it does. */
  Optional<Integer> totalCue(SentenceGraph g, int trigger) {
    Optional<Integer> period = worstPeriod(g);
    if (period.isPresent()) {
      return period;
    }
    int verb = clauseVerb(g, trigger);
    Optional<Integer> stretch = verb < 0 ? Optional.empty() : actsOfAStretch(g, verb);
    if (stretch.isPresent()) {
      return stretch;
    }
    // "1,139 people killed in Israel since October 7": a participle of a toll needs no perfect.
    boolean tollParticiple = verb >= 0 && g.token(verb).pos().equals("VBN")
        && g.relation(verb).startsWith("acl");
    if (verb < 0) {
      return Optional.empty();
    }
    if (!perfect(g, verb) && !tollParticiple) {
      return yearsToll(g, verb);
    }
    for (Dependency d : g.sentence().basicChildren(verb)) {
      int dep = d.dependent();
      String rel = d.relation();
      if (rel.startsWith("ccomp") || rel.equals("parataxis") || rel.startsWith("conj")) {
        continue;
      }
      Optional<Integer> cue = spanIn(g, dep, rel);
      if (cue.isPresent()) {
        return cue;
      }
      // "an estimated 20,000 people have been killed", "the war has killed tens of thousands",
      // "the fighting has killed 40": a war's toll.
      boolean war = rel.equals("nsubj") && WARS.contains(g.token(dep).lemma().toLowerCase(Locale.ROOT));
      boolean subjectOrObject = rel.startsWith("nsubj") || rel.equals("obj");
      // "About 3,000 miners had marched to Congress": the size of a crowd is no toll.
      boolean crowd = rel.startsWith("nsubj") && GATHERING.contains(lemma(g, verb));
      if (subjectOrObject && (large(g, dep) && !crowd || compared(g, dep)) || war) {
        return Optional.of(dep);
      }
    }
    return Optional.empty();
  }

  /**
   * "agreed a truce after a week of clashes that killed at least 43 people": what acts that ran
   * over more than a day before the sentence's own act did is their total, whatever the tense.
   * (One day's or one night's acts may be one event's, "after a day of clashes that killed 12";
   * and "two days of fighting left 20 dead" tells the fighting, which is coded with its dead.)
   */
  private Optional<Integer> actsOfAStretch(SentenceGraph g, int verb) {
    if (!g.relation(verb).startsWith("acl:relcl")) {
      return Optional.empty();
    }
    int acts = g.head(verb);
    int stretch = acts >= 0 && g.relation(acts).startsWith("nmod") ? g.head(acts) : -1;
    boolean longer = stretch >= 0 && duration.contains(lower(g.token(stretch)))
        && !lower(g.token(stretch)).equals("day");
    boolean before = longer && STRETCH_BEFORE.stream().anyMatch(p -> g.hasCase(stretch, p));
    return before ? Optional.of(stretch) : Optional.empty();
  }

  /** What opens a stretch of acts told as before the sentence's own. */
  private static final Set<String> STRETCH_BEFORE = Set.of("after", "following", "since");

  /** Spans of time longer than the day an event is coded to. */
  private static final Set<String> PERIODS = Set.of("year", "month", "decade", "quarter",
      "season");

  /**
   * "2024 was the deadliest year for the police, with more than 600 killed": a sentence that
   * ranks a period by its dead counts the period's acts, not one of them. (A day may be ranked
   * so and still be one event's: "Sunday was the deadliest day of the protests".)
   */
  private static Optional<Integer> worstPeriod(SentenceGraph g) {
    int root = g.sentence().tokens().stream().filter(t -> g.relation(t.index()).equals("root"))
        .map(org.sitrep.annotate.Token::index).findFirst().orElse(-1);
    if (root < 0 || !PERIODS.contains(lemma(g, root))) {
      return Optional.empty();
    }
    boolean ranked = g.sentence().basicChildren(root).stream().anyMatch(d ->
        d.relation().equals("amod") && g.token(d.dependent()).pos().equals("JJS"));
    boolean copula = !g.exact(root, "cop").isEmpty();
    return ranked && copula ? Optional.of(root) : Optional.empty();
  }

  /** What a crowd does: "thousands have marched", "have taken to the streets", "had gathered". */
  private static final Set<String> GATHERING = Set.of("march", "protest", "rally", "demonstrate",
      "gather", "assemble", "take", "converge", "join", "stage", "hold", "picket");

  /**
   * "a series of attacks", "a spate of bombings": many events, none told. But "jets carried out a
   * series of airstrikes on the hills on Monday" tells one day's strikes on one place, which a
   * coder codes as one event: a series or a string that is what a verb in the simple past did, or
   * had done to it, with no span of days or more, is told as one act.
   */
  Optional<Integer> seriesCue(SentenceGraph g, int trigger) {
    int head = g.head(trigger);
    boolean of = g.relation(trigger).startsWith("nmod") || g.relation(trigger).equals("fixed");
    if (head >= 0 && of && SERIES.contains(lemma(g, head))) {
      return oneDays(g, head, head) ? Optional.empty() : Optional.of(head);
    }
    // "a series of" may be parsed as a fixed determiner of the event noun.
    return g.sentence().basicChildren(trigger).stream()
        .filter(d -> d.relation().startsWith("det") && SERIES.contains(lemma(g, d.dependent() + 1)))
        .map(d -> d.dependent() + 1)
        .filter(cue -> !oneDays(g, trigger, cue)).findFirst();
  }

  /**
   * "the latest in a string of killings of local officials": deaths a series is of are many
   * events' dead, counted by none of them.
   */
  static boolean ofASeries(SentenceGraph g, int noun) {
    int head = g.head(noun);
    return head >= 0 && g.relation(noun).startsWith("nmod") && SERIES.contains(lemma(g, head));
  }

  private static final Set<String> SERIES = Set.of(
      "series", "spate", "string", "succession", "flurry", "catalogue", "litany", "history");
  /** Series that may be one day's: a spate, a litany or a history runs over time. */
  private static final Set<String> ONE_DAYS = Set.of("series", "string", "succession", "flurry");

  /** The series at {@code noun} is what a verb in the simple past did or had done to it. */
  private boolean oneDays(SentenceGraph g, int noun, int cue) {
    String rel = g.relation(noun);
    int verb = g.head(noun);
    if (!ONE_DAYS.contains(lemma(g, cue)) || verb < 0 || !g.token(verb).isVerb()
        || !(rel.equals("obj") || rel.startsWith("nsubj") || tookPartIn(g, noun, verb))
        || perfect(g, verb)) {
      return false;
    }
    String pos = g.token(verb).pos();
    List<Dependency> aux = g.sentence().basicChildren(verb).stream()
        .filter(d -> d.relation().startsWith("aux")).toList();
    // "were carried out"; and a participle with no auxiliary heading its clause is a past the
    // tagger misread ("On 3 June, jets carried out ...").
    boolean pastParticiple = pos.equals("VBN")
        && (aux.isEmpty() && !g.relation(verb).startsWith("acl")
            || aux.stream().anyMatch(d -> d.relation().equals("aux:pass")
                && Set.of("was", "were").contains(lower(g.token(d.dependent())))));
    // "in recent weeks", "last month", "over the past days": the series runs over a span.
    boolean spanned = g.sentence().basicChildren(verb).stream()
        .anyMatch(d -> d.relation().startsWith("obl")
            && duration.contains(lower(g.token(d.dependent())))
            || spanIn(g, d.dependent(), d.relation()).isPresent());
    return (pos.equals("VBD") || pastParticiple) && !spanned;
  }

  /** "took part in a series of protests", "joined in a string of strikes": done, as the object. */
  private static boolean tookPartIn(SentenceGraph g, int noun, int verb) {
    return g.relation(noun).startsWith("obl") && PARTAKING.contains(lemma(g, verb))
        && g.sentence().basicChildren(noun).stream().anyMatch(d -> d.relation().equals("case")
            && lower(g.token(d.dependent())).equals("in"));
  }

  private static final Set<String> PARTAKING = Set.of("take", "participate", "join", "engage");

  private static String lemma(SentenceGraph g, int i) {
    return g.token(i).lemma().toLowerCase(Locale.ROOT);
  }

  private static final Set<String> WARS = Set.of("war", "conflict", "fighting", "insurgency", "violence");

  /**
   * "More than 5,600 people were killed in gang violence last year": a toll in the thousands over
   * a year or a month is a total even in the simple past; a count of one event is seldom so large.
   */
  private Optional<Integer> yearsToll(SentenceGraph g, int verb) {
    if (!DEATH_VERBS.contains(g.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    boolean thousands = g.sentence().basicChildren(verb).stream()
        .anyMatch(d -> (d.relation().startsWith("nsubj") || d.relation().equals("obj"))
            && large(g, d.dependent()));
    if (!thousands) {
      return Optional.empty();
    }
    return g.sentence().basicChildren(verb).stream()
        .filter(d -> d.relation().startsWith("obl"))
        .map(Dependency::dependent)
        .filter(o -> longSpan(g, o))
        .findFirst();
  }

  private static final Set<String> DEATH_VERBS = Set.of("kill", "die");

  /** The trigger if it is a verb, else the verb whose clause holds it ("in months of protests"). */
  private static int clauseVerb(SentenceGraph g, int trigger) {
    int node = trigger;
    for (int hop = 0; node >= 0 && hop < 4; hop++) {
      if (g.token(node).isVerb()) {
        return node;
      }
      String rel = g.relation(node);
      if (rel.equals("root") || rel.startsWith("ccomp") || rel.startsWith("conj")) {
        return -1;
      }
      node = g.head(node);
    }
    return -1;
  }

  private static boolean perfect(SentenceGraph g, int verb) {
    return g.sentence().basicChildren(verb).stream().anyMatch(d -> d.relation().equals("aux")
        && g.token(d.dependent()).lemma().equalsIgnoreCase("have"));
  }

  /** "since ...", "so far", "by the end of", "in three months of", "over the past year". */
  private Optional<Integer> spanIn(SentenceGraph g, int dep, String rel) {
    Token t = g.token(dep);
    String word = lower(t);
    if (rel.equals("mark") && span.contains(word)) {
      return Optional.of(dep);
    }
    if (rel.startsWith("advcl") || rel.startsWith("advmod") || rel.startsWith("obl")) {
      for (Dependency c : g.sentence().basicChildren(dep)) {
        String w = lower(g.token(c.dependent()));
        if ((c.relation().equals("mark") || c.relation().equals("case")) && span.contains(w)) {
          return Optional.of(c.dependent());
        }
      }
      int before = dep - 1;
      if (before >= 0 && span.contains(lower(g.token(before)) + "_" + word)) {
        return Optional.of(before);
      }
      if (span.contains(word)) {
        return Optional.of(dep);
      }
    }
    // "by the end of 1972", "by the end of the war"; but "by the end of the day" closes one
    // day's events, and "by the time it was over" one event's.
    if (rel.startsWith("obl") && until.contains(word) && g.hasCase(dep, "by")
        && g.exact(dep, "nmod:of").stream().anyMatch(o -> longSpan(g, o))) {
      return Optional.of(dep);
    }
    // "have been killed in the province this year": a year's toll.
    if ((rel.equals("obl:tmod") || rel.equals("obl:npmod")) && duration.contains(word)
        && g.sentence().basicChildren(dep).stream()
            .anyMatch(d -> lower(g.token(d.dependent())).equals("this"))) {
      return Optional.of(dep);
    }
    // "in three months of protests", "over the past year"; but "last week" is a date.
    boolean stretch = SPAN_PREPOSITIONS.stream().anyMatch(p -> g.hasCase(dep, p));
    if (rel.startsWith("obl") && duration.contains(word) && stretch
        && (counted(g, dep) || pastOnes(g, dep))) {
      return Optional.of(dep);
    }
    return Optional.empty();
  }

  private static final Set<String> LONG_SPANS = Set.of(
      "year", "month", "decade", "war", "conflict", "fighting", "campaign", "occupation", "siege");

  private static boolean longSpan(SentenceGraph g, int noun) {
    Token t = g.token(noun);
    return t.word().matches("\\d{4}") || LONG_SPANS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean counted(SentenceGraph g, int noun) {
    return g.sentence().basicChildren(noun).stream().anyMatch(d -> d.relation().equals("nummod"));
  }

  private static boolean pastOnes(SentenceGraph g, int noun) {
    return g.sentence().basicChildren(noun).stream()
        .anyMatch(d -> PAST.contains(lower(g.token(d.dependent()))));
  }

  /** "an estimated 20,000 people", "more than 3,000": a toll in the thousands. */
  private static boolean large(SentenceGraph g, int subject) {
    List<Dependency> mods = g.sentence().basicChildren(subject);
    for (Dependency d : mods) {
      Token t = g.token(d.dependent());
      if (d.relation().equals("amod") && t.lemma().equalsIgnoreCase("estimate")) {
        return true;
      }
      if (d.relation().equals("nummod")) {
        Optional<Quantity> q = Quantity.ofWord(t.word());
        if (q.isPresent() && q.get().value() >= WAR_TOLL) {
          return true;
        }
      }
    }
    Optional<Quantity> own = Quantity.ofWord(g.token(subject).word());
    return own.isPresent() && own.get().value() >= WAR_TOLL;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
