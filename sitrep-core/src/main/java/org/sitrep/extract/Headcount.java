package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Token;

/**
 * How many people a noun phrase counts, as the parse and the words before it say: "13 militants",
 * "several deaths", "Three New People's Army (NPA) rebels", "at least 20", "herself". Read by
 * {@link CasualtyCounter}, which finds the phrases that name the dead, hurt and captured.
 */
final class Headcount {
  private Headcount() {}

  /** "herself", "himself": who acted, counted among the dead ("killed herself and four"). */
  static boolean oneSelf(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.equals("himself") || w.equals("herself");
  }

  /**
   * "A student, Qqq Zzz, 22, was shot": a number set off by a comma after the noun is an age;
   * a count stands before its noun.
   */
  private static boolean anAge(SentenceGraph g, int noun, int number) {
    return number > noun && g.token(number).pos().equals("CD")
        && (g.token(number - 1).pos().equals(",") || ageNamed(g, number));
  }

  private static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");
  private static final Set<String> LIST_JOINERS = Set.of("and", "or", ",");

  /**
   * "a man and a woman aged 71 and 68", "a boy of age 12": a number after a word of age, or
   * listed after one that is, is an age.
   */
  static boolean ageNamed(SentenceGraph g, int number) {
    if (number > 0 && AGE_WORDS.contains(g.token(number - 1).word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    // "aged 71 and 68", "aged 19, 22 and 30": the numbers listed after it.
    boolean listed = number > 1 && LIST_JOINERS.contains(g.token(number - 1).word());
    return listed && g.token(number - 2).pos().equals("CD") && ageNamed(g, number - 2);
  }

  /** The number on a noun ("13 militants", "several deaths") or the noun itself ("13"). */
  static Optional<Quantity> quantity(SentenceGraph g, int noun) {
    List<String> words = g.words();
    if (oneSelf(g.token(noun))) {
      return Optional.of(new Quantity(1, "one person named"));
    }
    // "Five Maoists", "four Houthis": members of a group named in the plural are counted by
    // the number before them.
    boolean counted = g.exact(noun, "nummod").stream().anyMatch(d -> d < noun);
    if (g.token(noun).isProperNoun() && !counted) {
      // "Abdi Farah, 26,": the number beside a name is an age; a named person is one. But a
      // single name that ground is taken as ("captured Gwoza") is a town NER took for a person.
      return g.token(noun).ner().equals("PERSON") && !TakenGround.townTaken(g, noun)
          ? Optional.of(new Quantity(1, "one person named")) : Optional.empty();
    }
    if (g.token(noun).pos().equals("CD") && ageNamed(g, noun)) {
      return Optional.empty();
    }
    Optional<Quantity> own = Quantity.ofWordAt(words, noun);
    if (own.isPresent() && !isArticle(g.token(noun))) {
      return own.map(q -> conservative(g, noun, q));
    }
    for (String rel : List.of("nummod", "amod", "det", "advmod", "nmod:npmod", "obl:npmod")) {
      for (int d : g.exact(noun, rel)) {
        if (anAge(g, noun, d)) {
          continue;
        }
        Optional<Quantity> q = Quantity.ofWordAt(words, d);
        if (q.isPresent()) {
          return Optional.of(conservative(g, d, q.get()));
        }
      }
    }
    // "Eleven rebel fighters were killed": a number word that opens a sentence is capitalised,
    // and the tagger may take it for a name the noun is compounded with.
    if (g.exact(noun, "compound").contains(0)) {
      Optional<Quantity> q = Quantity.ofWordAt(words, 0);
      if (q.isPresent()) {
        return Optional.of(conservative(g, 0, q.get()));
      }
    }
    // "Three New People's Army (NPA) rebels", "killed three Lord's Resistance Army (LRA)
    // rebels": the parser hangs the number on the group's name before the noun, or on nothing;
    // the number just before that name counts the noun.
    int at = noun - 1;
    while (at >= 0 && at >= noun - 10 && NAME_PART.contains(g.token(at).pos())) {
      at--;
    }
    if (at < 0 && noun > 1 && g.token(0).isProperNoun()) {
      at = 0; // "Four National Liberation Front (NLF) fighters": a capitalised number opens it
    }
    if (at >= 0 && at < noun - 1) {
      Optional<Quantity> q = Quantity.ofWordAt(words, at);
      if (q.isPresent() && !isArticle(g.token(at)) && g.token(at + 1).isProperNoun()) {
        return Optional.of(conservative(g, at, q.get()));
      }
    }
    // "hundreds of militants" / "dozens of soldiers": the quantity heads the phrase.
    int head = g.head(noun);
    if (head >= 0 && g.relation(noun).startsWith("nmod")) {
      Optional<Quantity> q = Quantity.ofWordAt(words, head);
      if (q.isPresent() && !isArticle(g.token(head))) {
        return q;
      }
    }
    return Optional.empty();
  }

  /** The tags of the words of a name: "Lord's Resistance Army (LRA)". */
  private static final Set<String> NAME_PART = Set.of("NNP", "NNPS", "POS", "-LRB-", "-RRB-");

  static boolean isArticle(Token t) {
    return t.pos().equals("DT") && !t.word().equalsIgnoreCase("both")
        && !t.word().equalsIgnoreCase("another");
  }

  private static Quantity conservative(SentenceGraph g, int number, Quantity q) {
    for (int i = Math.max(0, number - 3); i < number; i++) {
      String w = g.token(i).word().toLowerCase(Locale.ROOT);
      if (w.equals("least") || w.equals("more") || w.equals("over") || w.equals("than")) {
        return q.reported() ? q.withRule(Quantity.AT_LEAST) : q;
      }
      // "the toll rose from five to seven": what the count came to, no range.
      if (w.equals("from") && i > 0 && Quantity.rise(g.token(i - 1).word())) {
        return q;
      }
      if (w.equals("between") || w.equals("from")) {
        return q.withRule("lower figure of a range");
      }
    }
    return q;
  }
}
