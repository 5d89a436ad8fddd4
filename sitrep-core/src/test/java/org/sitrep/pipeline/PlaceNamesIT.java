package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** Place names of more than one word, read whole, on short reports written here. */
class PlaceNamesIT {
  private static Place place(String text) {
    ExtractionResult r = SharedPipeline.extract(text, "2024-05-08");
    assertEquals(1, r.events().size(), () -> "events: " + r.events());
    return r.events().get(0).place()
        .orElseThrow(() -> new AssertionError("no place: " + r.events()));
  }

  /**
   * NER tags the words either side of "do", "da", "de" and tags the particle "O"; the name is the
   * whole run, not its first word ("Barra", a town elsewhere in the country).
   */
  @Test
  void aNameWithARomanceParticleIsReadWhole() {
    assertEquals("Barra do Corda",
        place("On Monday, gunmen killed a farmer in Barra do Corda, Maranhao.").name());
    assertEquals("Santa Rita do Sapucai",
        place("On Monday, gunmen killed a councillor in Santa Rita do Sapucai, Minas Gerais.")
            .name());
    assertEquals("Conceicao do Araguaia", place("On Monday, gunmen killed a farmer in Conceicao do "
        + "Araguaia, Para.").name());
  }

  /** The first word of such a name alone is a namesake abroad, in another sentence's event. */
  @Test
  void thePartBeforeTheParticleIsNotANamesakeAbroad() {
    Place p = place("Police officers went to Morro do Alemao on Monday to arrest a gang leader. "
        + "A shoot-out broke out and two suspects were killed, police in Rio de Janeiro said.");
    assertEquals("BRA", p.iso3());
  }
}
