package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptionDetectorTest {
  private final CaptionDetector detector = new CaptionDetector();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Fighters near a dam, Syria April 1, 2017. REUTERS/Some Name",
        "A man walks past rubble. AFP/Other Name",
        "Police at the scene (AP Photo/Some Name)",
        "Soldiers on patrol. EPA-EFE/Some Name",
        "Burned cars in the square (Photo: local council)",
        "Smoke over the port. Photo by Some Name",
        "A destroyed bridge. Getty Images",
        "File photo of a checkpoint on the highway",
        "FILE PHOTO: Troops on parade in the capital",
        "Image caption Residents inspect the damage",
        "Photo: a burning truck",
        "Rescuers search the rubble. SANA/Handout via REUTERS",
        "Smoke over the old city. (Photo by Some Name/Getty Images)",
        "Fighters in the ruins of a school in Raqqa, Syria, July 2, 2017. REUTERS/Ali al-Example"
      })
  void creditedShortLinesAreCaptions(String line) {
    assertTrue(detector.isCaption(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "An official told Reuters on Sunday that the talks had stalled.",
        "A photographer for Getty Images said on Monday that he was hit.",
        "A photographer who works for Getty Images\nwas wounded near the front line on Sunday.",
        "The ministry said 14 soldiers died in the ambush near the border crossing.",
        "Getty Images photographers were among the journalists who reached the town on Monday,"
            + " where fighting had raged for weeks and residents described days of shelling that"
            + " left most homes damaged and the market in ruins according to local officials.",
        "The photo, credited REUTERS/Some Name, was taken on Monday. Fighting went on after it"
            + " was taken and the army later said it had regained the hill and the road beyond.",
        ""
      })
  void proseIsNotACaption(String line) {
    assertFalse(detector.isCaption(line), line);
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 5000})
  void veryLongUnitsAreNeverCaptions(int length) {
    String text = "x".repeat(length - 17) + " REUTERS/Some One";
    assertFalse(detector.isCaption(text));
  }
}
