package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class CorrectionTest {
  private static Correction counts(Integer fatalities, Double lat, Double lon) {
    return new Correction(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.ofNullable(lat),
        Optional.ofNullable(lon), Optional.ofNullable(fatalities), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  private static String field(Runnable r) {
    return assertThrows(InvalidCorrectionException.class, r::run).field();
  }

  @Test
  void values_out_of_range_name_their_field() {
    assertEquals("fatalities", field(() -> counts(-1, null, null)));
    assertEquals("latitude", field(() -> counts(null, 91.0, 0.0)));
    assertEquals("longitude", field(() -> counts(null, 0.0, -181.0)));
    assertEquals("longitude", field(() -> counts(null, 10.0, null)));
    assertEquals("body", field(() -> counts(null, null, null)));
    assertEquals("actor1", field(() -> new Correction(Optional.empty(), Optional.of("  "),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty())));
  }

  @Test
  void a_type_alone_is_a_correction() {
    Correction c = new Correction(Optional.of(SubEventType.ARMED_CLASH), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
    assertEquals(Optional.of(SubEventType.ARMED_CLASH), c.subEventType());
    assertEquals(0, counts(0, 36.2, 37.1).fatalities().orElseThrow());
  }

  @Test
  void who_and_why_are_required_and_why_is_short() {
    assertEquals("by", field(() -> Correction.checkByAndReason(" ", "r")));
    assertEquals("reason", field(() -> Correction.checkByAndReason("anna", null)));
    assertEquals("reason", field(() -> Correction.checkByAndReason("anna", "x".repeat(501))));
    Correction.checkByAndReason("anna", "x".repeat(500));
  }
}
