package org.sitrep.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.model.DateExpression;
import org.sitrep.model.Evidence;
import org.sitrep.model.TimePrecision;

/**
 * Picks the date a trigger happened on from the sentence's time expressions, preferring one in the
 * trigger's own phrase. A date that NewsDates could not anchor (a weekday with no publication date)
 * is kept with no value, so that the record can say why its date is missing.
 */
final class DateFinder {
  /**
   * "shortly before dawn" or "hours later" carry the anchor's date, not the event's: only
   * expressions that name a day, month or year, or a day relative to the report, are used.
   */
  private static final java.util.regex.Pattern NAMES_A_DAY = java.util.regex.Pattern.compile(
      "(?i)\\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
          + "april|may|june|july|august|september|october|november|december|yesterday|today|"
          + "tonight|overnight|last|this|ago|earlier|week|month|year");

  private final TriggerLexicon lexicon;

  /** @param lexicon tells the words of other acts, whose phrases date those acts */
  DateFinder(TriggerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  Optional<DateExpression> find(SentenceGraph g, int trigger, BitSet scope,
      Optional<LocalDate> published) {
    // "a 2016 attack", "the 1976 uprising, in which police shot": the year the noun is named by
    // dates it before any day the sentence gives its statement.
    Optional<DateExpression> named = namingYear(g, trigger, published)
        .or(() -> longAfter(g, trigger, published))
        .or(() -> Anniversaries.of(g, trigger, published));
    if (named.isPresent()) {
      return named;
    }
    // OFFSET ("the next day") and TIME ("at dawn") count from the event told before, not from
    // the report: they wait for a narrative anchor and are passed over here like any non-date.
    List<TimeExpression> written = g.sentence().times().stream()
        .filter(t -> t.type().equals(TimeExpression.DATE))
        .filter(t -> !t.value().contains("REF"))
        .filter(t -> NAMES_A_DAY.matcher(t.text()).find())
        .filter(t -> !partOfAName(g, t))
        .toList();
    List<TimeExpression> dates = written.stream().map(t -> inYearWritten(t, written)).toList();
    // "said on Thursday" dates the statement: used only when nothing dates the event itself, and
    // then as a borrowed day, which tells no two mentions apart.
    Optional<TimeExpression> chosen = dates.stream()
        .filter(t -> inScope(g, scope, t) && !datesAnotherAct(g, trigger, t)
            && !datesStatement(g, t)).findFirst()
        .or(() -> inOwnClause(g, trigger, dates))
        .or(() -> dates.stream().filter(t -> !datesStatement(g, t)).findFirst());
    if (chosen.isPresent()) {
      return chosen.map(t -> resolve(t, published));
    }
    return dates.stream().findFirst().map(t -> resolve(t, published))
        .map(d -> new DateExpression(d.evidence(), d.date(), d.precision(), true));
  }

  /**
   * "from April 14, 1995, when he arrived, until April 17": a day written without its year takes
   * the year written with it or with an earlier day of its sentence, not the year before
   * publication.
   */
  static TimeExpression inYearWritten(TimeExpression t, List<TimeExpression> dates) {
    if (WRITTEN_YEAR.matcher(t.text()).find() || !t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
      return t;
    }
    for (TimeExpression before : dates) {
      java.util.regex.Matcher year = WRITTEN_YEAR.matcher(before.text());
      // "April 14, 1995" that the tagger read as two: the year right after the day is its own.
      boolean itsYear = before.start() >= t.end() && before.start() - t.end() <= 2
          && before.text().matches("\\d{4}");
      if ((before.end() <= t.start() || itsYear) && year.find()
          && before.value().startsWith(year.group())) {
        return new TimeExpression(t.text(), t.start(), t.end(), t.type(),
            year.group() + t.value().substring(4));
      }
    }
    return t;
  }

  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");
  /** A year written anywhere in a time expression's words ("April 14, 1995"). */
  private static final java.util.regex.Pattern WRITTEN_YEAR =
      java.util.regex.Pattern.compile("\\b" + YEAR.pattern() + "\\b");

  /**
   * The year that modifies the trigger's noun, or the noun a relative clause of the trigger
   * hangs on ("the 1976 uprising, in which police shot dead..."), as a date of that year.
   */
  private static Optional<DateExpression> namingYear(SentenceGraph g, int trigger,
      Optional<LocalDate> published) {
    List<Integer> nouns = new java.util.ArrayList<>(List.of(trigger));
    int head = g.head(trigger);
    if (head >= 0 && g.relation(trigger).startsWith("acl") && g.token(head).isNoun()) {
      nouns.add(head);
    }
    // "killed during the 1994 genocide", "bombed in the Second World War": the period it
    // happened in.
    List<Integer> periods = new java.util.ArrayList<>();
    for (String rel : List.of("obl:during", "nmod:during", "obl:in", "nmod:in")) {
      periods.addAll(g.exact(trigger, rel));
    }
    nouns.addAll(periods);
    for (int period : periods) {
      Optional<DateExpression> war = pastWar(g, period, published);
      if (war.isPresent()) {
        return war;
      }
    }
    for (int noun : nouns) {
      if (!g.token(noun).isNoun()) {
        continue;
      }
      for (var d : g.sentence().basicChildren(noun)) {
        Token year = g.token(d.dependent());
        boolean modifies = d.relation().equals("nummod") || d.relation().equals("amod")
            || d.relation().equals("compound") || d.relation().equals("nmod:npmod");
        if (modifies && d.dependent() < noun && YEAR.matcher(year.word()).matches()) {
          Evidence evidence = new Evidence("event_date", year.word(), year.start(), year.end(),
              "the year that names the event");
          return Optional.of(notAfter(evidence, LocalDate.of(Integer.parseInt(year.word()), 1, 1),
              TimePrecision.MONTH, published));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The names of wars long over and the last year of each ({@code past-wars.tsv}), in the file's
   * order, so that a phrase that holds two names is read the same way on every run.
   */
  private static final java.util.Map<String, Integer> PAST_WARS = pastWars();

  private static java.util.Map<String, Integer> pastWars() {
    java.util.Map<String, Integer> wars = new java.util.LinkedHashMap<>();
    for (var line : org.sitrep.internal.DataTable.bundled(DateFinder.class, "past-wars.tsv")) {
      for (String name : line.cell(0).split("\\|")) {
        wars.put(name.strip(), Integer.parseInt(line.cell(1).strip()));
      }
    }
    return java.util.Collections.unmodifiableMap(wars);
  }

  /** "during the Second World War": a period named as a war long over dates the act by its end. */
  private static Optional<DateExpression> pastWar(SentenceGraph g, int period,
      Optional<LocalDate> published) {
    BitSet span = g.subtree(period);
    String phrase = " " + String.join(" ", span.stream()
        .mapToObj(i -> g.token(i).word().toLowerCase(java.util.Locale.ROOT)).toList()) + " ";
    for (var war : PAST_WARS.entrySet()) {
      if (phrase.contains(" " + war.getKey() + " ")) {
        Evidence evidence = g.span(span.nextSetBit(0), span.length() - 1, "event_date")
            .withNote("during a war that ended in " + war.getValue());
        return Optional.of(notAfter(evidence, LocalDate.of(war.getValue(), 1, 1),
            TimePrecision.MONTH, published));
      }
    }
    return Optional.empty();
  }

  /** "the March 23 Movement", "the April 6 Youth Movement": a date inside a group's name. */
  private static boolean partOfAName(SentenceGraph g, TimeExpression t) {
    List<Token> tokens = g.sentence().tokens();
    List<Token> covered = g.tokensOf(t);
    int first = covered.isEmpty() ? -1 : covered.get(0).index();
    int last = covered.isEmpty() ? -1 : covered.get(covered.size() - 1).index();
    return first > 0 && last + 1 < tokens.size()
        && tokens.get(first - 1).word().equalsIgnoreCase("the")
        && tokens.get(last + 1).isProperNoun()
        && !TimeWords.isCalendarWord(tokens.get(last + 1).word());
  }

  /**
   * "mourned on Sunday the 12 soldiers who died in an ambush in 2023": a date in the clause that
   * holds the act, when that clause is not the sentence's own, is the act's before the main
   * clause's.
   */
  private static Optional<TimeExpression> inOwnClause(SentenceGraph g, int trigger,
      List<TimeExpression> dates) {
    int clause = trigger;
    for (int hop = 0; hop < 3 && clause >= 0 && !g.token(clause).isVerb(); hop++) {
      clause = g.head(clause);
    }
    if (clause < 0 || clause == trigger || !g.token(clause).isVerb() || g.head(clause) < 0) {
      return Optional.empty();
    }
    BitSet own = g.subtree(clause);
    return dates.stream().filter(t -> inScope(g, own, t) && !datesStatement(g, t)).findFirst();
  }

  private static boolean datesStatement(SentenceGraph g, TimeExpression t) {
    for (Token tok : g.tokensOf(t)) {
      int head = g.head(tok.index());
      // A verb of speech, not a noun spelled like one: "in Maturin, Monagas state" states nothing.
      if (head >= 0 && g.token(head).isVerb() && SpeechVerbs.contains(g.token(head).lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "closed their shops on Monday in protest over the murder of two colleagues last week": a date
   * in the phrase of another act inside the trigger's own (the murder the protest is over) dates
   * that act, not the trigger. It may still be borrowed when nothing else dates the trigger.
   */
  private boolean datesAnotherAct(SentenceGraph g, int trigger, TimeExpression t) {
    List<Token> covered = g.tokensOf(t);
    if (covered.isEmpty()) {
      return false;
    }
    int node = g.head(covered.get(covered.size() - 1).index());
    for (int hop = 0; hop < 6 && node >= 0 && node != trigger; hop++, node = g.head(node)) {
      Token between = g.token(node);
      if (between.isNoun() && (lexicon.mayTrigger(between)
          || CasualtyCounter.kindOf(g, between).isPresent())) {
        return true;
      }
    }
    return false;
  }

  private static boolean inScope(SentenceGraph g, BitSet scope, TimeExpression t) {
    return g.tokensOf(t).stream().anyMatch(tok -> scope.get(tok.index()));
  }

  /**
   * The day and ACLED time precision of a DATE: a day is DAY (1); a week ("last week", "days ago")
   * is its Monday and a weekend its Saturday, WEEK (2); a month is its 1st and a year its 1 January,
   * MONTH (3). A date after publication, an OFFSET or a TIME gives no day.
   */
  static DateExpression resolve(TimeExpression t, Optional<LocalDate> published) {
    String v = t.value();
    Evidence evidence = new Evidence("event_date", t.text(), t.start(), t.end(), "TIMEX " + v);
    if (!t.type().equals(TimeExpression.DATE)) {
      return new DateExpression(new Evidence("event_date", t.text(), t.start(), t.end(),
          "counted from the event told before, not from the report (" + t.type() + " " + v + ")"),
          Optional.empty(), TimePrecision.MONTH);
    }
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return notAfter(evidence, LocalDate.parse(v), TimePrecision.DAY, published);
      }
      if (v.matches("\\d{4}-W\\d{2}")) {
        return notAfter(evidence, weekDay(v, java.time.DayOfWeek.MONDAY), TimePrecision.WEEK, published);
      }
      if (v.matches("\\d{4}-W\\d{2}-WE")) {
        // ACLED's precision 2 is "a specific week or weekend"; a weekend is dated on its Saturday,
        // the day it began, as a night is.
        return notAfter(evidence, weekDay(v, java.time.DayOfWeek.SATURDAY), TimePrecision.WEEK, published);
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        return notAfter(evidence, LocalDate.parse(v + "-01"), TimePrecision.MONTH, published);
      }
      if (v.matches("\\d{4}")) {
        return notAfter(evidence, LocalDate.parse(v + "-01-01"), TimePrecision.MONTH, published);
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      // An odd TIMEX value is a date we cannot place, not an error in the article.
    }
    String note = published.isPresent()
        ? "date not resolved (TIMEX " + v + ")"
        : "relative date not resolved: no publication date given";
    return new DateExpression(
        new Evidence("event_date", t.text(), t.start(), t.end(), note), Optional.empty(),
        unresolvedPrecision(v, t.text()));
  }

  /**
   * How exactly an expression that cannot be placed names its time: "on Monday", "20 October",
   * "yesterday" name a day, though with no publication date no one can say which; "over the
   * weekend" a week; "last week", "in mid-September" or "five years ago" no day.
   */
  private static TimePrecision unresolvedPrecision(String value, String text) {
    String words = text.toLowerCase(java.util.Locale.ROOT);
    if (value.matches("XXXX-WXX-WE")) {
      return TimePrecision.WEEK;
    }
    boolean day = value.matches("XXXX-(WXX-[1-7]|\\d{2}-\\d{2}|XX-XX)");
    return day && !words.matches(".*\\b(years?|months?|weeks?|decades?)\\b.*")
        ? TimePrecision.DAY : TimePrecision.MONTH;
  }

  /** A day of the ISO week of a value "2017-W46" or "2017-W46-WE". */
  private static LocalDate weekDay(String v, java.time.DayOfWeek day) {
    return LocalDate.parse(v.substring(0, 4) + "-01-04")
        .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6, 8)))
        .with(day);
  }

  private static final java.util.Map<String, Integer> MONTHS_IN = java.util.Map.of(
      "month", 1, "year", 12, "decade", 120);

  /**
   * "Ten years after Boko Haram abducted 276 schoolgirls", "months after soldiers burned the
   * village", "a decade after the attack": what the story counts its time from happened that
   * long before the report, as a month-precise date (a plural with no number is two).
   */
  private static Optional<DateExpression> longAfter(SentenceGraph g, int trigger,
      Optional<LocalDate> published) {
    if (published.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> spans = new java.util.ArrayList<>();
    boolean after = false;
    for (var d : g.sentence().basicChildren(trigger)) {
      String w = g.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      if ((d.relation().equals("mark") || d.relation().equals("case"))
          && (w.equals("after") || w.equals("since"))) {
        after = true;
      } else if (d.relation().equals("dep") || d.relation().endsWith("npmod")
          || d.relation().endsWith("tmod")) {
        spans.add(d.dependent());
      }
    }
    int head = g.head(trigger);
    // "Ten years after the abduction": the parser may make the span the head of the act.
    if (head >= 0 && (g.relation(trigger).equals("dep") || g.relation(trigger).equals("nmod:after"))) {
      spans.add(head);
      after |= g.relation(trigger).equals("nmod:after") || g.sentence().basicChildren(head)
          .stream().anyMatch(d -> d.relation().equals("case")
              && g.token(d.dependent()).word().equalsIgnoreCase("after"));
    }
    if (!after) {
      return Optional.empty();
    }
    for (int span : spans) {
      Token unit = g.token(span);
      Integer months = MONTHS_IN.get(unit.lemma().toLowerCase(java.util.Locale.ROOT));
      if (months == null) {
        continue;
      }
      int count = unit.pos().equals("NNS") ? 2 : 1;
      for (var d : g.sentence().basicChildren(span)) {
        if (d.relation().equals("nummod")) {
          count = Quantity.ofWord(g.token(d.dependent()).word()).map(Quantity::value).orElse(count);
        }
      }
      int first = span;
      for (var d : g.sentence().basicChildren(span)) {
        if (d.dependent() < first) {
          first = d.dependent();
        }
      }
      Evidence evidence = g.span(first, span, "event_date").withNote(
          "the time the story counts from this act; that long before publication");
      return Optional.of(new DateExpression(evidence,
          Optional.of(published.get().minusMonths((long) months * count).withDayOfMonth(1)),
          TimePrecision.MONTH));
    }
    return Optional.empty();
  }

  /** A date after publication cannot be when a reported event happened. */
  private static DateExpression notAfter(Evidence evidence, LocalDate date, TimePrecision p,
      Optional<LocalDate> published) {
    if (published.isPresent() && date.isAfter(published.get())) {
      return new DateExpression(
          new Evidence(evidence.field(), evidence.text(), evidence.start(), evidence.end(),
              "resolves after the publication date; not used"),
          Optional.empty(), TimePrecision.MONTH);
    }
    return new DateExpression(evidence, Optional.of(date), p);
  }
}
