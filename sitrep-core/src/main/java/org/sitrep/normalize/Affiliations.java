package org.sitrep.normalize;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.actor.ActorMatch;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.Token;
import org.sitrep.model.Actor;
import org.sitrep.model.Evidence;

/**
 * Who the people a report quotes speak for: "Spokesperson of the X, Y said", "Y, a commander of
 * the X": the person's surname is then the actor's voice (see {@link StoryContext#affiliation}).
 */
final class Affiliations {
  private Affiliations() {}

  /** A person named right after an actor's name speaks for it: "Spokesperson of X, Y said". */
  static void collect(AnnotatedArticle article, Sentence s, List<ActorMatch> matches,
      Map<String, StoryContext.Named<Actor>> affiliations) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean lastOfName = t.ner().equals("PERSON")
          && (i + 1 == tokens.size() || !tokens.get(i + 1).ner().equals("PERSON"));
      if (!lastOfName || affiliations.containsKey(t.word())) {
        continue;
      }
      int personStart = t.start();
      int nameStart = personStart;
      for (int k = i; k >= 0 && tokens.get(k).ner().equals("PERSON"); k--) {
        nameStart = tokens.get(k).start();
      }
      int from = nameStart;
      int nameEnd = t.end();
      matches.stream()
          .filter(m -> s.start() + m.end() <= from && from - (s.start() + m.end()) < 40)
          .max(Comparator.comparingInt(ActorMatch::end))
          .or(() -> appositive(article, s, matches, nameEnd))
          .filter(m -> !m.actor().generic())
          .ifPresent(m -> affiliations.put(t.word(), new StoryContext.Named<>(m.actor(),
              new Evidence("actor", article.text(s.start() + m.start(), s.start() + m.end()),
                  s.start() + m.start(), s.start() + m.end()), s.index())));
    }
  }

  /** ", a member of the Taliban", ", a senior ISIS commander": an apposition after a name. */
  private static final java.util.regex.Pattern APPOSITION =
      java.util.regex.Pattern.compile("^\\s*,\\s*(an?|the)\\s[^,;.()]*$");
  private static final java.util.regex.Pattern MEMBER_WORD = java.util.regex.Pattern.compile(
      "\\b(members?|commanders?|leaders?|fighters?|militants?|operatives?|chief|head|emir|"
          + "spokesman|spokeswoman|spokesperson|founder|recruits?|loyalists?|bombers?|gunman)\\b");

  private static Optional<ActorMatch> appositive(AnnotatedArticle article, Sentence s,
      List<ActorMatch> matches, int nameEnd) {
    for (ActorMatch m : matches) {
      int start = s.start() + m.start();
      if (start < nameEnd || start - nameEnd > 60) {
        continue;
      }
      String between = article.text(nameEnd, start);
      int afterEnd = Math.min(s.start() + s.text().length(), s.start() + m.end() + 20);
      String after = article.text(s.start() + m.end(), afterEnd);
      if (APPOSITION.matcher(between).matches()
          && (MEMBER_WORD.matcher(between).find() || MEMBER_WORD.matcher(after).lookingAt()
              || MEMBER_WORD.matcher(after.stripLeading()).lookingAt())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
