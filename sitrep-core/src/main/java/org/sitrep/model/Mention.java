package org.sitrep.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of an event in one sentence, as the parse gives it, before actors and places are
 * looked up. Arguments are the article's own words ({@link Evidence} whose field names the role:
 * "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "location").
 *
 * @param sentence index of the sentence in the annotated article
 * @param trigger the word that signals the event, e.g. "attacked"
 * @param sentenceText the whole sentence, as evidence with field "sentence"
 * @param phrase the trigger's own phrase (its subtree, and its carrier verb's): what lies inside
 *     it describes this event; what lies outside may describe another ("a probe in Paris into the
 *     explosion in Lyon")
 * @param subEventType the type the trigger and its arguments suggest
 * @param places place phrases, the one nearest the trigger first
 * @param cue for a non-asserted mention, the word that shows it (e.g. "will", "seeking")
 */
public record Mention(
    int sentence,
    Evidence trigger,
    Evidence sentenceText,
    Span phrase,
    SubEventType subEventType,
    Optional<Evidence> actor1,
    List<Evidence> assocActor1,
    Optional<Evidence> actor2,
    List<Evidence> assocActor2,
    List<Evidence> places,
    Optional<DateExpression> date,
    Optional<Count> fatalities,
    Optional<Count> injured,
    Optional<Count> captured,
    Modality modality,
    Optional<Evidence> cue) {
  public Mention {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(sentenceText, "sentenceText");
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(subEventType, "subEventType");
    Objects.requireNonNull(actor1, "actor1");
    assocActor1 = List.copyOf(assocActor1);
    Objects.requireNonNull(actor2, "actor2");
    assocActor2 = List.copyOf(assocActor2);
    places = List.copyOf(places);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(fatalities, "fatalities");
    Objects.requireNonNull(injured, "injured");
    Objects.requireNonNull(captured, "captured");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(cue, "cue");
  }

  /** True when the words of {@code e} lie inside the trigger's own phrase. */
  public boolean inPhrase(Evidence e) {
    return phrase.contains(e.span());
  }

  /** The note of a place phrase that names a site in the town ("the Kitui market"). */
  public static final String SITE_IN_TOWN = "the town of the site named";
  /** The note that starts a place a mention took from the report around it, not its words. */
  public static final String PLACE_NAMED_EARLIER = "named earlier";
  /** How the evidence of a maker set by convention, since no words named one, begins. */
  public static final String NO_MAKER_NAMED = "no one named for the act";
  /** How the evidence of the two sides of unattributed fire along a front line begins. */
  public static final String FRONT_LINE_SIDES = "fire along the front line";

  /**
   * The place phrases that can say where the event happened: not those inside the phrase of
   * those who acted ("Israel has bombed") or that qualify a target ("members of the U.S. and
   * Afghan forces"), which say who; but a target that is a place ("raided the Jenin refugee
   * camp") says where, and so does the town of a site aimed at ("blocked the Eldoret
   * roundabout", "attacked a Kabul hospital"), though not the town of people ("Kabul residents").
   */
  public List<Evidence> eventPlaces() {
    List<Evidence> agents = new java.util.ArrayList<>(assocActor1);
    actor1.ifPresent(agents::add);
    List<Evidence> targets = new java.util.ArrayList<>(assocActor2);
    actor2.ifPresent(targets::add);
    return places.stream()
        .filter(p -> agents.stream().noneMatch(a -> a.span().contains(p.span())))
        // "Kabul residents": a place that names the target is not where the act was; but "a bus on
        // the Kumba-Buea road" puts the target, and so the act, near it.
        .filter(p -> roadBetween(p) || p.note().equals(SITE_IN_TOWN) || targets.stream()
            .noneMatch(a -> a.span().contains(p.span()) && p.end() < a.end()))
        .toList();
  }

  /** The first town of "the A-B road", a road between two towns (not a street named for one). */
  private boolean roadBetween(Evidence place) {
    int at = place.end() - sentenceText.start();
    String text = sentenceText.text();
    return place.note().equals("near") && at >= 0 && at + 1 < text.length()
        && text.charAt(at) == '-' && Character.isUpperCase(text.charAt(at + 1));
  }

  /**
   * This mention with only the places and date its own phrase names: for a mention that refers to
   * an event, the rest of the sentence tells of something else ("a probe in Paris into the
   * explosion").
   */
  public Mention withinPhrase() {
    return new Mention(sentence, trigger, sentenceText, phrase, subEventType, actor1, assocActor1,
        actor2, assocActor2, places.stream().filter(this::inPhrase).toList(),
        date.filter(d -> inPhrase(d.evidence())), fatalities, injured, captured, modality, cue);
  }

  public Mention withDate(DateExpression newDate) {
    return new Mention(sentence, trigger, sentenceText, phrase, subEventType, actor1, assocActor1,
        actor2, assocActor2, places, Optional.of(newDate), fatalities, injured, captured, modality,
        cue);
  }

  /** This mention as one of another sub-event type, e.g. once its sentence says who did it. */
  public Mention withSubEventType(SubEventType type) {
    return new Mention(sentence, trigger, sentenceText, phrase, type, actor1, assocActor1,
        actor2, assocActor2, places, date, fatalities, injured, captured, modality, cue);
  }

  /** This mention with its trigger's evidence replaced, e.g. to say what found it. */
  public Mention withTrigger(Evidence newTrigger) {
    return new Mention(sentence, newTrigger, sentenceText, phrase, subEventType, actor1,
        assocActor1, actor2, assocActor2, places, date, fatalities, injured, captured, modality,
        cue);
  }

  /** True when the date was given in the mention's own sentence, not taken from the account before. */
  public boolean datedInSentence() {
    return date.map(d -> !d.borrowed() && sentenceText.span().contains(d.evidence().span()))
        .orElse(false);
  }

  public boolean asserted() {
    return modality == Modality.ASSERTED;
  }
}
