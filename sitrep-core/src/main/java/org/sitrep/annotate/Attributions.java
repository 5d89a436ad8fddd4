package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives a closing attribution back its speaker. In "Russian forces shelled Nikopol, wounding three
 * civilians, the regional governor said" the parser often makes "Nikopol" the subject of "said",
 * and "the regional governor" an apposition to "civilians"; in "..., killing three officers,
 * Pakistani officials said" it makes "killing" the marker of "said" (or a bare dependent of it)
 * and "officers" its subject.
 * The act then loses its object (the place shelled, the people killed). The telltale is a noun
 * phrase between the last comma and the verb of saying that the parser hangs on something before
 * the comma as an apposition, while the verb's subject lies before that comma. Both graphs are
 * mended: the phrase after the comma says, the wrong subject becomes the object of the verb it
 * follows, and the attribution stands beside the clause it reports.
 */
final class Attributions {
  /** Verbs that close a report with its source. */
  private static final Set<String> SAYING = Set.of("say", "tell", "report", "add", "confirm",
      "state", "announce");

  private Attributions() {}

  static Sentence mend(Sentence parsed) {
    List<Token> tokens = parsed.tokens();
    int says = lastVerb(tokens);
    if (says < 2 || !SAYING.contains(tokens.get(says).lemma().toLowerCase(Locale.ROOT))) {
      return parsed;
    }
    int comma = says - 1;
    while (comma >= 0 && !tokens.get(comma).pos().equals(",")) {
      if (!inNounPhrase(tokens.get(comma))) {
        return parsed;
      }
      comma--;
    }
    Dependency toSpeaker = parsed.head(says - 1).orElse(null);
    // The telltale: the speaker's phrase, after the last comma, hung on a word before it.
    if (comma < 1 || comma == says - 1 || toSpeaker == null
        || !toSpeaker.relation().equals("appos") || toSpeaker.governor() > comma) {
      return parsed;
    }
    Dependency subject = only(parsed, says, "nsubj");
    if (subject == null) {
      return participleOnSaying(parsed, says, comma, toSpeaker);
    }
    if (subject.dependent() > comma) {
      return parsed;
    }
    int wrong = subject.dependent();
    int speaker = says - 1;
    Dependency attached = parsed.head(says).orElse(null);
    if (attached == null) {
      // The verb of saying is the root: the parser read the sentence as what was said.
      return parsed;
    }
    // The act's participle, hung on the verb of saying as its marker or as a bare dependent.
    Dependency marker = only(parsed, says, "mark");
    if (marker == null) {
      marker = only(parsed, says, "dep");
    }
    List<Dependency> removed = new ArrayList<>(List.of(subject, toSpeaker));
    List<Dependency> added = new ArrayList<>(List.of(new Dependency(says, speaker, "nsubj")));
    int act;
    if (marker != null && tokens.get(marker.dependent()).pos().equals("VBG")
        && marker.dependent() < wrong) {
      // "..., killing three officers, Pakistani officials said": the marker is the act.
      act = marker.dependent();
      removed.add(marker);
      added.add(new Dependency(attached.governor(), act, "advcl"));
    } else if (attached.governor() < wrong
        && tokens.get(attached.governor()).isVerb()
        && only(parsed, attached.governor(), "obj") == null
        && only(parsed, attached.governor(), "aux:pass") == null
        && onlyNounPhraseBetween(tokens, attached.governor(), wrong)) {
      // "shelled Nikopol, wounding three civilians, the governor said": the verb before it.
      act = attached.governor();
    } else if (attached.governor() < wrong && tokens.get(attached.governor()).isVerb()) {
      // "were killed in clashes between Dinka and Nuer youths, an official told a radio": a
      // passive verb takes no object, and the noun closes the phrase before it, which the parser
      // hung on the verb of saying too. Both go back to the act's verb.
      Dependency phrase = parsed.basicChildren(says).stream()
          .filter(d -> d.dependent() < wrong && !d.equals(subject)
              && parsed.subtree(d.dependent()).length() == wrong)
          .findFirst().orElse(null);
      if (phrase == null) {
        return parsed;
      }
      removed.add(phrase);
      added.add(new Dependency(attached.governor(), phrase.dependent(), phrase.relation()));
      added.add(new Dependency(phrase.dependent(), wrong, "nmod"));
      removed.add(attached);
      added.add(new Dependency(attached.governor(), says, "parataxis"));
      return mended(parsed, removed, added);
    } else {
      return parsed;
    }
    added.add(new Dependency(act, wrong, "obj"));
    removed.add(attached);
    added.add(new Dependency(attached.governor(), says, "parataxis"));
    // "Nikopol, wounding three civilians": a participle hung on the wrong subject is the act's.
    for (Dependency d : parsed.basicChildren(wrong)) {
      if (d.relation().equals("acl")
          && tokens.get(d.dependent()).pos().equals("VBG")) {
        removed.add(d);
        added.add(new Dependency(act, d.dependent(), "advcl"));
      }
    }
    return mended(parsed, removed, added);
  }

