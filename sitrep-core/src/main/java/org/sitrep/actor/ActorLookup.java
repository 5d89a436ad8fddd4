package org.sitrep.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Actor;

/**
 * Why a phrase resolves as it does: the actor each alias in it names, the table row that decided,
 * and the other rows listing the same alias with the reason each was passed over. For
 * {@code sitrep actors lookup}.
 */
public final class ActorLookup {

  /** One row that lists the alias, and what became of it in this story. */
  public record Row(String source, String name, String verdict) {}

  /**
   * An actor found in the phrase.
   *
   * @param actor the actor, named for the story's country and date
   * @param text the phrase's own words that matched
   * @param alias the table's alias that matched
   * @param source the table and line of the row that decided
   * @param rows every row listing the alias, the deciding one first
   */
  public record Found(Actor actor, String text, String alias, String source, List<Row> rows) {}

  private ActorLookup() {}

  public static List<Found> explain(ActorKnowledgeBase kb, String phrase, ActorScope scope) {
    List<Found> found = new ArrayList<>();
    for (ActorMatch m : kb.find(phrase, scope)) {
      List<Row> rows = new ArrayList<>();
      for (ActorKnowledgeBase.Alias alias : kb.rowsFor(m.alias(), scope)) {
        ActorEntry e = alias.entry();
        Optional<Actor> named = kb.actorOf(e, scope);
        String name = named.map(Actor::name).orElse(e.namePattern());
        rows.add(new Row(e.source(), name, verdict(alias, m, scope, named)));
      }
      found.add(new Found(m.actor(), phrase.substring(m.start(), m.end()), m.alias(), m.source(),
          rows));
    }
    return found;
  }

  /** The rows listing the whole phrase as an alias, with why each names no actor in this story. */
  public static List<Row> passedOver(ActorKnowledgeBase kb, String phrase, ActorScope scope) {
    List<Row> rows = new ArrayList<>();
    for (ActorKnowledgeBase.Alias alias : kb.rowsFor(phrase, scope)) {
      ActorEntry e = alias.entry();
      Optional<Actor> named = kb.actorOf(e, scope);
      rows.add(new Row(e.source(), named.map(Actor::name).orElse(e.namePattern()),
          verdict(alias, null, scope, named)));
    }
    return rows;
  }

  private static String verdict(ActorKnowledgeBase.Alias alias, ActorMatch chosen,
      ActorScope scope, Optional<Actor> named) {
    ActorEntry e = alias.entry();
    if (chosen != null && e.source().equals(chosen.source())) {
      List<String> why = new ArrayList<>();
      why.add(alias.user() ? "a user's row" : "a shipped row");
      why.add(e.isContextual() ? "limited to stories of " + String.join("|", e.contexts().stream()
          .sorted().toList()) : "in every story");
      why.add(e.period().equals(Period.ALWAYS) ? "at any date" : "in force " + e.period());
      return "chosen: " + String.join(", ", why);
    }
    if (!e.appliesIn(scope.country())) {
      return "not used: only in stories of "
          + String.join("|", e.contexts().stream().sorted().toList())
          + scope.country().map(c -> ", and this story's country is " + c)
              .orElse(", and this story has no country");
    }
    if (!e.period().holds(scope.date())) {
      return "not used: in force " + e.period() + scope.date()
          .map(d -> ", not on " + d).orElse(", and this story has no date (rows still in force apply)");
    }
    if (!e.saidIn(scope)) {
      return "not used: only in stories that say one of " + e.when().orElseThrow();
    }
    if (e.namesNoActor()) {
      return "not used: names no actor (a news source or monitor)";
    }
    if (named.isEmpty()) {
      return "not used: it needs the story's country";
    }
    if (chosen == null) {
      return "not used here";
    }
    return "not used: a row tried earlier decided (user's rows, then rows limited to the story's"
        + " country, then later tables)";
  }
}
