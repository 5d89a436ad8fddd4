package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives a bracketed phrase that the parser hung on a verb as its object to the noun it follows.
 * Monitoring notes qualify a place with its district and province in brackets ("teachers marched
 * to the ministry in Kitgum town (Kitgum-Matidi, Chua) to demand their pay"), and the parser
 * may read the bracket as what the verb acts on: "marched" then seems to take an object, and
 * "demonstrated (X, Y)" to show something. A bracket is an aside on the words before it, never
 * the verb's object, so the basic tree and the enhanced graph make it an apposition of the noun
 * before the bracket.
 */
final class BracketedObjects {
  private BracketedObjects() {}

  /** The parsed sentence with each bracketed object made an apposition of the noun before it. */
  static Sentence mend(Sentence parsed) {
    List<Token> tokens = parsed.tokens();
    List<Dependency> basic = new ArrayList<>(parsed.basicDependencies());
    List<Dependency> enhanced = new ArrayList<>(parsed.dependencies());
    boolean mended = false;
    for (Dependency obj : parsed.basicDependencies()) {
      int open = opening(parsed, obj);
      if (open < 0) {
        continue;
      }
      Dependency aside = new Dependency(open - 1, obj.dependent(), "appos");
      basic.set(basic.indexOf(obj), aside);
      enhanced.remove(obj);
      if (!enhanced.contains(aside)) {
        enhanced.add(aside);
      }
      mended = true;
    }
    return mended ? parsed.withParse(enhanced, basic) : parsed;
  }

  /**
   * Where the bracket opens when {@code d} is a verb's object that is bracketed and follows a noun
   * after the verb ("... Kitgum town (Kitgum-Matidi, Chua)"); else -1.
   */
  private static int opening(Sentence s, Dependency d) {
    int verb = d.governor();
    int object = d.dependent();
    if (!d.relation().equals("obj") || verb < 0 || !s.tokens().get(verb).isVerb()) {
      return -1;
    }
    List<Dependency> children = s.basicChildren(object);
    int open = children.stream()
        .filter(c -> c.relation().equals("punct") && s.tokens().get(c.dependent()).word().equals("("))
        .mapToInt(Dependency::dependent).min().orElse(-1);
    boolean enclosed = open >= 0 && open < object
        && children.stream().allMatch(c -> c.dependent() >= open)
        && children.stream().anyMatch(c -> c.dependent() > object
            && s.tokens().get(c.dependent()).word().equals(")"));
    return enclosed && open - 1 > verb && s.tokens().get(open - 1).pos().startsWith("NN") ? open : -1;
  }
}
