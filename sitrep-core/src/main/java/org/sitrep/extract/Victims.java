package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.annotate.Token;
import org.sitrep.extract.CasualtyCounter.Kind;

/**
 * Finds the word for the people a word of harm counts ("killed two soldiers", "two soldiers were
 * killed", "left four militants dead", "leaving 12 injured"), for {@link CasualtyCounter}: where
 * the parser hangs the people depends on the word's kind and on how the parser read the sentence.
 */
final class Victims {
  private Victims() {}

  /** The word for the people counted: object, passive subject, or the noun itself. */
  static Optional<Integer> of(SentenceGraph g, int word, Kind kind) {
    Token t = g.token(word);
    // "leaving three dead and 12 injured": with no noun of people, the parser hangs the number
    // on the word of harm itself, or the word on the number, or makes the number its subject
    // ("two dead and nine injured"); each counts them.
    if (t.pos().startsWith("JJ") || t.pos().equals("VBN")) {
      int described = g.head(word);
      if (g.relation(word).equals("amod") && described >= 0
          && g.token(described).pos().equals("CD")) {
        return Optional.of(described);
      }
      for (String rel : List.of("nummod", "dep", "nsubj")) {
        Optional<Integer> number = g.exact(word, rel).stream()
            .filter(d -> g.token(d).pos().equals("CD") && d < word).findFirst();
        if (number.isPresent()) {
          return number;
        }
      }
    }
    int verb = g.head(word);
    boolean toDeath = g.relation(word).startsWith("obl") && g.sentence().basicChildren(word)
        .stream().anyMatch(d -> g.token(d.dependent()).word().equalsIgnoreCase("to"));
    if (t.lemma().equalsIgnoreCase("death") && verb >= 0 && toDeath && g.token(verb).isVerb()) {
      // "beat two men to death", "were hacked to death": the dead are whom the verb was done to.
      List<Integer> done = new ArrayList<>(g.exact(verb, "obj"));
      done.addAll(g.exact(verb, "nsubj:pass"));
      if (!done.isEmpty()) {
        return Optional.of(done.get(0));
      }
    }
    if (Dying.sacrificed(g, word)) {
      // "Two soldiers paid the supreme price": the price is paid by the dead.
      return g.exact(word, "nsubj").stream().findFirst();
    }
    if (t.isVerb()) {
      // "killed between five and eight villagers": the range hangs the people on "between".
      for (String rel : List.of("obj", "nsubj:pass", "obl:between", "nsubj")) {
        if (rel.equals("nsubj") && !isIntransitiveDeath(t) && !ArgumentFinder.headlinePassive(g, word)) {
          continue;
        }
        List<Integer> found = g.exact(word, rel);
        if (!found.isEmpty()) {
          return Optional.of(found.get(0));
        }
      }
      Optional<Integer> misparsed = objectReadAsSubject(g, word);
      if (misparsed.isPresent()) {
        return misparsed;
      }
      // "two were shot dead and another wounded": a joined passive with a subject of its own.
      if (ArgumentFinder.elidedPassive(g, word)) {
        return Optional.of(g.exact(word, "nsubj").get(0));
      }
      // "killing two people, local media said": the parser may make the dead the subject of
      // the attribution that follows them, with the verb of harm as that clause's ccomp or, in
      // "killing two officers, Pakistani officials said", as its marker.
      List<Integer> attributions = new ArrayList<>(g.exact(word, "ccomp"));
      if (g.relation(word).equals("mark") && g.head(word) > word) {
        attributions.add(g.head(word));
      }
      for (int said : attributions) {
        List<Integer> subject = g.exact(said, "nsubj");
        if (said > word && SpeechVerbs.contains(g.token(said).lemma()) && !subject.isEmpty()
            && subject.get(0) > word && !g.exact(subject.get(0), "appos").isEmpty()) {
          return Optional.of(subject.get(0));
        }
      }
      // Read after the attribution: "set fire to homes and killed five residents, including a
      // child, local radio reported" has its dead as the attribution's subject, not "fire".
      // "attacked and killed two men", "two men were attacked and shot dead": the parser hangs
      // the shared object or passive subject on the first verb; not after another verb of harm,
      // where "killed and wounded 20" would count the same people twice.
      // Not a participle's clause: "ambushed a patrol, killing two soldiers and wounding five"
      // wounded five, not the patrol.
      int head = g.head(word);
      if (g.relation(word).startsWith("conj") && head >= 0 && head < word
          && !g.token(word).pos().equals("VBG")
          && CasualtyCounter.kindOf(g, g.token(head)).isEmpty()) {
        for (String rel : List.of("obj", "nsubj:pass")) {
          if (!g.exact(head, rel).isEmpty()) {
            return Optional.of(g.exact(head, rel).get(0));
          }
        }
      }
      return passiveSubjectByPosition(g, word).or(() -> countByPosition(g, word));
    }
    // "shot dead a farmer": the tagger may read "dead" as an adverb of the verb.
    boolean adverb = t.pos().startsWith("RB") && g.relation(word).equals("advmod");
    if (t.lemma().equalsIgnoreCase("dead") && (t.pos().startsWith("JJ") || adverb)) {
      // "left 11 soldiers dead", "five were dead": the subject of "dead" or its verb's object.
      List<Integer> subject = new ArrayList<>(g.exact(word, "nsubj"));
      // "left four militants dead": the parser may read the people as the measure of "dead".
      subject.addAll(g.exact(word, "obl:npmod"));
      // "left at least 12 combatants dead": or as a loose dependent of it, before it.
      g.exact(word, "dep").stream().filter(d -> d < word && g.token(d).isNoun())
          .forEach(subject::add);
      int head = g.head(word);
      if (g.relation(word).equals("amod") && head >= 0) {
        return Optional.of(head);
      }
      List<Integer> object = new ArrayList<>(head >= 0 ? g.exact(head, "obj") : List.of());
      object.remove(Integer.valueOf(word));
      // "was shot dead on Tuesday, the latest in a string of ...": the parser may make the
      // apposition an object too; an adjective is no one killed.
      object.removeIf(o -> g.token(o).pos().startsWith("JJ"));
      object.addAll(head >= 0 ? g.exact(head, "nsubj:pass") : List.of());
      // "shot dead between three and five protesters": the range hangs on "between".
      object.addAll(head >= 0 ? g.exact(head, "obl:between") : List.of());
      return !subject.isEmpty() ? Optional.of(subject.get(0))
          : object.isEmpty() ? Optional.empty() : Optional.of(object.get(0));
    }
    if (kind == Kind.CAPTURED) {
      // "20 were taken prisoner": the people are the subject of "take".
      int take = g.head(word);
      List<Integer> subj = g.exact(take, "nsubj:pass");
      return subj.isEmpty() ? g.first(take, "obj").filter(o -> o != word) : Optional.of(subj.get(0));
    }
    Optional<Integer> sufferer = sufferer(g, word);
    if (sufferer.isPresent()) {
      return sufferer;
    }
    Optional<Integer> of = g.first(word, "nmod:of");
    return of.isPresent() && Headcount.quantity(g, of.get()).isPresent() ? of : Optional.of(word);
  }

