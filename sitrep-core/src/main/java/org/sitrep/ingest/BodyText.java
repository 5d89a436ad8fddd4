package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Span;

/** An article's body as text: everything but its title, captions and credits. */
public final class BodyText {
  private BodyText() {}

  /** The body with the spans that are not body cut out; paragraphs stay apart by blank lines. */
  public static String of(Article article) {
    List<Span> cuts = new ArrayList<>(article.nonBody());
    cuts.sort(Comparator.comparingInt(Span::start));
    StringBuilder body = new StringBuilder();
    int at = 0;
    String text = article.text();
    for (Span cut : cuts) {
      if (cut.start() > at) {
        body.append(text, at, cut.start());
      }
      at = Math.max(at, cut.end());
    }
    body.append(text, Math.min(at, text.length()), text.length());
    return body.toString().replaceAll("[ \\t]*(\\r\\n|\\r|\\n)([ \\t]*(\\r\\n|\\r|\\n))+", "\n\n")
        .strip();
  }
}
