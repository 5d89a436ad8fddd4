package org.sitrep.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.Sentence;
import org.sitrep.model.Count;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.SubEventType;

/**
 * Finds event mentions in parsed sentences: each trigger word that is not part of another
 * trigger's phrase ("thwarted an ISIS <i>attack</i>", "an attack <i>killing</i> 13") becomes a
 * mention with its participants, places, date, counts and modality.
 */
public final class ParseMentionExtractor implements MentionExtractor {
  private static final Set<String> SUPPORT = Set.of("support", "back", "cover", "accompany", "aid");
  private static final Set<String> BARRIERS = Set.of(
      "ccomp", "parataxis", "advcl", "acl:relcl", "dep", "root", "nsubj", "csubj", "list");

  private final TriggerLexicon lexicon;
  private final TriggerTyper typer;
  private final EventDetector detector;
  private final ArgumentFinder arguments = new ArgumentFinder();
  private final ModalityFilter modality = new ModalityFilter();
  private final CasualtyCounter casualties = new CasualtyCounter();
  private final PlaceSpotter places = new PlaceSpotter();
  private final DateFinder dates;
  private final NarrativeDates narrative = new NarrativeDates();
  /** Words under which an event is spoken of, not told ("in connection with", "a probe into"). */
  private final Set<String> frames = org.sitrep.internal.WordFamilies.bundledPart(
      ParseMentionExtractor.class, "/org/sitrep/normalize/reference-cues.tsv", Set.of("frame"))
      .get("frame");

  public ParseMentionExtractor(TriggerLexicon lexicon) {
    this(lexicon, EventDetector.NONE);
  }

  /** @param detector reads the sentences with no trigger word, to find events the words miss */
  public ParseMentionExtractor(TriggerLexicon lexicon, EventDetector detector) {
    this.lexicon = lexicon;
    this.typer = new TriggerTyper(lexicon);
    this.dates = new DateFinder(lexicon);
    this.detector = detector;
  }

  /**
   * Sentences worth a parse: those with a word that may be a trigger, and those in which the
   * detector finds an event.
   */
  public boolean mayDescribeEvent(Sentence sentence) {
    return hasTriggerWord(sentence)
        || Statements.tellsSomething(sentence) && detector.detect(sentence).isPresent();
  }

  private boolean hasTriggerWord(Sentence sentence) {
    if (!Statements.tellsSomething(sentence)) {
      return false;
    }
    Set<String> words = new HashSet<>();
    sentence.tokens().forEach(t -> words.add(t.word().toLowerCase(Locale.ROOT)));
    if (sentence.tokens().stream().anyMatch(t -> t.pos().equals("CD"))) {
      words.add(WeaponWords.COUNT);
    }
    return sentence.tokens().stream().anyMatch(t -> lexicon.mayTrigger(t, words)
        && !(TimeWords.isCalendarWord(t.word()) && Character.isUpperCase(t.word().charAt(0))))
        || WitnessedFire.mayTell(sentence) || BareClaims.mayTell(sentence)
        || Dying.mayTell(sentence);
  }

