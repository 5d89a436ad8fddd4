package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubheadingTest {
  @ParameterizedTest
  @ValueSource(strings = {"How the raid on the depot unfolded", "Soldiers killed", "==Aftermath==",
      "== The ambush ==", "What we know about the convoy attack"})
  void shortLinesWithoutSentencePunctuationAreSubheadings(String line) {
    assertTrue(Subheading.isSubheading(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"* 2009 Camp Chapman attack", "- Related coverage", "• Timeline of the siege"})
  void bulletedLabelsAreListItemsOfLinks(String line) {
    assertTrue(Subheading.isLabelItem(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"- 15 people are killed", "* Gunmen attacked a bus near Dori.", "Soldiers killed"})
  void bulletedSentencesAreNotLabels(String line) {
    assertFalse(Subheading.isLabelItem(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Two soldiers were killed.", "Every day in the camp:", "- 12 houses are burned",
      "• 30 people are injured", "\"We will not leave,\" she said", "Gunmen attacked a checkpoint near the "
          + "town of Dori on Monday and killed three police officers in the fighting"})
  void sentencesListItemsAndLeadInsAreNot(String line) {
    assertFalse(Subheading.isSubheading(line), line);
  }
}
