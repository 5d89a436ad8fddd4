package org.sitrep.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.actor.ActorKnowledgeBase;
import org.sitrep.actor.Period;
import org.sitrep.actor.StoryWords;
import org.sitrep.internal.DataTable;
import org.sitrep.model.Actor;

/**
 * Standing front lines (front-lines.tsv): fire reported along one without a word on who fired
 * ("the OSCE SMM observed 40 explosions near Avdiivka", "ceasefire violations along the Line of
 * Control") is, as ACLED codes it, between the line's two sides.
 */
final class FrontLines {
  /** A line: its story country and period, its two sides and the words that place a report on it. */
  private record Line(String iso3, Period period, String first, String second, StoryWords cues) {}

  /** The two sides of the line a report is on. */
  record Sides(Actor first, Actor second, String cue) {}

  private final List<Line> lines;
  private final ActorKnowledgeBase actors;

  private FrontLines(List<Line> lines, ActorKnowledgeBase actors) {
    this.lines = List.copyOf(lines);
    this.actors = actors;
  }

  static FrontLines load(ActorKnowledgeBase actors) {
    List<Line> lines = new ArrayList<>();
    for (DataTable.Line l : DataTable.bundled(FrontLines.class, "front-lines.tsv")) {
      StoryWords cues = StoryWords.of(l.cell(4)).orElseThrow(() -> new IllegalStateException(
          "front-lines.tsv line " + l.number() + " lists no words that place a report on it"));
      lines.add(new Line(l.cell(0).strip(), Period.parse(l.cell(1)), l.cell(2).strip(),
          l.cell(3).strip(), cues));
    }
    return new FrontLines(lines, actors);
  }

  /** The sides of the line the story is on, if its country and date have one and it names it. */
  Optional<Sides> of(StoryContext story) {
    if (story.country().isEmpty()) {
      return Optional.empty();
    }
    for (Line line : lines) {
      if (!line.iso3().equals(story.country().get())
          || !line.period().holds(story.actorScope().date())) {
        continue;
      }
      Optional<String> cue = line.cues().firstIn(story.text());
      if (cue.isEmpty()) {
        continue;
      }
      String word = cue.get();
      Optional<Actor> first = actors.resolve(line.first(), story.actorScope());
      Optional<Actor> second = actors.resolve(line.second(), story.actorScope());
      if (first.isPresent() && second.isPresent()) {
        return Optional.of(new Sides(first.get(), second.get(), word));
      }
    }
    return Optional.empty();
  }
}
