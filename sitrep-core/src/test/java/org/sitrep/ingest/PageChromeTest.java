package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageChromeTest {
  @Test
  void aGalleryCopiedWithTheArticleIsChrome() {
    assertTrue(PageChrome.isChrome("1 of 12 Full Screen Autoplay Close Skip Ad × Farmers block a road "
        + "near the port View Photos Police fired tear gas at the crowd on Monday."));
  }

  @Test
  void aSentenceThatNamesOneControlWordIsNot() {
    assertFalse(PageChrome.isChrome("Two of the five men were released, and a replay of the video "
        + "was shown on state television."));
    assertFalse(PageChrome.isChrome("Gunmen killed 3 of 10 passengers on the bus near Dori on Monday."));
  }
}
