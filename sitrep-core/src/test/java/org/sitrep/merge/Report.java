package org.sitrep.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

/** Builds the event one invented report was coded as, field by field, for the merging tests. */
final class Report {
  static final Actor MALI_ARMY = new Actor("Military Forces of Mali (2021-)", 1, "MLIMIL", "MLI", false);
  static final Actor JNIM = new Actor("JNIM: Group for Support of Islam and Muslims", 2, "", "MLI", false);
  static final Actor IS_SAHEL = new Actor("Islamic State (Sahel)", 2, "", "MLI", false);
  static final Actor GUNMEN = new Actor("Unidentified Armed Group (Mali)", 3, "", "MLI", true);
  static final Actor BURKINA_ARMY = new Actor("Military Forces of Burkina Faso (2022-)", 1, "", "BFA", false);
  static final Actor SOLDIERS_OF_MALI = new Actor("soldiers", 1, "", "MLI", true);
  static final Place SEVARE = new Place(1, "Sevare", 14.5333, -4.1000, "PPL", "Mali", "MLI", "Mopti", "Mopti", 0);
  static final Place MOPTI = new Place(2, "Mopti", 14.4843, -4.1827, "PPLA", "Mali", "MLI", "Mopti", "Mopti", 0);
  static final Place DJENNE = new Place(3, "Djenne", 13.9061, -4.5533, "PPLA2", "Mali", "MLI", "Mopti", "Djenne", 0);
  static final Place MOPTI_REGION = new Place(4, "Mopti", 14.5, -3.5, "ADM1", "Mali", "MLI", "Mopti", "", 0);
  static final Place GAO_REGION = new Place(5, "Gao", 16.3, 0.5, "ADM1", "Mali", "MLI", "Gao", "", 0);
  static final Place MALI = new Place(6, "Mali", 17.0, -4.0, "PCLI", "Mali", "MLI", "", "", 0);
  static final Place DORI = new Place(7, "Dori", 14.0354, -0.0345, "PPLA", "Burkina Faso", "BFA", "Sahel", "Seno", 0);

  private SubEventType type = SubEventType.ARMED_CLASH;
  private Optional<Actor> actor1 = Optional.empty();
  private Optional<Actor> actor2 = Optional.empty();
  private Optional<LocalDate> date = Optional.empty();
  private TimePrecision precision = TimePrecision.DAY;
  private boolean datedByText = true;
  private Optional<Place> place = Optional.empty();
  private GeoPrecision geo = GeoPrecision.EXACT;
  private int dead;
  private int injured;
  private int captured;

  static Report of(SubEventType type) {
    Report r = new Report();
    r.type = type;
    return r;
  }

  Report by(Actor a) {
    actor1 = Optional.of(a);
    return this;
  }

  Report against(Actor a) {
    actor2 = Optional.of(a);
    return this;
  }

  Report on(String day) {
    date = Optional.of(LocalDate.parse(day));
    return this;
  }

  /** The report gave no day: the pipeline dated it by its publication. */
  Report published(String day) {
    on(day);
    datedByText = false;
    return this;
  }

  Report within(TimePrecision p) {
    precision = p;
    return this;
  }

  Report at(Place p) {
    place = Optional.of(p);
    geo = p.isArea() ? GeoPrecision.REGION : GeoPrecision.EXACT;
    return this;
  }

  Report counting(int newDead, int newInjured, int newCaptured) {
    dead = newDead;
    injured = newInjured;
    captured = newCaptured;
    return this;
  }

  Event event() {
    List<Evidence> evidence = new ArrayList<>();
    if (datedByText && date.isPresent()) {
      evidence.add(new Evidence("event_date", "on Tuesday", 0, 10));
    }
    return new Event("e", "a.txt", date, precision, type, actor1, List.of(), actor2, List.of(),
        place, geo, "", "", dead, injured, captured, "", "", Modality.ASSERTED, 1.0, evidence);
  }
}
