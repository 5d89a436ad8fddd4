package org.sitrep.extract;

import java.util.Locale;
import java.util.Set;

/**
 * "Two protesters were killed by gunfire", "a boy was wounded by gunfire": gunfire that a harm
 * told in the passive was done by is how the victims were hurt, as "shot dead" says it, not a
 * fight between two armed sides. The harm is the trigger, and joins the demonstration or the
 * attack the report told before as its toll. Gunfire that names where it came from ("killed by
 * gunfire from the militants' positions") is left a fight, whose sides that phrase may name.
 */
final class GunfireAsMeans {
  private GunfireAsMeans() {}

  private static final Set<String> GUNFIRE = Set.of("gunfire");
  private static final Set<String> HARMS = Set.of("kill", "wound", "injure", "hit", "hurt");

  /** Whether the noun at {@code i} is the gunfire by which a passive harm was done. */
  static boolean of(SentenceGraph g, int i) {
    int head = g.head(i);
    if (head < 0 || !GUNFIRE.contains(g.token(i).lemma().toLowerCase(Locale.ROOT))
        || !HARMS.contains(g.token(head).lemma().toLowerCase(Locale.ROOT))
        || g.exact(head, "aux:pass").isEmpty() && !g.token(head).pos().equals("VBN")) {
      return false;
    }
    boolean byIt = g.relation(i).equals("obl:agent") || g.relation(i).startsWith("obl")
        && g.exact(i, "case").stream().anyMatch(c -> g.token(c).word().equalsIgnoreCase("by"));
    boolean source = g.sentence().basicChildren(i).stream()
        .anyMatch(d -> d.relation().startsWith("nmod") || d.relation().equals("acl"));
    return byIt && !source;
  }
}
