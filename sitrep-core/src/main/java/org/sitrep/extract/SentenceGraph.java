package org.sitrep.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.model.Evidence;

/** Walks one parsed sentence: heads, subtrees, noun-phrase spans. */
final class SentenceGraph {
  /** Dependents that belong to a noun phrase's name, e.g. "ISIS" and "terrorist" in "ISIS fighters". */
  private static final Set<String> PHRASE_RELATIONS =
      Set.of("compound", "amod", "det", "nmod:poss", "nummod", "flat", "punct", "case", "fixed",
          "compound:prt", "obl:npmod", "nmod:npmod", "advmod", "obl", "nmod", "cc", "conj");

  private final Sentence sentence;
  private final String articleText;
  private final List<String> words;

  SentenceGraph(Sentence sentence, String articleText) {
    this.sentence = sentence;
    this.articleText = articleText;
    this.words = sentence.tokens().stream().map(Token::word).toList();
  }

  /** The sentence's words as written, by token index. */
  List<String> words() {
    return words;
  }

  Sentence sentence() {
    return sentence;
  }

  Token token(int i) {
    return sentence.token(i);
  }

  int size() {
    return sentence.tokens().size();
  }

  /** The basic-tree governor, or -1 at the root. */
  int head(int i) {
    return sentence.head(i).map(Dependency::governor).orElse(-1);
  }

  /** The basic-tree relation to the governor, or "root". */
  String relation(int i) {
    return sentence.head(i).map(Dependency::relation).orElse("root");
  }

  /**
   * The first of the coordinated words {@code i} stands among ("25 bursts of fire and 3
   * explosions": "bursts" for "explosions"), which holds the phrase's place in the clause; or
   * {@code i} itself when it is no later conjunct.
   */
  int firstConjunct(int i) {
    return relation(i).startsWith("conj") ? head(i) : i;
  }

