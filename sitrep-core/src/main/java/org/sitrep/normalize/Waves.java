package org.sitrep.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.extract.Quantity;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.place.PlaceContext;
import org.sitrep.place.PlaceNames;
import org.sitrep.place.PlaceRanker;
import org.sitrep.place.ScoredPlace;

/**
 * Splits a wave told in one sentence into one event per place, as ACLED codes it: "bombs went off
 * at markets in Konduga, Dikwa and Gwoza, killing seven" is three events. When the sentence gives
 * only a total, the dead are split evenly over the places, the remainder going to the first
 * named (ACLED's rule: a total it cannot attribute is divided among the events).
 */
final class Waves {
  /** What may stand between two places of one list: "A, B and C", "A and in B", "A or B". */
  private static final Pattern LIST_GLUE = Pattern.compile("(?i)\\s*(,|and|or|as well as|in|at|\\s)+\\s*");

  private final PlaceRanker ranker;

  Waves(PlaceRanker ranker) {
    this.ranker = ranker;
  }

  /** The events of the wave, or just {@code event} when the mention names no list of places. */
  List<Event> split(Event event, Mention m, String text, StoryContext story) {
    List<Evidence> listed = listed(m, text);
    List<Place> places = new ArrayList<>();
    List<Evidence> phrases = new ArrayList<>();
    List<GeoPrecision> precisions = new ArrayList<>();
    // "in A, B and C districts, Qqq province": the province after the list frames every name.
    Optional<PlaceFrames.Frame> frame = listed.isEmpty() ? Optional.empty()
        : PlaceFrames.after(listed.get(listed.size() - 1), text, ranker, story.country()).stream()
            .findFirst();
    for (Evidence phrase : listed) {
      // Towns, or districts named as the towns they are called after ("in Dikwa", an LGA); or
      // the provinces of a list that says so ("in Kebbi and Kwara states"), each coded at its
      // seat with a province's precision.
      String name = PlaceNames.asListedDivision(text, phrase.start(), phrase.end());
      boolean provinces = !name.equals(phrase.text()) && PlaceNames.namesAProvince(name);
      List<Place> ranked = ranker.rank(name, PlaceContext.inCountry(
              frame.map(f -> Optional.of(f.place().iso3())).orElse(story.country()))).stream()
          .map(ScoredPlace::place).filter(x -> frame.map(f -> PlaceFrames.fits(x, f)).orElse(true))
          .toList();
      Optional<Place> p = provinces ? province(ranked)
          : ranked.stream().findFirst()
              .filter(x -> !x.isArea() || x.featureCode().startsWith("ADM2") || x.featureCode().startsWith("ADM3"));
      if (p.isPresent() && places.stream().noneMatch(q -> q.name().equals(p.get().name()))) {
        places.add(p.get());
        phrases.add(phrase);
        precisions.add(provinces ? GeoPrecision.REGION : GeoPrecision.EXACT);
      }
    }
    if (places.size() < 2) {
      return List.of(event);
    }
    List<Event> out = new ArrayList<>();
    int n = places.size();
    List<Optional<Count>> own = phrases.stream().map(p -> ownCount(p, m, text)).toList();
    boolean counted = own.stream().allMatch(Optional::isPresent);
    for (int i = 0; i < n; i++) {
      int dead = counted ? own.get(i).get().value()
          : event.fatalities() / n + (i == 0 ? event.fatalities() % n : 0);
      List<Evidence> evidence = new ArrayList<>();
      for (Evidence e : event.evidence()) {
        if (e.field().equals("location") || counted && e.field().equals("fatalities")) {
          continue;
        }
        if (e.field().equals("fatalities") && event.fatalities() > 0) {
          evidence.add(new Evidence(e.field(), e.text(), e.start(), e.end(), e.note() + "; a total over "
              + n + " places, split evenly (" + dead + " here)"));
        } else {
          evidence.add(e);
        }
      }
      if (counted) {
        evidence.add(own.get(i).get().evidence());
      }
      Evidence p = phrases.get(i);
      evidence.add(new Evidence("location", p.text(), p.start(), p.end(),
          "one of " + n + " places of a wave told in one sentence"));
      out.add(event.atPlace(EventIds.of(event.article(), p.start()), places.get(i),
          precisions.get(i), dead, evidence));
    }
    return out;
  }

