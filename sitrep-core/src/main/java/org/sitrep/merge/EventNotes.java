package org.sitrep.merge;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.GeoPrecision;

/** Writes an event's {@code notes}: one sentence in ACLED's style, from the coded fields only. */
final class EventNotes {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private EventNotes() {}

  static Event withNotes(Event e) {
    return e.withNotes(note(e), Math.min(0.99, Math.round(e.confidence() * 100) / 100.0));
  }

  static String note(Event e) {
    StringBuilder s = new StringBuilder();
    s.append(e.eventDate().map(d -> (ArticleMerger.explicitDate(e) ? "On " : "As reported on ")
        + DAY.format(d)).orElse("On an unknown date"));
    s.append(", ").append(e.actor1().map(Actor::name).orElse("an unidentified actor"));
    if (!e.assocActor1().isEmpty()) {
      s.append(" (with ").append(names(e)).append(')');
    }
    s.append(' ').append(action(e));
    e.actor2().ifPresent(a -> s.append(' ').append(a.name()));
    e.place().ifPresent(p -> s.append(e.geoPrecision() == GeoPrecision.EXACT ? " in " : " near ")
        .append(p.name()).append(p.admin1().isEmpty() || p.admin1().equals(p.name()) ? "" : " (" + p.admin1() + ")")
        .append(", ").append(p.country()));
    s.append('.');
    if (e.fatalities() > 0) {
      s.append(' ').append(e.fatalities()).append(e.fatalities() == 1 ? " fatality." : " fatalities.");
    }
    if (e.injured() > 0) {
      s.append(' ').append(e.injured()).append(" injured.");
    }
    if (e.captured() > 0) {
      s.append(' ').append(e.captured()).append(" captured.");
    }
    return s.toString();
  }

  private static String names(Event e) {
    return String.join(", ", e.assocActor1().stream().map(Actor::name).toList());
  }

  private static String action(Event e) {
    boolean target = e.actor2().isPresent();
    return switch (e.subEventType()) {
      case ARMED_CLASH -> target ? "clashed with" : "took part in armed clashes";
      case ATTACK -> target ? "attacked" : "carried out an attack";
      case AIR_DRONE_STRIKE -> target ? "carried out an air or drone strike on" : "carried out an air or drone strike";
      case SHELLING_ARTILLERY_MISSILE -> target ? "shelled" : "carried out shelling";
      case REMOTE_EXPLOSIVE -> target ? "targeted with an explosive device" : "detonated an explosive device";
      case SUICIDE_BOMB -> target ? "carried out a suicide bombing against" : "carried out a suicide bombing";
      case ABDUCTION -> target ? "abducted" : "carried out an abduction";
      case ARRESTS -> target ? "arrested" : "made arrests";
      case NON_STATE_ACTOR_OVERTAKES_TERRITORY, GOVERNMENT_REGAINS_TERRITORY ->
          target ? "took territory from" : "took control of territory";
      case PEACEFUL_PROTEST -> "held a protest";
      case PROTEST_WITH_INTERVENTION -> target ? "held a protest that was dispersed by" : "held a protest that was dispersed";
      case EXCESSIVE_FORCE -> target ? "held a protest and were met with lethal force by" : "held a protest and were met with lethal force";
      case VIOLENT_DEMONSTRATION -> target ? "rioted and clashed with" : "rioted";
      case MOB_VIOLENCE -> target ? "carried out mob violence against" : "carried out mob violence";
      default -> (target ? "was involved in a " + e.subEventType().label().toLowerCase(Locale.ROOT) + " with"
          : "was involved in a " + e.subEventType().label().toLowerCase(Locale.ROOT));
    };
  }
}
