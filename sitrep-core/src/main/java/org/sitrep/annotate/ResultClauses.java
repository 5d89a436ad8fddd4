package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives a clause of outcome back to the verb it follows. In "a bomb struck a minibus carrying
 * traders, killing six passengers" the parser may hang "killing" on "minibus" (as "acl" or
 * "dep"), as if the vehicle did the killing, and the act loses its dead and its victims. A
 * participle of harm set off by a comma after a verb's object tells what that verb's act did: it
 * becomes the verb's adverbial clause ("advcl"), as it is when nothing stands between ("struck a
 * minibus, killing six").
 */
final class ResultClauses {
  private ResultClauses() {}

  /** Verbs whose participle tells an act's outcome: "killing six", "leaving 20 injured". */
  private static final Set<String> OUTCOMES = Set.of("kill", "wound", "injure", "leave",
      "capture", "abduct", "kidnap", "destroy", "damage");

  /** The parsed sentence with each such clause hung on the verb of its object. */
  static Sentence mend(Sentence parsed) {
    List<Token> tokens = parsed.tokens();
    List<Dependency> basic = parsed.basicDependencies();
    List<Dependency> newBasic = new ArrayList<>(basic);
    List<Dependency> newEnhanced = new ArrayList<>(parsed.dependencies());
    boolean mended = false;
    for (Dependency acl : basic) {
      int noun = acl.governor();
      int participle = acl.dependent();
      boolean hung = acl.relation().equals("acl") || acl.relation().equals("dep");
      if (!hung || participle <= noun || participle == 0
          || !tokens.get(participle).pos().equals("VBG")
          || !tokens.get(participle - 1).pos().equals(",")
          || !OUTCOMES.contains(tokens.get(participle).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int verb = basic.stream().filter(d -> d.dependent() == noun && d.governor() >= 0
              && (d.relation().equals("obj") || d.relation().startsWith("obl")))
          .mapToInt(Dependency::governor).findFirst().orElse(-1);
      if (verb < 0 || !tokens.get(verb).isVerb()) {
        continue;
      }
      Dependency advcl = new Dependency(verb, participle, "advcl");
      newBasic.set(newBasic.indexOf(acl), advcl);
      newEnhanced.removeIf(d -> d.governor() == noun && d.dependent() == participle
          && (d.relation().startsWith("acl") || d.relation().equals("dep")));
      newEnhanced.add(advcl);
      // The comma that set the clause off is the verb's too.
      int comma = participle - 1;
      newBasic.replaceAll(d -> d.dependent() == comma && d.governor() == noun
          ? new Dependency(verb, comma, d.relation()) : d);
      newEnhanced.replaceAll(d -> d.dependent() == comma && d.governor() == noun
          ? new Dependency(verb, comma, d.relation()) : d);
      mended = true;
    }
    return mended ? parsed.withParse(newEnhanced, newBasic) : parsed;
  }
}
