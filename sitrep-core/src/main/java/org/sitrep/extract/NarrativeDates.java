package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.model.DateExpression;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.TimePrecision;

/**
 * Dates the mentions whose sentence gives no day by the account told just before them, as a coder
 * reads a narrative: "On the morning of 7 October, militants fired rockets ... About an hour later,
 * gunmen crossed the fence" happened on 7 October, not on the day of publication; "the next day"
 * is the day after. Only a few sentences back count, since an account moves on.
 */
final class NarrativeDates {
  /** How many sentences back the account's date still holds. */
  private static final int WINDOW = 4;
  /** An offset from the account's day, as the annotator writes it: "+P1D", "-P2D", "P0D". */
  private static final Pattern OFFSET = Pattern.compile("([+-]?)P(\\d+)D");

  List<Mention> date(AnnotatedArticle article, List<Mention> mentions) {
    Optional<LocalDate> published = article.article().metadata().published();
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Optional<DateExpression> anchor = m.date().isPresent() ? Optional.empty()
          : anchor(article, m.sentence(), published);
      out.add(anchor.map(a -> shifted(article.sentences().get(m.sentence()), a))
          .map(m::withDate).orElse(m));
    }
    return out;
  }

  /** The last resolved date of the few sentences before {@code sentence}. */
  private static Optional<DateExpression> anchor(AnnotatedArticle article, int sentence,
      Optional<LocalDate> published) {
    for (int i = sentence - 1; i >= Math.max(0, sentence - WINDOW); i--) {
      List<TimeExpression> times = article.sentences().get(i).times();
      for (int k = times.size() - 1; k >= 0; k--) {
        TimeExpression t = times.get(k);
        if (!t.type().equals("DATE")) {
          continue;
        }
        DateExpression d = DateFinder.resolve(t, published);
        // A month or a year ("in 2023") frames too loosely to date what follows it.
        if (d.date().isPresent() && d.precision() != TimePrecision.MONTH) {
          Evidence e = d.evidence();
          return Optional.of(new DateExpression(new Evidence(e.field(), e.text(), e.start(), e.end(),
              "the date of the account told just before"), d.date(), d.precision()));
        }
      }
    }
    return Optional.empty();
  }

  /** "The next day", "two days later": the account's day moved by the sentence's own offset. */
  private static DateExpression shifted(Sentence s, DateExpression anchor) {
    for (TimeExpression t : s.times()) {
      Matcher m = OFFSET.matcher(t.value());
      if (t.type().equals("OFFSET") && m.matches()) {
        long days = Long.parseLong(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
        Evidence e = new Evidence("event_date", t.text(), t.start(), t.end(),
            days == 0 ? "the day of the account told just before ('" + anchor.evidence().text() + "')"
                : days + " day(s) from the day of the account told just before ('"
                    + anchor.evidence().text() + "')");
        return new DateExpression(e, anchor.date().map(d -> d.plusDays(days)), anchor.precision());
      }
    }
    return anchor;
  }
}
