package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.model.Rejection;
import org.sitrep.pipeline.ExtractionResult;

/**
 * A summary for a person: per article a heading, per event a line with date, type and place, then
 * actors, counts and the quoted evidence; with explain, the rejected candidates and why. An article
 * with nothing to show prints nothing.
 */
final class TextEventWriter implements EventWriter {
  private final Writer out;
  private final boolean explain;

  TextEventWriter(Writer out, boolean explain) {
    this.out = out;
    this.explain = explain;
  }

  @Override
  public void write(String article, ExtractionResult result) throws IOException {
    List<Rejection> rejections = explain ? result.rejections() : List.of();
    if (result.events().isEmpty() && rejections.isEmpty()) {
      return;
    }
    out.write(article + ": " + plural(result.events().size(), "event") + "\n");
    int number = 1;
    for (Event e : result.events()) {
      writeEvent(number++, e);
    }
    if (!rejections.isEmpty()) {
      out.write("\n  Not coded (" + rejections.size() + "):\n");
      for (Rejection r : rejections) {
        writeRejection(r);
      }
    }
    out.write("\n");
    out.flush();
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  private void writeEvent(int number, Event e) throws IOException {
    String date = e.eventDate().map(Object::toString).orElse("date unknown");
    out.write("\n  " + number + ". " + date + "  " + e.subEventType().label() + "  " + where(e) + "\n");
    out.write("     " + e.eventType().label() + " (" + e.eventType().disorderType() + ")");
    if (!e.civilianTargeting().isEmpty()) {
      out.write(", " + e.civilianTargeting().toLowerCase(Locale.ROOT));
    }
    out.write("\n     actors: " + actors(e) + "\n");
    out.write(
        "     fatalities "
            + e.fatalities()
            + ", injured "
            + e.injured()
            + ", captured "
            + e.captured()
            + "; confidence "
            + String.format(Locale.ROOT, "%.2f", e.confidence())
            + "\n");
    for (Evidence ev : e.evidence()) {
      String note = ev.note().isEmpty() ? "" : " (" + ev.note() + ")";
      out.write("     " + ev.field() + ": \"" + oneLine(ev.text()) + "\"" + note + "\n");
    }
  }

  private void writeRejection(Rejection r) throws IOException {
    String cue = r.cue().isEmpty() ? "" : ", cue \"" + r.cue() + "\"";
    out.write("  - \"" + oneLine(r.trigger().text()) + "\": " + r.reason() + cue + "\n");
    out.write("    \"" + oneLine(r.sentence().text()) + "\"\n");
  }

  private static String where(Event e) {
    if (e.place().isEmpty()) {
      return "place unknown";
    }
    Place p = e.place().get();
    List<String> parts = new ArrayList<>();
    for (String part : List.of(p.name(), p.admin2(), p.admin1(), p.country())) {
      if (!part.isEmpty() && !parts.contains(part)) {
        parts.add(part);
      }
    }
    return String.join(", ", parts) + " (geo precision " + e.geoPrecision().code() + ")";
  }

  private static String actors(Event e) {
    String side1 = side(e.actor1().map(Actor::name).orElse("unknown"), e.assocActor1());
    if (e.actor2().isEmpty()) {
      return side1;
    }
    return side1 + " vs " + side(e.actor2().get().name(), e.assocActor2());
  }

  private static String side(String name, List<Actor> assoc) {
    return assoc.isEmpty() ? name : name + " (with " + EventJson.actorNames(assoc) + ")";
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
