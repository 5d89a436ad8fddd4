package org.sitrep.normalize;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.internal.DataTable;
import org.sitrep.model.SubEventType;

/**
 * The CAMEO event code and PLOVER event type that stand for each ACLED sub-event type, and the
 * CAMEO to PLOVER mapping they are drawn from. Immutable and thread-safe.
 */
public final class EventCodebook {

  private static final String EVENT_CODES = "event-codes.tsv";
  private static final String CAMEO_PLOVER = "cameo-plover.tsv";

  /** What one sub-event type is coded as. */
  private record Coding(String cameo, String plover, String ploverMode) {}

  private final Map<SubEventType, Coding> codings;
  private final Map<String, String> ploverByCameo;

  private EventCodebook(Map<SubEventType, Coding> codings, Map<String, String> ploverByCameo) {
    this.codings = codings;
    this.ploverByCameo = ploverByCameo;
  }

  /** The codebook shipped with Sitrep. */
  public static EventCodebook loadDefault() {
    Map<String, String> ploverByCameo = new HashMap<>();
    for (String[] cells : rows(CAMEO_PLOVER, 2)) {
      ploverByCameo.putIfAbsent(cells[0].trim(), cells[1].trim());
    }
    Map<SubEventType, Coding> codings = new EnumMap<>(SubEventType.class);
    for (String[] cells : rows(EVENT_CODES, 3)) {
      SubEventType type =
          SubEventType.fromLabel(cells[0])
              .orElseThrow(() -> problem(EVENT_CODES, "unknown sub-event type '" + cells[0] + "'"));
      String mode = cells.length > 3 ? cells[3].trim() : "";
      codings.put(type, new Coding(cells[1].trim(), cells[2].trim(), mode));
    }
    for (SubEventType type : SubEventType.values()) {
      if (!codings.containsKey(type)) {
        throw problem(EVENT_CODES, "no codes for '" + type.label() + "'");
      }
    }
    return new EventCodebook(Map.copyOf(codings), Map.copyOf(ploverByCameo));
  }

  /** The default CAMEO event code, e.g. "190" for an armed clash. */
  public String cameo(SubEventType type) {
    return coding(type).cameo();
  }

  /** The PLOVER event type, e.g. "ASSAULT" for an air/drone strike. */
  public String plover(SubEventType type) {
    return coding(type).plover();
  }

  /** The PLOVER mode, e.g. "heavy-weapons" for an air/drone strike; empty when PLOVER gives none. */
  public String ploverMode(SubEventType type) {
    return coding(type).ploverMode();
  }

  /**
   * The PLOVER type of a CAMEO code; a code the mapping does not list takes its parent's type
   * ("0231" falls back to "023", then "02").
   */
  public Optional<String> ploverForCameo(String cameoCode) {
    if (cameoCode == null) {
      return Optional.empty();
    }
    for (String code = cameoCode.trim(); code.length() >= 2; code = parent(code)) {
      String plover = ploverByCameo.get(code);
      if (plover != null) {
        return Optional.of(plover);
      }
    }
    return Optional.empty();
  }

  private static String parent(String code) {
    return code.substring(0, code.length() - 1);
  }

  private Coding coding(SubEventType type) {
    return codings.get(Objects.requireNonNull(type, "type"));
  }

  /** The non-comment rows of a shipped table, each with at least the given number of columns. */
  private static List<String[]> rows(String resource, int minColumns) {
    List<String[]> rows = new ArrayList<>();
    for (DataTable.Line line : DataTable.bundled(EventCodebook.class, resource)) {
      if (line.cells().length < minColumns) {
        throw problem(resource, "expected " + minColumns + " columns on line " + line.number());
      }
      rows.add(line.cells());
    }
    return rows;
  }

  private static IllegalStateException problem(String resource, String message) {
    return new IllegalStateException(resource + ": " + message);
  }
}