  /** Enhanced arcs out of {@code i} whose relation is {@code rel} or starts with {@code rel + ":"}. */
  List<Integer> dependents(int i, String rel) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : sentence.children(i)) {
      if (d.relation().equals(rel) || d.relation().startsWith(rel + ":")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Enhanced arcs out of {@code i} with exactly this relation. */
  /** True when the verb has the particle: "called off", "stepped up", "blew ... up". */
  boolean hasParticle(int verb, String particle) {
    return exact(verb, "compound:prt").stream()
        .anyMatch(d -> token(d).word().equalsIgnoreCase(particle));
  }

  List<Integer> exact(int i, String rel) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : sentence.children(i)) {
      if (d.relation().equals(rel)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  Optional<Integer> first(int i, String rel) {
    List<Integer> all = dependents(i, rel);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** The tokens a time expression covers, in order. */
  List<Token> tokensOf(TimeExpression t) {
    return sentence.tokens().stream()
        .filter(tok -> tok.start() >= t.start() && tok.end() <= t.end()).toList();
  }

  /** True when token {@code i} is part of one of the sentence's time expressions. */
  boolean inTime(int i) {
    Token t = token(i);
    return sentence.times().stream().anyMatch(x -> x.start() <= t.start() && t.end() <= x.end());
  }

  /** True when token {@code i} is part of one of the sentence's DATEs ("on Monday", "in 2019"). */
  boolean inDate(int i) {
    Token t = token(i);
    return sentence.times().stream().anyMatch(x -> x.type().equals(TimeExpression.DATE)
        && x.start() <= t.start() && t.end() <= x.end());
  }

  /** Every token under {@code i} in the basic tree, {@code i} included. */
  BitSet subtree(int i) {
    return sentence.subtree(i);
  }

  /** True when {@code ancestor} dominates {@code i} in the basic tree. */
  boolean dominates(int ancestor, int i) {
    for (int t = i, guard = 0; t >= 0 && guard <= size(); t = head(t), guard++) {
      if (t == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word's phrase opens with this preposition: "with artillery fire", "by 2020". */
  boolean hasCase(int word, String preposition) {
    return sentence.basicChildren(word).stream().anyMatch(d -> d.relation().equals("case")
        && token(d.dependent()).word().equalsIgnoreCase(preposition));
  }

  /**
   * The noun phrase headed by {@code head}: the head with its name-forming dependents ("ISIS
   * fighters", "armed forces loyal to them"), but not a coordinated second phrase, a relative
   * clause or a trailing prepositional phrase.
   */
  Evidence phrase(int head, String field) {
    int start = head;
    int end = head;
    for (Dependency d : sentence.basicChildren(head)) {
      int dep = d.dependent();
      String rel = d.relation();
      boolean left = dep < head;
      if (left && PHRASE_RELATIONS.contains(rel) && !rel.equals("cc") && !rel.equals("conj")) {
        start = Math.min(start, minOf(subtree(dep)));
      } else if (!left && !coordinatedBetween(head, dep) && !heldAgainst(dep)
          && (rel.equals("flat") || rel.equals("compound") || rel.equals("amod")
          || rel.equals("nummod") || rel.equals("appos") && isAcronym(dep)
          || rel.equals("nmod") && ofAName(dep))) {
        // "the government of Mozambique and Renamo": a party joined to the place is not in it.
        List<Integer> parties = rel.equals("nmod") ? partiesJoinedToAPlace(dep) : List.of();
        end = Math.max(end, parties.isEmpty() ? maxOf(subtree(dep))
            : minOf(subtree(parties.get(0))) - 1);
      }
    }
    // "forces loyal to them": the basic tree may hang "loyal" elsewhere; the enhanced graph does not.
    for (Dependency d : sentence.children(head)) {
      if (d.relation().equals("amod") && d.dependent() == end + 1 && !heldAgainst(d.dependent())) {
        end = Math.max(end, maxOf(subtree(d.dependent())));
      }
    }
    end = allegiance(end);
    end = membersFrom(head, end);
    // A dash at either edge ("Sunday - Israeli strikes") is no part of a name, though one
    // inside it is ("al - Balah").
    while (start < head && (isEdgePunctuation(token(start)) || token(start).pos().equals("HYPH"))) {
      start++;
    }
    while (end > head && (isEdgePunctuation(token(end)) || token(end).pos().equals("HYPH"))) {
      end--;
    }
    // "shot dead two protesters": the parser makes "dead" the victims' adjective; it is the verb's.
    if (start < head && start > 0 && token(start).word().equalsIgnoreCase("dead")
        && token(start - 1).lemma().equalsIgnoreCase("shoot")) {
      start++;
    }
    // "At least two civilians": the hedge on the number goes with its "at", not into the name.
    while (start < head && (token(start).pos().equals("IN") || token(start).pos().equals("CC")
        || token(start).word().equalsIgnoreCase("including")
        || start > 0 && token(start - 1).word().equalsIgnoreCase("at")
            && (token(start).word().equalsIgnoreCase("least")
                || token(start).word().equalsIgnoreCase("most")))) {
      start++;
    }
    return span(start, end, field);
  }

  /**
   * "armed forces loyal to them": a phrase of allegiance names which side the forces are on, and
   * the parser often hangs it on another word, so it is taken by position.
   */
  private int allegiance(int end) {
    if (end + 2 >= size() || !ALLEGIANCE.contains(token(end + 1).lemma().toLowerCase(java.util.Locale.ROOT))
        || !(token(end + 2).word().equalsIgnoreCase("to") || token(end + 2).word().equalsIgnoreCase("with"))) {
      return end;
    }
    int last = end + 2;
    while (last + 1 < size() && last < end + 7 && !isEdgePunctuation(token(last + 1))
        && !token(last + 1).pos().equals("CC")) {
      last++;
    }
    return last;
  }

  private static final Set<String> ALLEGIANCE = Set.of("loyal", "affiliated", "allied", "linked");

  /**
   * "four men accused of collaborating with the army", "youths suspected of links to the
   * rebels": what people are held to have done is no part of their name, and the party named in
   * it is not theirs.
   */
  private boolean heldAgainst(int participle) {
    return token(participle).pos().equals("VBN")
        && HELD_AGAINST.contains(token(participle).lemma().toLowerCase(java.util.Locale.ROOT));
  }

  private static final Set<String> HELD_AGAINST = Set.of("accuse", "suspect", "believe",
      "allege", "charge", "convict", "blame", "want");

  /** Nouns of the men of an armed party, whose "from" phrase names the party. */
  private static final Set<String> MEMBERS = Set.of("fighter", "militant", "member", "gunman",
      "insurgent", "rebel", "soldier", "troop", "troops", "combatant", "jihadist", "militiaman",
      "operative", "commander", "element");

  /**
   * "ten fighters from al-Shabaab", "soldiers from Kenya": the party the men belong to, which
   * the parser often hangs on the verb ("killed ... from al-Shabaab") rather than on the men.
   * Taken only when the name follows the men at once.
   */
  private int membersFrom(int head, int end) {
    if (end != head || end + 2 >= size()
        || !MEMBERS.contains(token(head).lemma().toLowerCase(java.util.Locale.ROOT))
        || !token(end + 1).word().equalsIgnoreCase("from")
        || !token(end + 2).pos().startsWith("NNP")) {
      return end;
    }
    int last = end + 2;
    while (last + 1 < size() && (token(last + 1).pos().startsWith("NNP")
        || token(last + 1).pos().equals("HYPH") && last + 2 < size()
            && token(last + 2).pos().startsWith("NNP"))) {
      last++;
    }
    return last;
  }

  /** True when a conjunction or comma stands between two tokens: "X and armed forces loyal". */
  private boolean coordinatedBetween(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String pos = token(k).pos();
      if (pos.equals("CC") || pos.equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** Evidence for tokens {@code [first, last]}. */
  Evidence span(int first, int last, String field) {
    int s = token(first).start();
    int e = token(last).end();
    return new Evidence(field, articleText.substring(s, e), s, e);
  }

  Evidence sentenceEvidence(String field) {
    return new Evidence(field, articleText.substring(sentence.start(), sentence.end()),
        sentence.start(), sentence.end());
  }

  /**
   * "The government of Mozambique and Renamo signed": the parser may join a second party to the
   * place an "of" phrase names, as if the government were of both. A conjunct that names an
   * organisation ("Renamo", "the leadership of Renamo") is a party beside the phrase's head; one
   * that names a place is not ("the governments of Sudan and Chad", "the villages of A and B").
   */
  List<Integer> partiesJoinedToAPlace(int ofName) {
    if (!ArgumentFinder.PLACE_NER.contains(token(ofName).ner())) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    for (Dependency d : sentence.basicChildren(ofName)) {
      int c = d.dependent();
      if (d.relation().equals("conj") && c > ofName && (organisation(c)
          || !token(c).isProperNoun() && token(c).isNoun()
              && sentence.basicChildren(c).stream().anyMatch(o -> o.relation().equals("nmod")
                  && ofAName(o.dependent()) && organisation(o.dependent())))) {
        out.add(c);
      }
    }
    return out;
  }

  private boolean organisation(int i) {
    return token(i).ner().equals("ORGANIZATION");
  }

  /**
   * "forces of Armenia", "fighters of the Islamic State": a name after "of" says whose the
   * people are, so it belongs to the phrase; "residents of the town" keeps its common noun out.
   */
  private boolean ofAName(int dep) {
    if (!token(dep).pos().startsWith("NNP")) {
      return false;
    }
    for (Dependency d : sentence.basicChildren(dep)) {
      if (d.relation().equals("case") && token(d.dependent()).word().equalsIgnoreCase("of")) {
        return true;
      }
    }
    return false;
  }

  private boolean isAcronym(int i) {
    String w = token(i).word();
    return w.length() >= 2 && w.length() <= 6 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
  }

  private static boolean isEdgePunctuation(Token t) {
    return t.pos().equals(",") || t.pos().equals("``") || t.pos().equals("''")
        || t.pos().equals("-LRB-") || t.pos().equals("-RRB-") || t.pos().equals(":")
        || t.pos().equals(".");
  }

  private static int minOf(BitSet b) {
    return b.nextSetBit(0);
  }

  private static int maxOf(BitSet b) {
    return b.length() - 1;
  }
}
