package org.sitrep.annotate;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Article;

/** An article with its sentences, in text order. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
  /** Headline.MAX_WORDS of the reader: longer lines are paragraphs, not headlines. */
  private static final int HEADLINE_WORDS = 25;

  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }

  /** True for a sentence of the headline, which names an event the body tells. */
  public boolean isHeadline(Sentence s) {
    return article.metadata().titleSpan().contains(s.start());
  }

  /**
   * True for a sentence told as headlines are, in the present tense of what happened: the
   * headline, or a short line of its own with no closing stop ("Rebels seize two villages"), as a
   * headline stands alone in a feed's item, a list of wire flashes or a pasted title with no
   * story under it. A sentence of a story ends with a stop; one cut off by the end of a line
   * or of the text does not.
   */
  public boolean toldAsHeadline(Sentence s) {
    if (isHeadline(s)) {
      return true;
    }
    String text = article.text();
    List<Token> tokens = s.tokens();
    if (tokens.isEmpty() || tokens.size() > HEADLINE_WORDS) {
      return false;
    }
    String last = tokens.get(tokens.size() - 1).word();
    if (last.equals(".") || last.equals("!") || last.equals("?") || last.equals(":")) {
      return false;
    }
    return lineEdge(text, s.start(), -1) && lineEdge(text, s.end(), 1);
  }

  /**
   * Whether only spaces stand between {@code at} and a line break or the end of the text, going
   * the way {@code step} says (-1 back from the character before {@code at}, 1 forward from it).
   */
  private static boolean lineEdge(String text, int at, int step) {
    for (int i = step < 0 ? at - 1 : at; i >= 0 && i < text.length(); i += step) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The named entities of every sentence, in text order. */
  public List<EntityMention> entityMentions() {
    return sentences.stream().flatMap(s -> EntityMention.in(s, article.text()).stream()).toList();
  }

  /** The article's characters {@code [start, end)}. */
  public String text(int start, int end) {
    return article.text().substring(start, end);
  }
}
