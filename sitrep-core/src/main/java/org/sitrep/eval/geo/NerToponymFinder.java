package org.sitrep.eval.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.EntityMention;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.Token;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMetadata;
import org.sitrep.model.Span;

/**
 * Sitrep's own geotagging. CoreNLP's LOCATION mentions are toponyms. The three-class tagger misses
 * two kinds that news is full of, which a gazetteer test catches: a well-known place inside another
 * entity or tagged as one ("Texas" in "University of Texas", "Washington" said as a person) and a
 * country's or continent's adjective ("British officials", "European leaders"). So inside other
 * mentions, and among proper nouns and adjectives outside any mention, the longest runs of up to
 * three tokens that name a well-known place are toponyms too.
 *
 * <p>Give it an annotator that parses nothing ({@code CoreNlpAnnotator.withoutParse()}): names
 * need no parse.
 */
public final class NerToponymFinder implements ToponymFinder {
  private static final int LONGEST_RUN = 3;

  private final Annotator annotator;
  private final Predicate<String> wellKnownPlace;

  /**
   * @param wellKnownPlace whether a phrase names a well-known place, such as {@code
   *     ToponymResolver::namesWellKnownPlace}
   */
  public NerToponymFinder(Annotator annotator, Predicate<String> wellKnownPlace) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.wellKnownPlace = Objects.requireNonNull(wellKnownPlace, "wellKnownPlace");
  }

  @Override
  public List<Span> find(String text) {
    ArticleMetadata none = new ArticleMetadata(
        "", "", Optional.empty(), Optional.empty(), Optional.empty(), new Span(0, 0), List.of());
    AnnotatedArticle annotated = annotator.annotate(new Article("geo", text, none));
    List<Span> found = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      List<Token> tokens = sentence.tokens();
      int i = 0;
      for (EntityMention m : EntityMention.in(sentence, text)) {
        int first = indexAt(tokens, m.start());
        int last = indexAt(tokens, m.end() - 1);
        scan(tokens, i, first, text, found, true);
        if (m.type().equals("LOCATION")) {
          found.add(new Span(m.start(), m.end()));
        } else {
          scan(tokens, first, last + 1, text, found, false);
        }
        i = last + 1;
      }
      scan(tokens, i, tokens.size(), text, found, true);
    }
    found.sort(Comparator.comparingInt(Span::start));
    return found;
  }

  /** Adds the longest runs in tokens {@code [from, to)} that name a well-known place. */
  private void scan(List<Token> tokens, int from, int to, String text, List<Span> found,
      boolean outsideMentions) {
    int i = from;
    while (i < to) {
      int taken = 0;
      for (int n = Math.min(LONGEST_RUN, to - i); n >= 1 && taken == 0; n--) {
        if (outsideMentions && !allNamelike(tokens, i, i + n)) {
          continue;
        }
        String phrase = text.substring(tokens.get(i).start(), tokens.get(i + n - 1).end());
        if (wellKnownPlace.test(phrase)) {
          found.add(new Span(tokens.get(i).start(), tokens.get(i + n - 1).end()));
          taken = n;
        }
      }
      i += Math.max(taken, 1);
    }
  }

  /** Outside a mention only proper nouns and capitalised adjectives may name a place. */
  private static boolean allNamelike(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      boolean capital = !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
      if (!capital || !(t.isProperNoun() || t.pos().startsWith("JJ"))) {
        return false;
      }
    }
    return true;
  }

  private static int indexAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
        return i;
      }
    }
    throw new IllegalStateException("no token at offset " + offset);
  }
}
