package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives a verb back the object the parser read as the subject of a participle after it. In
 * "insurgents killed at least 11 farmers working in their fields" the parser may make "farmers
 * working ..." a clause of its own, with the farmers as its subject and no object for "killed";
 * the act then had no one it was done to, and a verb of harm with a subject and no object reads
 * as a headline's passive ("Five soldiers killed"), whose subject is the harmed. When the noun
 * stands right after an active verb that has no object, with only words of its phrase between
 * them, and the participle right after the noun, the noun is the verb's object and the
 * participle describes it. So too for a past participle that has no object or auxiliary of its
 * own: "air defences shot down 31 of 40 drones launched by Russia", where the parser reads "31 of
 * 40" as one number and "drones launched by Russia" as a clause.
 */
final class ObjectsReadAsSubjects {
  private ObjectsReadAsSubjects() {}

  /** What may stand between the verb and the noun: "at least 11", "the two", "some young". */
  private static final Set<String> PHRASE_TAGS =
      Set.of("DT", "CD", "JJ", "JJS", "JJR", "RB", "RBS", "RBR", "RP", "IN", "PRP$");
  /**
   * Verbs whose object a past participle tells the state of ("left 12 people injured", "found
   * two men shot"): the participle is the verb's, and the reading of its count leans on it.
   */
  private static final Set<String> RESULT_VERBS = Set.of("leave", "render", "keep", "find",
      "make", "get", "have", "see");
  /** The participle's tie to the verb, as the parser gives it. */
  private static final Set<String> CLAUSE_RELATIONS = Set.of("dep", "ccomp", "xcomp");

  static Sentence mend(Sentence parsed) {
    List<Token> tokens = parsed.tokens();
    List<Dependency> basic = new ArrayList<>(parsed.basicDependencies());
    List<Dependency> enhanced = new ArrayList<>(parsed.dependencies());
    boolean changed = false;
    for (Dependency clause : parsed.basicDependencies()) {
      int verb = clause.governor();
      int participle = clause.dependent();
      if (verb < 0 || !CLAUSE_RELATIONS.contains(clause.relation())
          || !tokens.get(verb).pos().equals("VBD") || !participle(tokens, basic, participle)
          || tokens.get(participle).pos().equals("VBN")
              && RESULT_VERBS.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT))
          || has(basic, verb, "obj") || has(basic, verb, "aux:pass")) {
        continue;
      }
      Dependency subject = basic.stream()
          .filter(d -> d.governor() == participle && d.relation().equals("nsubj"))
          .findFirst().orElse(null);
      if (subject == null || subject.dependent() != participle - 1
          || !tokens.get(subject.dependent()).pos().startsWith("NN")
          || !onlyPhraseBetween(tokens, verb, subject.dependent())) {
        continue;
      }
      int noun = subject.dependent();
      replace(basic, clause, new Dependency(noun, participle, "acl"));
      replace(basic, subject, new Dependency(verb, noun, "obj"));
      replace(enhanced, clause, new Dependency(noun, participle, "acl"));
      replace(enhanced, subject, new Dependency(verb, noun, "obj"));
      changed = true;
    }
    return changed ? parsed.withParse(enhanced, basic) : parsed;
  }

  /** "working in their fields"; "launched by Russia", a past participle with no object or aux. */
  private static boolean participle(List<Token> tokens, List<Dependency> basic, int word) {
    String tag = tokens.get(word).pos();
    return tag.equals("VBG") || tag.equals("VBN") && !has(basic, word, "obj")
        && !has(basic, word, "aux") && !has(basic, word, "aux:pass");
  }

  private static boolean has(List<Dependency> deps, int governor, String relation) {
    return deps.stream().anyMatch(d -> d.governor() == governor && d.relation().equals(relation));
  }

  private static boolean onlyPhraseBetween(List<Token> tokens, int verb, int noun) {
    for (int k = verb + 1; k < noun; k++) {
      String tag = tokens.get(k).pos();
      if (!PHRASE_TAGS.contains(tag) && !tag.startsWith("NN")) {
        return false;
      }
    }
    return true;
  }

  private static void replace(List<Dependency> deps, Dependency old, Dependency mended) {
    int at = deps.indexOf(old);
    if (at >= 0) {
      deps.set(at, mended);
    }
  }
}