  @Override
  public List<Mention> extract(AnnotatedArticle article) {
    List<Mention> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      if (!s.parsed() || !Statements.tellsSomething(s)) {
        continue;
      }
      SentenceGraph g = new SentenceGraph(s, article.article().text());
      List<Mention> found = hasTriggerWord(s) ? extract(article, g) : List.of();
      if (found.isEmpty()) {
        // No trigger word, or none the rules could read as an event ("Jets levelled two
        // buildings, killing four"): the detector's turn. A sentence it found before the parse
        // is asked again rather than remembered, since the annotator's question carries no state
        // between threads; only the sentences it found are asked twice.
        detector.detect(s).flatMap(d -> detected(article, g, d)).ifPresent(out::add);
      } else {
        out.addAll(found);
      }
    }
    return narrative.date(article, out);
  }

  /**
   * The mention of a sentence the detector found: its predicate stands as the trigger (the root,
   * or the clause a verb of saying reports), and its arguments are read as a trigger's.
   */
  private Optional<Mention> detected(AnnotatedArticle article, SentenceGraph g,
      EventDetector.Detection d) {
    int t = predicate(g);
    // "Oil prices rallied", "marched to celebrate the victory": no event, whoever reads it. Nor
    // a word the rules read in a figure of speech ("firefighters battled a blaze"): the detector
    // adds the acts the words miss, not those they were read and set aside as.
    if (t < 0 || Figurative.isFigurative(g, t) || TriggerTyper.noCrowdMet(g, d.type())
        || TriggerTyper.brokeUpByItself(g, t) || TriggerTyper.firedIntoTheAir(g, t)
        || PURSUITS.contains(g.token(t).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    List<Integer> heads = List.of(t);
    BitSet sources = sources(g);
    List<PlaceSpotter.Spot> spots = places.spot(g).stream()
        .filter(p -> !sources.get(p.first()) && !PlacesElsewhere.of(g, p.first())).toList();
    Mention m = mention(article, g, t, d.type(), heads, casualties.count(g), spots);
    Evidence trigger = m.trigger();
    return Optional.of(m.withTrigger(new Evidence(trigger.field(), trigger.text(),
        trigger.start(), trigger.end(), d.note())));
  }

  /** "The army said it was pursuing the attackers": a pursuit is no act; how it ends may be. */
  private static final java.util.Set<String> PURSUITS =
      java.util.Set.of("pursue", "chase", "hunt", "track", "search", "comb", "scour");

  /** The sentence's main verb: the root, or under "said" the clause said; -1 when none. */
  private static int predicate(SentenceGraph g) {
    Optional<Integer> top = g.sentence().basicDependencies().stream()
        .filter(d -> d.governor() < 0).map(Dependency::dependent).findFirst();
    if (top.isEmpty()) {
      return -1;
    }
    int root = top.get();
    if (g.token(root).isVerb() && SpeechVerbs.contains(g.token(root).lemma())) {
      List<Integer> said = g.dependents(root, "ccomp");
      if (!said.isEmpty()) {
        return said.get(0);
      }
      // "Troops took away four men, relatives said": the parser may hang a clause told before
      // its verb of saying as an adverbial clause or beside it, not as its object; or, within
      // quotation marks, as a dependent of no kind ("\"They came at night ...,\" a chief said").
      for (String rel : List.of("advcl", "parataxis", "dep")) {
        for (int clause : g.dependents(root, rel)) {
          if (clause < root && g.token(clause).isVerb()) {
            return clause;
          }
        }
      }
    }
    return root;
  }

  private List<Mention> extract(AnnotatedArticle article, SentenceGraph g) {
    List<Integer> triggers = new ArrayList<>();
    List<SubEventType> types = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      Optional<SubEventType> type = typer.of(g, i);
      if (type.isPresent()) {
        triggers.add(i);
        types.add(type.get());
      }
    }
    List<Integer> heads = new ArrayList<>();
    for (int t : triggers) {
      if (absorbingTrigger(g, t, triggers).isEmpty()) {
        heads.add(t);
      }
    }
    List<CasualtyCounter.Finding> counts = casualties.count(g);
    BitSet sources = sources(g);
    // "Russia's state-run Tass news agency reported": where the report comes from, not where.
    List<PlaceSpotter.Spot> spots = places.spot(g).stream()
        .filter(p -> !sources.get(p.first()) && !PlacesElsewhere.of(g, p.first())).toList();
    List<Mention> out = new ArrayList<>();
    List<Integer> outTriggers = new ArrayList<>();
    for (int t : heads) {
      Mention m = mention(article, g, t, types.get(triggers.indexOf(t)), heads, counts, spots);
      int partner = partnerOf(g, t, outTriggers, out, m, triggers);
      if (partner < 0) {
        out.add(m);
        outTriggers.add(t);
      } else {
        int damage = m.subEventType() == SubEventType.LOOTING ? t : outTriggers.get(partner);
        int earlier = outTriggers.get(partner);
        boolean coordinated = g.relation(t).startsWith("conj") && g.head(t) == earlier;
        boolean mutual = ArgumentFinder.symmetric(g, t) || ArgumentFinder.symmetric(g, earlier);
        out.set(partner, MentionUnion.of(out.get(partner), m,
            g.exact(damage, "aux:pass").isEmpty(), coordinated, mutual));
      }
    }
    return out;
  }

  /**
   * "Nine were killed when fighters attacked": two triggers of one clause tree that fill each
   * other's gaps state one event. Returns the index of the earlier mention to join, or -1.
   */
  private int partnerOf(SentenceGraph g, int t, List<Integer> earlier, List<Mention> mentions,
      Mention m, List<Integer> triggers) {
    for (int i = 0; i < earlier.size(); i++) {
      int e = earlier.get(i);
      boolean linked = directlyUnder(g, e, t, triggers) || directlyUnder(g, t, e, triggers)
          || joinedToItsVerb(g, e, t) || joinedToItsVerb(g, t, e);
      if (linked && MentionUnion.fits(mentions.get(i), m)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "a landmine ... exploded and killed a child": a device that is the subject of one verb is the
   * subject of the verb joined to it, whose act is then the device's.
   */
  private static boolean joinedToItsVerb(SentenceGraph g, int device, int act) {
    int verb = g.head(device);
    return verb >= 0 && g.relation(device).startsWith("nsubj") && g.token(device).isNoun()
        && g.head(act) == verb && g.relation(act).startsWith("conj") && g.token(act).isVerb();
  }

  /**
   * True when {@code lower} hangs under {@code upper} with no frame word between them: "killed in
   * an attack" tells one event; "detained in connection with the attack" or "arrested for
   * attacking a rally" two.
   */
  private boolean directlyUnder(SentenceGraph g, int upper, int lower, List<Integer> triggers) {
    if (!g.dominates(upper, lower)) {
      return false;
    }
    for (int node = lower; node >= 0 && node != upper; node = g.head(node)) {
      // An act held against someone ("arrested ... over the killing of a chief, whose body was
      // found") parts the two; "suspected of belonging to a cell" is no act. So does a death
      // something was done over ("dispersed riders who blocked a road over a killing").
      if (node != lower && g.token(node).isNoun()
          && frames.contains(g.token(node).lemma().toLowerCase(Locale.ROOT))
          || triggers.contains(node) && (ActLinks.heldFor(g.sentence(), node)
              || ActLinks.over(g.sentence(), node))) {
        return false;
      }
    }
    return true;
  }

  /** The trigger whose phrase this trigger is part of, if any ("thwarted an attack"). */
  private static Optional<Integer> absorbingTrigger(SentenceGraph g, int t, List<Integer> triggers) {
    int node = t;
    for (int hop = 0; hop < 4; hop++) {
      String rel = g.relation(node);
      int head = g.head(node);
      if (head < 0 || BARRIERS.contains(rel)
          || rel.startsWith("conj") && g.token(node).isVerb() && g.token(head).isVerb()) {
        return Optional.empty();
      }
      // "killed during clashes with X": the clash is the event and the killing its toll, so a
      // verb of harm does not swallow the trigger under it; the two are joined afterwards.
      // So too "died in a grenade blast": the blast is the event, the dying its toll.
      if (triggers.contains(head) && !Dying.is(g, head)
          && !TriggerTyper.RESULT_VERBS.contains(g.token(head).lemma().toLowerCase(Locale.ROOT))) {
        return Optional.of(head);
      }
      // "an attack by GNA forces, supported by artillery fire and air strikes": the support is
      // part of the attack, not an event of its own.
      if (SUPPORT.contains(g.token(head).lemma().toLowerCase(Locale.ROOT))) {
        for (int up = g.head(head); up >= 0; up = g.head(up)) {
          if (triggers.contains(up)) {
            return Optional.of(up);
          }
        }
        // "Special forces backed by US airstrikes recaptured the town": the parser may make the
        // participle the sentence's verb, with no auxiliary, and hang the real verb elsewhere;
        // the support is part of the act the next verb of the sentence tells.
        if (g.token(head).pos().equals("VBN") && g.exact(head, "aux").isEmpty()
            && g.exact(head, "aux:pass").isEmpty()) {
          Optional<Integer> next = triggers.stream()
              .filter(k -> k > t && g.token(k).isVerb() && !g.token(k).pos().equals("VBG"))
              .min(Integer::compare);
          if (next.isPresent()) {
            return next;
          }
        }
      }
      node = head;
    }
    return Optional.empty();
  }

  private Mention mention(AnnotatedArticle article, SentenceGraph g, int t, SubEventType type,
      List<Integer> heads, List<CasualtyCounter.Finding> counts, List<PlaceSpotter.Spot> spots) {
    ArgumentFinder.Arguments args = arguments.find(g, t);
    ModalityFilter.Verdict verdict = modality.judge(g, t, article.toldAsHeadline(g.sentence()));
    BitSet scope = ArgumentFinder.scope(g, t, Carriers.of(g, t));
    List<CasualtyCounter.Finding> mine = counts.stream()
        .filter(f -> nearestTrigger(g, f.anchor(), heads) == t)
        .filter(f -> !Causes.isCause(g, t, f.anchor(), gathering(type)))
        .toList();
    return new Mention(
        g.sentence().index(),
        g.span(t, t, "trigger"),
        g.sentenceEvidence("sentence"),
        g.span(scope.nextSetBit(0), scope.length() - 1, "phrase").span(),
        type,
        args.actor1(),
        args.assoc1(),
        args.actor2(),
        args.assoc2(),
        // "Russia fired two missiles": the state that acts is not where it struck.
        orderedPlaces(spots.stream().filter(p -> args.actor1().map(a -> !a.span()
            .equals(p.phrase().span())).orElse(true)).toList(), scope, t),
        dates.find(g, t, scope, article.article().metadata().published()),
        total(mine, CasualtyCounter.Kind.FATALITIES),
        total(mine, CasualtyCounter.Kind.INJURED),
        total(mine, CasualtyCounter.Kind.CAPTURED),
        verdict.modality(),
        verdict.cue().map(c -> g.span(c, c, "modality")));
  }

  private static boolean gathering(SubEventType type) {
    return type.eventType() == org.sitrep.model.EventType.PROTESTS
        || type.eventType() == org.sitrep.model.EventType.RIOTS;
  }

  /** The words of those who report: the subjects of verbs of saying ("Russia's Tass agency said"). */
  private static BitSet sources(SentenceGraph g) {
    BitSet out = new BitSet();
    for (int i = 0; i < g.size(); i++) {
      if (g.token(i).isVerb() && SpeechVerbs.contains(g.token(i).lemma())) {
        for (int subject : g.exact(i, "nsubj")) {
          out.or(g.subtree(subject));
        }
      }
    }
    return out;
  }

  /** Places in the trigger's phrase first, then the rest of the sentence, nearest first. */
  private static List<Evidence> orderedPlaces(List<PlaceSpotter.Spot> spots, BitSet scope, int t) {
    List<PlaceSpotter.Spot> sorted = new ArrayList<>(spots);
    sorted.sort((a, b) -> {
      boolean ai = scope.get(a.first());
      boolean bi = scope.get(b.first());
      if (ai != bi) {
        return ai ? -1 : 1;
      }
      return Integer.compare(Math.abs(a.first() - t), Math.abs(b.first() - t));
    });
    return sorted.stream().map(s -> s.near()
        ? new Evidence("location", s.phrase().text(), s.phrase().start(), s.phrase().end(), "near")
        : s.phrase()).toList();
  }

  /** The trigger that dominates a count's word, else the nearest one in the sentence. */
  private static int nearestTrigger(SentenceGraph g, int anchor, List<Integer> heads) {
    int best = heads.get(0);
    int bestDistance = Integer.MAX_VALUE;
    for (int h : heads) {
      int d = g.dominates(h, anchor) ? -1000 + Math.abs(h - anchor) : Math.abs(h - anchor);
      if (d < bestDistance) {
        best = h;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Counts of one kind in a mention's sentence, summed: deaths on both sides of one clash. */
  private static Optional<Count> total(List<CasualtyCounter.Finding> findings,
      CasualtyCounter.Kind kind) {
    Count sum = null;
    boolean anyReported = findings.stream().anyMatch(f -> f.kind() == kind && !f.claimed());
    // "The toll rose to five after a wounded guard died": the guard is one of the five.
    Optional<CasualtyCounter.Finding> toll = findings.stream()
        .filter(f -> f.kind() == kind && f.toll() && !(anyReported && f.claimed()))
        .max(java.util.Comparator.comparingInt(f -> f.quantity().value()));
    if (toll.isPresent()) {
      CasualtyCounter.Finding f = toll.get();
      return Optional.of(new Count(f.quantity().value(), f.evidence(), f.quantity().rule(),
          Optional.empty()));
    }
    Count least = null;
    for (CasualtyCounter.Finding f : findings) {
      if (f.kind() != kind || anyReported && f.claimed()) {
        continue;
      }
      Count c = new Count(f.quantity().value(), f.evidence(), f.quantity().rule(), Optional.empty());
      if (c.rule().equals(Count.DIFFERING)) {
        // "killing 17, though police gave a lower toll of nine": the same dead counted twice.
        least = least == null || c.value() < least.value() ? c : least;
      } else {
        sum = sum == null ? c : sum.plus(c);
      }
    }
    if (sum != null && least != null) {
      return Optional.of(least.value() < sum.value() ? least : sum);
    }
    return Optional.ofNullable(sum != null ? sum : least);
  }
}