  /**
   * "killing the farmer driving it": the parser may make the object of a verb the subject of a
   * participle that follows it, hung loosely on the verb.
   */
  static Optional<Integer> objectReadAsSubject(SentenceGraph g, int verb) {
    for (int part : g.exact(verb, "dep")) {
      Optional<Integer> subject = g.exact(part, "nsubj").stream()
          .filter(s -> verb < s && s < part && g.token(s).isNoun()).findFirst();
      if (g.token(part).pos().equals("VBG") && subject.isPresent()) {
        return subject;
      }
    }
    return Optional.empty();
  }

  /** Verbs whose subject bears the harm that is their object: "sustained injuries". */
  private static final java.util.Set<String> BORNE = java.util.Set.of("sustain", "suffer",
      "receive", "incur");

  /** "One soldier sustained injuries", "two men suffered gunshot wounds": who bore the harm. */
  static Optional<Integer> sufferer(SentenceGraph g, int harm) {
    int verb = g.head(harm);
    if (verb < 0 || !g.relation(harm).equals("obj") || !g.token(verb).isVerb()
        || !BORNE.contains(g.token(verb).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    return g.first(verb, "nsubj");
  }

  /**
   * "Between 10 and 15 civilians were killed", "three insurgents were killed, the army said": the
   * parser at times loses the passive subject; it is the noun phrase just before the auxiliary.
   */
  private static Optional<Integer> passiveSubjectByPosition(SentenceGraph g, int verb) {
    List<Integer> aux = g.exact(verb, "aux:pass");
    if (aux.isEmpty()) {
      return Optional.empty();
    }
    int before = aux.get(0) - 1;
    if (before >= 0 && g.token(before).isNoun() && !g.token(before).isProperNoun()) {
      return Optional.of(before);
    }
    return Optional.empty();
  }

  /**
   * "..., killing at least three, medics said": the parser may hang a bare count on the
   * attribution after it and leave the participle with no object; the count is then the number
   * just after the participle, past words that qualify it.
   */
  private static Optional<Integer> countByPosition(SentenceGraph g, int verb) {
    if (!g.token(verb).pos().equals("VBG") || !g.exact(verb, "obj").isEmpty()) {
      return Optional.empty();
    }
    int k = verb + 1;
    int size = g.sentence().tokens().size();
    while (k < size && k <= verb + 3
        && CasualtyCounter.QUALIFIERS.contains(g.token(k).word().toLowerCase(Locale.ROOT))) {
      k++;
    }
    boolean ends = k + 1 >= size || !g.token(k + 1).isNoun() && !g.token(k + 1).pos().equals("CD");
    return k < size && g.token(k).pos().equals("CD") && ends ? Optional.of(k) : Optional.empty();
  }

  private static boolean isIntransitiveDeath(Token t) {
    String l = t.lemma().toLowerCase(Locale.ROOT);
    return l.equals("die") || l.equals("perish");
  }
}
