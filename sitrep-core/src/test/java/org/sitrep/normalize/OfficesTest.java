/*
 * Sitrep - reads conflict news and writes event data.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.sitrep.normalize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OfficesTest {

  @Test
  void aTitleOfTheStateNamesItsHolder() {
    assertTrue(Offices.heldBy("The governor of Sagaing region"));
    assertTrue(Offices.heldBy("the county commissioner"));
    assertTrue(Offices.heldBy("The interior minister"));
    assertTrue(Offices.heldBy("Governor Babagana Zulum"));
    assertTrue(Offices.heldBy("the district magistrate, who cited tension in the town"));
  }

  @Test
  void otherHeadsAndFormerHoldersAreNot() {
    // The head of the phrase is what it names: an office's building is no one.
    assertFalse(Offices.heldBy("the governor's office"));
    assertFalse(Offices.heldBy("supporters of the governor"));
    assertFalse(Offices.heldBy("a former minister"));
    assertFalse(Offices.heldBy("the rebel governor of the province"));
    assertFalse(Offices.heldBy("the minister's bodyguards"));
    assertFalse(Offices.heldBy("residents"));
    assertFalse(Offices.heldBy("the"));
  }
}
