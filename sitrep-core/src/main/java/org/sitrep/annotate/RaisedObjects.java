package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives an object that follows two joined verbs to the verb it follows. In "youths demonstrated
 * and burned tyres" the parser hangs "tyres" on "demonstrated", as Universal Dependencies hangs
 * an object both verbs share on the first; but an object after the second verb is always that
 * verb's, whether or not the first shares it. So the basic tree moves it to the second verb, and
 * the enhanced graph gives it to both: the second verb's act ("burned tyres") is then read with
 * its object, and the first keeps the reading it had.
 */
final class RaisedObjects {
  private RaisedObjects() {}

  /** The parsed sentence with each raised object given to its own verb. */
  static Sentence lower(Sentence parsed) {
    List<Token> tokens = parsed.tokens();
    List<Dependency> basic = parsed.basicDependencies();
    List<Dependency> newBasic = new ArrayList<>(basic);
    List<Dependency> newEnhanced = new ArrayList<>(parsed.dependencies());
    for (Dependency obj : basic) {
      if (!obj.relation().equals("obj") || obj.governor() < 0) {
        continue;
      }
      int own = ownVerb(tokens, basic, obj.governor(), obj.dependent());
      if (own < 0) {
        continue;
      }
      Dependency lowered = new Dependency(own, obj.dependent(), "obj");
      newBasic.set(newBasic.indexOf(obj), lowered);
      if (!newEnhanced.contains(lowered)) {
        newEnhanced.add(lowered);
      }
    }
    return parsed.withParse(newEnhanced, newBasic);
  }

  /**
   * The last verb joined to {@code verb} that stands between it and its object and has no object
   * of its own; -1 when there is none.
   */
  private static int ownVerb(List<Token> tokens, List<Dependency> basic, int verb, int object) {
    int own = -1;
    for (Dependency d : basic) {
      int joined = d.dependent();
      if (d.governor() == verb && d.relation().startsWith("conj") && joined > verb
          && joined < object && tokens.get(joined).isVerb() && joined > own
          && basic.stream().noneMatch(o -> o.governor() == joined && o.relation().equals("obj"))) {
        own = joined;
      }
    }
    return own;
  }
}
