package org.sitrep.normalize;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;

/**
 * Chooses where a mention happened: the most specific place its sentence names that the gazetteer
 * knows, else the last such place named shortly before (the report's scene), else the country or
 * region the sentence names. Geo precision follows ACLED: 1 the town itself, 2 near it or taken
 * from the context, 3 a region or country.
 */
final class PlaceResolver {
  /** How many sentences back a scene named earlier still holds. */
  private static final int SCENE_WINDOW = 3;

  record Located(Place place, GeoPrecision precision, Evidence evidence) {}

  private final Gazetteer gazetteer;

  PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  Optional<Located> locate(Mention mention, StoryContext story) {
    Optional<Located> broad = Optional.empty();
    for (Evidence phrase : mention.places()) {
      Optional<Place> place = gazetteer.resolve(phrase.text(), story.country());
      if (place.isEmpty()) {
        continue;
      }
      if (!place.get().isArea()) {
        GeoPrecision p = phrase.note().equals("near") ? GeoPrecision.NEAR : GeoPrecision.EXACT;
        return Optional.of(innermost(new Located(place.get(), p, phrase), mention, story));
      }
      if (broad.isEmpty()) {
        broad = Optional.of(new Located(place.get(), GeoPrecision.REGION, phrase));
      }
    }
    Optional<Located> scene = scene(mention, story, broad);
    return scene.isPresent() ? scene : broad;
  }

  /**
   * "the southern part of Damascus ... in al-Tadamon neighborhood": when the sentence also names a
   * smaller place in the same province, the event happened there.
   */
  private Located innermost(Located first, Mention mention, StoryContext story) {
    Located best = first;
    for (Evidence phrase : mention.places()) {
      Optional<Place> other = gazetteer.resolve(phrase.text(), story.country());
      if (other.isPresent() && other.get().featureCode().startsWith("PPL")
          && other.get().iso3().equals(best.place().iso3())
          && other.get().admin1().equals(best.place().admin1())
          && other.get().population() < best.place().population()) {
        GeoPrecision p = phrase.note().equals("near") ? GeoPrecision.NEAR : GeoPrecision.EXACT;
        best = new Located(other.get(), p, phrase);
      }
    }
    return best;
  }

  /** The last specific place named before the mention, in the same country as any broad one. */
  private static Optional<Located> scene(Mention mention, StoryContext story,
      Optional<Located> broad) {
    List<StoryContext.Named<Place>> before =
        story.placesBefore(mention.trigger().start(), mention.sentence(), SCENE_WINDOW);
    for (StoryContext.Named<Place> n : before) {
      boolean sameCountry = broad.map(b -> b.place().iso3().equals(n.value().iso3())).orElse(true);
      if (!n.value().isArea() && sameCountry) {
        Evidence e = n.evidence();
        return Optional.of(new Located(n.value(), GeoPrecision.NEAR,
            new Evidence("location", e.text(), e.start(), e.end(),
                "named earlier in the report; the sentence names no place")));
      }
    }
    return Optional.empty();
  }
}
