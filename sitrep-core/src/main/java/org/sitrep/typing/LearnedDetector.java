package org.sitrep.typing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.extract.EventDetector;
import org.sitrep.internal.DataTable;
import org.sitrep.model.SubEventType;

/**
 * The learned typer as a detector: it reads each sentence the trigger words pass over and finds
 * an event where it is nearly sure of one ("warplanes pounded the village"). The bars are high
 * because the rules' silence is evidence too: most sentences of a news article report no event,
 * so a detector that fires at even odds would add more false events than it finds real ones.
 * Only sentences that hold a word of an act ({@code detector-words.tsv}) are read: embedding is
 * most of what reading costs, and the typer is seldom sure of the others.
 */
public final class LearnedDetector implements EventDetector {
  /**
   * The typer must be this sure the sentence reports an event: the same bar as for overruling a
   * trigger the other way (a mention rejected as no event), since here it overrules the rules'
   * silence. Where several models vote, each of them must be ({@link
   * TypeGuess#leastEventProbability}): the model over the tuned encoder is surer than its
   * evidence on passages like its training set's, and an average would let it carry the bar alone.
   */
  static final double SURE_OF_AN_EVENT = 0.95;
  /** And one sub-event type must be the likelier reading outright. */
  static final double SURE_OF_THE_TYPE = 0.5;
  /**
   * Types ACLED codes at its coders' discretion, from context a sentence does not give (a base set
   * up, ground handed over): left to the trigger rules and to the analyst.
   * Agreements are not among them: the codebook names what counts (talks, ceasefires, exchanges,
   * releases, evacuation deals), and the training set parts those between the sides of a conflict
   * from talks on trade or talks only offered.
   */
  static final Set<SubEventType> DISCRETIONARY = EnumSet.of(SubEventType.CHANGE_TO_GROUP,
      SubEventType.HEADQUARTERS_ESTABLISHED, SubEventType.NON_VIOLENT_TRANSFER,
      SubEventType.OTHER);
  /**
   * Of those, the ones a sentence that tells its day makes an event of: "the group named a new
   * commander on Monday" is a change to the group, "the attackers have pledged allegiance to the
   * Islamic State" the group's standing, which a report tells as background.
   */
  static final Set<SubEventType> WHEN_DATED = EnumSet.of(SubEventType.CHANGE_TO_GROUP);
  /** A time expression's value that names one day, resolved or by its weekday alone. */
  private static final Pattern A_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|XXXX-WXX-\\d");
  /** Shorter sentences are labels and fragments; longer ones lists, tables or run-on text. */
  private static final int FEWEST_TOKENS = 4;
  private static final int MOST_TOKENS = 80;

  private final SubEventTyper typer;
  private final Predicate<String> worthReading;

  public LearnedDetector(SubEventTyper typer) {
    this(typer, defaultWords());
  }

  /** @param worthReading whether a sentence holds a word that makes it worth embedding */
  LearnedDetector(SubEventTyper typer, Predicate<String> worthReading) {
    this.typer = typer;
    this.worthReading = worthReading;
  }

  /** The words of {@code detector-words.tsv}, one of which a sentence must hold. */
  static Predicate<String> defaultWords() {
    List<String> groups = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (DataTable.Line line : DataTable.bundled(LearnedDetector.class, "detector-words.tsv")) {
      if (line.cells().length != 2 || !Set.of("groups", "words").contains(line.cell(0))) {
        throw new IllegalStateException("detector-words.tsv line " + line.number()
            + ": expected 'groups' or 'words' and a list");
      }
      (line.cell(0).equals("groups") ? groups : words)
          .addAll(List.of(line.cell(1).split("\\|")));
    }
    return TextSignals.loadDefault().holdsAny(groups, words);
  }

  @Override
  public Optional<Detection> detect(Sentence sentence) {
    int tokens = sentence.tokens().size();
    if (tokens < FEWEST_TOKENS || tokens > MOST_TOKENS || !worthReading.test(sentence.text())) {
      return Optional.empty();
    }
    boolean dated = tellsADay(sentence);
    return typer.guessIfSureOfAnEvent(sentence.text(), SURE_OF_AN_EVENT)
        .flatMap(guess -> detection(guess, dated));
  }

  /** Whether the sentence names a day of its own ("on Monday", "on 3 March", "the next day"). */
  static boolean tellsADay(Sentence sentence) {
    return sentence.times().stream().anyMatch(t -> t.type().equals(TimeExpression.OFFSET)
        || t.type().equals(TimeExpression.DATE) && A_DAY.matcher(t.value()).matches());
  }

  /**
   * The note that keeps a mention nothing in its words grounds (no place, date, count or named
   * actor), when the typer is as sure its sentence reports an event as it must be to add one: the
   * trigger rules found the act, and the typer's reading of the whole sentence stands in for the
   * arguments that would tell it from an idiom ({@link org.sitrep.merge.EventReader}).
   */
  public Optional<String> vouch(String sentence) {
    return typer.guessIfSureOfAnEvent(sentence, SURE_OF_AN_EVENT).map(guess -> String.format(
        Locale.ROOT, "no place, date, count or named actor, but the typer is nearly sure the"
            + " sentence reports an event (probability %.2f); typer: %s",
        guess.leastEventProbability(), guess.topThree()));
  }

  /**
   * The event a guess makes sure of, if any; the note gives the typer's three likeliest.
   *
   * @param dated whether the sentence tells a day of its own ({@link #WHEN_DATED})
   */
  static Optional<Detection> detection(TypeGuess guess, boolean dated) {
    TypeGuess.Scored best = guess.bestEvent();
    SubEventType type = best.label().type().orElseThrow();
    if (guess.leastEventProbability() < SURE_OF_AN_EVENT || best.probability() < SURE_OF_THE_TYPE
        || DISCRETIONARY.contains(type) && !(dated && WHEN_DATED.contains(type))) {
      return Optional.empty();
    }
    return Optional.of(new Detection(type, String.format(Locale.ROOT,
        "%s (probability %.2f) where no trigger word did; typer: %s", NOTE,
        guess.eventProbability(), guess.topThree())));
  }
}
