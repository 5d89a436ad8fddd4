package org.sitrep.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Evidence;
import org.sitrep.place.PlaceRanker;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.SitrepConfig;

class PlaceFramesTest {
  private static PlaceRanker ranker;

  @BeforeAll
  static void loadOnce() {
    ranker = Pipeline.placeRanker(SitrepConfig.defaults());
  }

  /** The frames after the first occurrence of {@code name} in {@code text}. */
  private static List<PlaceFrames.Frame> frames(String text, String name) {
    int at = text.indexOf(name);
    Evidence phrase = new Evidence("location", name, at, at + name.length());
    return PlaceFrames.after(phrase, text, ranker, Optional.empty());
  }

  @Test
  void aProvinceAfterACommaFramesTheTown() {
    List<PlaceFrames.Frame> f = frames("Two men were shot in Cordoba, Veracruz, on Friday.", "Cordoba");
    assertEquals(1, f.size());
    assertEquals("MEX", f.get(0).place().iso3());
    assertEquals("ADM1", f.get(0).place().featureCode());
    assertFalse(f.get(0).near());
  }

  @Test
  void aTownOfTheStorysCountryOutweighsAnAreaOfItsNameAbroad() {
    String text = "Rebels ambushed a patrol in Qqqville in Santa Cruz province on Sunday.";
    int at = text.indexOf("Qqqville");
    Evidence phrase = new Evidence("location", "Qqqville", at, at + "Qqqville".length());
    List<PlaceFrames.Frame> home = PlaceFrames.after(phrase, text, ranker, Optional.of("PHL"));
    assertEquals("PHL", home.get(0).place().iso3(), home.toString());
    // With no country to go by, the word "province" picks the province (Bolivia's or Argentina's).
    List<PlaceFrames.Frame> none = frames(text, "Qqqville");
    assertEquals("ADM1", none.get(0).place().featureCode(), none.toString());
  }

  @Test
  void aCountryAfterACommaFramesTheTown() {
    List<PlaceFrames.Frame> f = frames("Crowds gathered in Tripoli, Lebanon, at noon.", "Tripoli");
    assertEquals("LBN", f.get(0).place().iso3());
  }

  @Test
  void bracketsNestTheFramesInnermostFirst() {
    List<PlaceFrames.Frame> f = frames("Troops raided Qqqville (Zzzland LGA, Borno) at dawn.", "Qqqville");
    assertEquals(1, f.size(), "the unknown LGA is skipped, the state kept");
    assertEquals("NGA", f.get(0).place().iso3());
  }

  @Test
  void ruralTownIsATownFrameTheEventIsNear() {
    List<PlaceFrames.Frame> f =
        frames("A shepherd was shot in the village of Xyzabad in rural Deir ez-Zor.", "Xyzabad");
    assertEquals(1, f.size());
    assertTrue(f.get(0).isTown(), f.get(0).place().toString());
    assertEquals("SYR", f.get(0).place().iso3());
    assertTrue(f.get(0).near());
  }

  @Test
  void aDirectionOfATownFramesNearIt() {
    List<PlaceFrames.Frame> f = frames("Clashes erupted in Zzyqville, 10 km north of Jerusalem.", "Zzyqville");
    assertEquals("Jerusalem", f.get(0).place().name());
    assertTrue(f.get(0).near());
  }

  @Test
  void aTownAfterABareCommaIsNoFrame() {
    assertTrue(frames("Rebels shelled Aleppo, Damascus said on Monday.", "Aleppo").isEmpty());
    assertTrue(frames("Rebels shelled Aleppo on Monday, officials said.", "Aleppo").isEmpty());
    assertTrue(frames("Rebels shelled Aleppo, Monday.", "Aleppo").isEmpty());
  }

  @Test
  void aFrameInsideAnotherIsLookedForThere() {
    List<PlaceFrames.Frame> f =
        frames("Gunmen killed two farmers in Qqq in Daraa, Syria.", "Qqq");
    assertEquals(2, f.size());
    assertEquals("SYR", f.get(0).place().iso3());
    assertEquals("PCLI", f.get(1).place().featureCode());
  }

  @Test
  void ofTwoAreasOfOneNameTheOneHoldingThePlaceFramesIt() {
    List<PlaceFrames.Frame> f = frames("Workers protested in Patiala (Punjab) on Monday.", "Patiala");
    assertEquals("IND", f.get(0).place().iso3());
    f = frames("Workers protested in Multan (Punjab) on Monday.", "Multan");
    assertEquals("PAK", f.get(0).place().iso3());
  }

  @Test
  void aNameNerCutShortIsReadWhole() {
    String text = "Citizens protested in Banja Luka against the government.";
    int at = text.indexOf("Banja");
    Evidence cut = new Evidence("location", "Banja", at, at + 5);
    assertEquals("Banja Luka", PlaceFrames.longer(cut, text, ranker).text());
    String other = "Protesters marched in Kabul Monday Night.";
    int k = other.indexOf("Kabul");
    assertEquals("Kabul", PlaceFrames.longer(new Evidence("location", "Kabul", k, k + 5), other,
        ranker).text());
  }

  @Test
  void aPartOfATownIsFramedByTheTown() {
    List<PlaceFrames.Frame> f = frames("Workers marched in the Qqqpur area of Multan city on Sunday.",
        "Qqqpur");
    assertEquals("Multan", f.get(0).place().name());
    assertTrue(f.get(0).isTown());
  }
}
