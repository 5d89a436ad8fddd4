package org.sitrep.place;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Place;

/**
 * One place as an importer hands it to an index: the place, the name it is indexed under as its
 * main name (GeoNames' own spelling, which may keep marks the place's display name drops) and its
 * alternate names.
 *
 * @param place the place, with its display name, country name and divisions filled in
 * @param name the main name as the source writes it
 * @param alternates other names of the place, already filtered (Latin script, no codes)
 * @param curated true for a row of Sitrep's hand-compiled supplements
 */
public record GazetteerEntry(Place place, String name, List<String> alternates, boolean curated) {
  public GazetteerEntry {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(name, "name");
    alternates = List.copyOf(alternates);
  }
}