  /**
   * The province a name of a list reads as, at the town of its name within it when there is one
   * (ACLED codes a province at its seat), as the resolver places "in Qqq region" told alone.
   */
  private static Optional<Place> province(List<Place> ranked) {
    Optional<Place> area = ranked.stream().findFirst()
        .filter(x -> x.featureCode().startsWith("ADM1"));
    return area.map(a -> ranked.stream().filter(x -> !x.isArea() && x.iso3().equals(a.iso3())
        && (x.admin1().equals(a.name()) || x.admin1().equals(a.admin1()))).findFirst().orElse(a));
  }

  /** "six near Koro", "two people in Bandiagara": a figure just before a mention of the place. */
  private static final Pattern COUNT_AT = Pattern.compile(
      "(?i)\\b([\\w,–-]+)(\\s+(people|civilians|villagers|soldiers|others|persons|men|women|children))?"
          + "\\s+(near|in|at)\\s+(the\\s+(village|town)\\s+of\\s+)?$");

  /** The dead the sentence counts at this place, when it gives each place its own figure. */
  private static Optional<Count> ownCount(Evidence place, Mention m, String text) {
    for (Evidence p : m.places()) {
      if (!p.text().equals(place.text())) {
        continue;
      }
      int from = Math.max(m.sentenceText().start(), p.start() - 40);
      var match = COUNT_AT.matcher(text.substring(from, p.start()));
      if (match.find()) {
        Optional<Quantity> q = Quantity.ofWord(match.group(1));
        if (q.isPresent() && q.get().value() < 1000) {
          String rule = "the figure the sentence gives for this place of a wave";
          Evidence words = new Evidence("fatalities", text.substring(from + match.start(), p.end()),
              from + match.start(), p.end(), rule);
          return Optional.of(new Count(q.get().value(), words, rule, Optional.empty()));
        }
      }
    }
    return Optional.empty();
  }

  /** The place phrases of the mention that follow one another as a list, in text order. */
  private static List<Evidence> listed(Mention m, String text) {
    List<Evidence> places = new ArrayList<>();
    for (Evidence p : m.eventPlaces()) {
      if (places.stream().noneMatch(q -> q.start() == p.start() && q.end() == p.end())) {
        places.add(p);
      }
    }
    places.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Evidence> best = List.of();
    List<Evidence> run = new ArrayList<>();
    for (Evidence p : places) {
      if (!run.isEmpty()) {
        Evidence last = run.get(run.size() - 1);
        boolean glued = last.end() <= p.start()
            && LIST_GLUE.matcher(text.substring(last.end(), p.start())).matches();
        if (!glued) {
          best = longer(best, ended(run, text));
          run = new ArrayList<>();
        }
      }
      run.add(p);
    }
    best = longer(best, ended(run, text));
    if (best.size() < 2) {
      return List.of();
    }
    // "in Konduga, Dikwa and Gwoza": where it happened; not "heard as far away as A and B".
    String before = text.substring(Math.max(0, best.get(0).start() - 25), best.get(0).start());
    return NOT_WHERE.matcher(before).find() ? List.of() : best;
  }

  /**
   * The run up to its last place joined by "and" or "or" ("A, B and C in D" is A, B and C);
   * "Maywand district, Kandahar" names a place and its province, no list.
   */
  private static List<Evidence> ended(List<Evidence> run, String text) {
    for (int n = run.size(); n >= 2; n--) {
      String glue = text.substring(run.get(n - 2).end(), run.get(n - 1).start());
      if (CONJUNCTION.matcher(glue).find()) {
        return run.subList(0, n);
      }
    }
    return List.of();
  }

  private static List<Evidence> longer(List<Evidence> a, List<Evidence> b) {
    return b.size() > a.size() ? b : a;
  }

  /**
   * "heard as far away as", "cities such as", "from": places named for another reason; "on the
   * road between A and B": one place between two, not an act in each.
   */
  private static final Pattern NOT_WHERE = Pattern.compile(
      "(?i)\\b(as|than|such as|like|from|to|heard|felt|seen|between)\\s+(the\\s+)?$");
  private static final Pattern CONJUNCTION = Pattern.compile("(?i)\\b(and|or|as well as)\\b");
}
