package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives the clause back to the finite verb after a subject's reduced relative. In "gunmen dressed
 * in uniforms opened fire on a bus" or "troops sent to the town clashed with rebels" the parser
 * may make the participle ("dressed", "sent") the sentence's head, with the subject as its own,
 * and hang the real verb on it as a bare "dep", or read it as an adjective of the object ("officers
 * deployed at the market fired/VBD tear gas"). The act then has no subject, and the doers are
 * lost. The finite verb takes the participle's place in the tree with the subject and every word
 * after it; the participle becomes a clause of the subject ("acl") and keeps the words between.
 */
final class ReducedRelatives {
  private ReducedRelatives() {}

  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  /**
   * Verbs of belief whose participle, before "to", is itself a reduced relative misread as a
   * past verb: "fired on the positions of the army believed/VBD to be stationed near the town".
   */
  private static final Set<String> BELIEF = Set.of("assume", "believe", "think", "suspect",
      "say", "report", "know", "understand", "estimate", "presume", "expect", "fear", "allege",
      "rumour", "rumor", "consider", "claim");

  /** The parsed sentence with each such finite verb made its clause's head. */
  static Sentence mend(Sentence parsed) {
    List<Token> tokens = parsed.tokens();
    List<Dependency> basic = parsed.basicDependencies();
    for (Dependency d : basic) {
      // "dressed ... opened/VBD fire": the verb hangs as a bare "dep" on the participle.
      int participle = d.governor();
      int verb = d.dependent();
      if (!d.relation().equals("dep") || participle < 0 || verb <= participle
          || !FINITE.contains(tokens.get(verb).pos()) || !participle(tokens, participle, verb)
          || subject(basic, verb) >= 0 || believedTo(tokens, verb)) {
        continue;
      }
      int subject = bareSubject(tokens, basic, participle);
      if (subject < 0) {
        continue;
      }
      return mend(parsed.withParse(promote(parsed.dependencies(), participle, verb, subject, -1),
          promote(basic, participle, verb, subject, -1)));
    }
    for (Dependency d : basic) {
      // "deployed ... fired/VBD tear gas": the verb hangs as "amod" on the participle's object.
      int noun = d.governor();
      int verb = d.dependent();
      if (!d.relation().equals("amod") || verb >= noun || !FINITE.contains(tokens.get(verb).pos())
          || subject(basic, verb) >= 0 || believedTo(tokens, verb)) {
        continue;
      }
      int participle = basic.stream().filter(o -> o.dependent() == noun
          && o.relation().equals("obj")).mapToInt(Dependency::governor).findFirst().orElse(-1);
      if (participle < 0 || participle >= verb || !tokens.get(participle).pos().equals("VBN")) {
        continue;
      }
      int subject = bareSubject(tokens, basic, participle);
      if (subject < 0) {
        continue;
      }
      return mend(parsed.withParse(promote(parsed.dependencies(), participle, verb, subject, noun),
          promote(basic, participle, verb, subject, noun)));
    }
    for (Dependency d : basic) {
      // "Gunmen believed/VBD to belong to the cartel killed two officers": the verb of belief is
      // read as the men's own verb and made the act's clausal subject.
      int verb = d.governor();
      int belief = d.dependent();
      if (!d.relation().equals("csubj") || belief >= verb
          || !FINITE.contains(tokens.get(verb).pos()) || subject(basic, verb) >= 0
          || !believedTo(tokens, belief)) {
        continue;
      }
      int subject = bareSubject(tokens, basic, belief);
      if (subject < 0 || subject > belief) {
        continue;
      }
      return mend(parsed.withParse(relative(parsed.dependencies(), belief, verb, subject),
          relative(basic, belief, verb, subject)));
    }
    return parsed;
  }

  /** The arcs with the subject given to {@code verb} and the belief made its clause. */
  private static List<Dependency> relative(List<Dependency> arcs, int belief, int verb,
      int subject) {
    List<Dependency> out = new ArrayList<>(arcs.size());
    for (Dependency d : arcs) {
      if (d.governor() == verb && d.dependent() == belief) {
        continue;
      } else if (d.governor() == belief && d.dependent() == subject) {
        out.add(new Dependency(verb, subject, "nsubj"));
      } else {
        out.add(d);
      }
    }
    out.add(new Dependency(subject, belief, "acl"));
    return out;
  }

  /** A verb of belief before "to": "believed to be stationed", the noun's own participle. */
  private static boolean believedTo(List<Token> tokens, int verb) {
    return verb + 1 < tokens.size() && tokens.get(verb + 1).word().equalsIgnoreCase("to")
        && BELIEF.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The word reads as a participle: tagged so, or tagged a past verb ("troops sent/VBD to the town
   * clashed") with no comma before the verb, which would make the two verbs a list of acts.
   */
  private static boolean participle(List<Token> tokens, int word, int verb) {
    String tag = tokens.get(word).pos();
    return tag.equals("VBN") || tag.equals("VBD")
        && tokens.subList(word + 1, verb).stream().noneMatch(t -> t.pos().equals(",")
            || t.pos().equals(":"));
  }

  /** The token's subject; -1 when it has none. */
  private static int subject(List<Dependency> basic, int verb) {
    return basic.stream().filter(s -> s.governor() == verb && s.relation().startsWith("nsubj"))
        .mapToInt(Dependency::dependent).findFirst().orElse(-1);
  }

  /**
   * The subject of a bare participle, before it: a noun, not a relative pronoun; -1 when there is
   * none. "who had been held for weeks" is a clause of its own, with its auxiliaries.
   */
  private static int bareSubject(List<Token> tokens, List<Dependency> basic, int participle) {
    boolean auxiliary = basic.stream().anyMatch(d -> d.governor() == participle
        && (d.relation().startsWith("aux") || d.relation().equals("cop")));
    int subject = basic.stream().filter(d -> d.governor() == participle
        && d.relation().equals("nsubj")).mapToInt(Dependency::dependent).findFirst().orElse(-1);
    return auxiliary || subject > participle || subject >= 0
        && !tokens.get(subject).pos().startsWith("NN") ? -1 : subject;
  }

  /**
   * The arcs with {@code verb} in the participle's place: it takes the participle's own arc, its
   * subject, the words before the subject ("On Monday,") and after the verb, and an adverb just
   * before it ("later"); the participle becomes a clause of the subject. {@code object} is the
   * noun the verb hung on, or -1.
   */
  private static List<Dependency> promote(List<Dependency> arcs, int participle, int verb,
      int subject, int object) {
    List<Dependency> out = new ArrayList<>(arcs.size() + 1);
    for (Dependency d : arcs) {
      int gov = d.governor();
      int dep = d.dependent();
      if (gov == participle && dep == verb || gov == object && dep == verb) {
        continue;
      } else if (dep == participle) {
        out.add(new Dependency(gov, verb, d.relation()));
      } else if (gov == participle && d.relation().startsWith("nsubj")) {
        out.add(new Dependency(verb, dep, "nsubj"));
      } else if (gov == participle && (dep > verb || dep < subject
          || dep == verb - 1 && d.relation().equals("advmod"))) {
        out.add(new Dependency(verb, dep, d.relation()));
      } else {
        out.add(d);
      }
    }
    out.add(new Dependency(subject, participle, "acl"));
    return out;
  }
}
