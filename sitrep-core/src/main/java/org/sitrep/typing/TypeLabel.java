package org.sitrep.typing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.SubEventType;

/**
 * What a typer tells a passage apart as: one of ACLED's 25 sub-event types, or not an event of
 * ACLED's kind. Index {@code i < 25} is {@code SubEventType.values()[i]}; the last index is "not
 * an event".
 */
public record TypeLabel(Optional<SubEventType> type) {
  /** How "not an event" is written in training files and reports. */
  public static final String NOT_AN_EVENT = "Not an event";

  public static final int COUNT = SubEventType.values().length + 1;

  public static final TypeLabel NONE = new TypeLabel(Optional.empty());

  /**
   * CASE 2021 Task 2's names for ACLED's sub-event types; its other labels (ORG_CRIME,
   * NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB, OTHER) are not ACLED events.
   */
  private static final Map<String, SubEventType> CASE_NAMES = Map.ofEntries(
      Map.entry("ARMED_CLASH", SubEventType.ARMED_CLASH),
      Map.entry("GOV_REGAINS_TERIT", SubEventType.GOVERNMENT_REGAINS_TERRITORY),
      Map.entry("NON_STATE_ACTOR_OVERTAKES_TER", SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
      Map.entry("CHEM_WEAP", SubEventType.CHEMICAL_WEAPON),
      Map.entry("AIR_STRIKE", SubEventType.AIR_DRONE_STRIKE),
      Map.entry("SUIC_BOMB", SubEventType.SUICIDE_BOMB),
      Map.entry("ART_MISS_ATTACK", SubEventType.SHELLING_ARTILLERY_MISSILE),
      Map.entry("REM_EXPLOS", SubEventType.REMOTE_EXPLOSIVE),
      Map.entry("GRENADE", SubEventType.GRENADE),
      Map.entry("SEX_VIOL", SubEventType.SEXUAL_VIOLENCE),
      Map.entry("ATTACK", SubEventType.ATTACK),
      Map.entry("ABDUCT_DISSAP", SubEventType.ABDUCTION),
      Map.entry("PEACE_PROTEST", SubEventType.PEACEFUL_PROTEST),
      Map.entry("PROTEST_WITH_INTER", SubEventType.PROTEST_WITH_INTERVENTION),
      Map.entry("FORCE_AGAINST_PROTEST", SubEventType.EXCESSIVE_FORCE),
      Map.entry("VIOL_DEMONSTR", SubEventType.VIOLENT_DEMONSTRATION),
      Map.entry("MOB_VIOL", SubEventType.MOB_VIOLENCE),
      Map.entry("AGREEMENT", SubEventType.AGREEMENT),
      Map.entry("ARREST", SubEventType.ARRESTS),
      Map.entry("CHANGE_TO_GROUP_ACT", SubEventType.CHANGE_TO_GROUP),
      Map.entry("DISR_WEAP", SubEventType.DISRUPTED_WEAPONS_USE),
      Map.entry("HQ_ESTABLISHED", SubEventType.HEADQUARTERS_ESTABLISHED),
      Map.entry("PROPERTY_DISTRUCT", SubEventType.LOOTING),
      Map.entry("NON_VIOL_TERRIT_TRANSFER", SubEventType.NON_VIOLENT_TRANSFER));

  private static final java.util.Set<String> CASE_NON_EVENTS = java.util.Set.of(
      "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB", "OTHER");

  public TypeLabel {
    java.util.Objects.requireNonNull(type, "type");
  }

  public static TypeLabel of(SubEventType type) {
    return new TypeLabel(Optional.of(type));
  }

  /** The label at a model's output index. */
  public static TypeLabel at(int index) {
    SubEventType[] types = SubEventType.values();
    if (index < 0 || index > types.length) {
      throw new IndexOutOfBoundsException(index);
    }
    return index == types.length ? NONE : of(types[index]);
  }

  /** This label's output index. */
  public int index() {
    return type.map(Enum::ordinal).orElse(SubEventType.values().length);
  }

  public boolean isEvent() {
    return type.isPresent();
  }

  /** ACLED's spelling, or "Not an event". */
  public String label() {
    return type.map(SubEventType::label).orElse(NOT_AN_EVENT);
  }

  /**
   * Reads a label as coders write it: ACLED's spelling (any case), "Not an event", or a CASE 2021
   * name (ARMED_CLASH, …; its labels outside ACLED's types are "not an event").
   */
  public static Optional<TypeLabel> parse(String text) {
    String t = text.strip();
    if (t.equalsIgnoreCase(NOT_AN_EVENT)) {
      return Optional.of(NONE);
    }
    Optional<SubEventType> acled = SubEventType.fromLabel(t);
    if (acled.isPresent()) {
      return acled.map(TypeLabel::of);
    }
    String upper = t.toUpperCase(Locale.ROOT);
    if (CASE_NAMES.containsKey(upper)) {
      return Optional.of(of(CASE_NAMES.get(upper)));
    }
    return CASE_NON_EVENTS.contains(upper) ? Optional.of(NONE) : Optional.empty();
  }

  /**
   * Reads a label of CASE 2021's files, where its names come first: its OTHER is not ACLED's
   * "Other" but a text of no ACLED kind.
   */
  public static Optional<TypeLabel> parseCase(String text) {
    String upper = text.strip().toUpperCase(Locale.ROOT);
    if (CASE_NAMES.containsKey(upper)) {
      return Optional.of(of(CASE_NAMES.get(upper)));
    }
    return CASE_NON_EVENTS.contains(upper) ? Optional.of(NONE) : parse(text);
  }

  @Override
  public String toString() {
    return label();
  }
}