  /**
   * "fired a missile at Qqq on Monday, wounding four children, a local official said": the
   * parser may hang the participle on the verb of saying, which is left with no subject, and the
   * speaker on the participle's object as an apposition. The participle goes back to the act,
   * and the speaker says.
   */
  private static Sentence participleOnSaying(Sentence parsed, int says, int comma,
      Dependency toSpeaker) {
    List<Token> tokens = parsed.tokens();
    Dependency attached = parsed.head(says).orElse(null);
    if (attached == null || attached.governor() > comma
        || !tokens.get(attached.governor()).isVerb()) {
      return parsed;
    }
    Dependency participle = parsed.basicChildren(says).stream()
        .filter(d -> d.dependent() < comma && tokens.get(d.dependent()).pos().equals("VBG")
            && d.dependent() > attached.governor() && toSpeaker.governor() > d.dependent())
        .findFirst().orElse(null);
    if (participle == null) {
      return parsed;
    }
    return mended(parsed, List.of(toSpeaker, participle, attached), List.of(
        new Dependency(says, says - 1, "nsubj"),
        new Dependency(attached.governor(), participle.dependent(), "advcl"),
        new Dependency(attached.governor(), says, "parataxis")));
  }

  /** Both graphs with the removed arcs taken out and the added ones put in. */
  static Sentence mended(Sentence parsed, List<Dependency> removed,
      List<Dependency> added) {
    return parsed.withParse(edit(parsed.dependencies(), removed, added),
        edit(parsed.basicDependencies(), removed, added));
  }

  /** The graph without the removed arcs (by their ends, whatever their subtype), with the added. */
  private static List<Dependency> edit(List<Dependency> arcs, List<Dependency> removed,
      List<Dependency> added) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : arcs) {
      boolean gone = removed.stream().anyMatch(r -> r.governor() == d.governor()
          && r.dependent() == d.dependent());
      if (!gone) {
        out.add(d);
      }
    }
    for (Dependency a : added) {
      if (!out.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }

  /** The last verb of the sentence, when only words that are no verb follow it; else -1. */
  private static int lastVerb(List<Token> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (tokens.get(i).isVerb()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean onlyNounPhraseBetween(List<Token> tokens, int verb, int noun) {
    for (int k = verb + 1; k < noun; k++) {
      if (!inNounPhrase(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean inNounPhrase(Token t) {
    String pos = t.pos();
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("POS")
        || pos.equals("PRP$") || pos.equals("CD") || pos.equals("HYPH");
  }

  /** The first basic-tree arc of that relation from the governor, or null. */
  private static Dependency only(Sentence s, int governor, String relation) {
    return s.basicChildren(governor).stream().filter(d -> d.relation().equals(relation))
        .findFirst().orElse(null);
  }
}
