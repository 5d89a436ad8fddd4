package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped model is the one its training set, in this repository, makes. */
class ShippedModelTest {
  @Test
  void wasMadeFromTheTrainingSetAsItIsNow() throws Exception {
    LabelledTexts.Read set = LabelledTexts.read(List.of(Path.of("..", "training", "types")));
    assertTrue(set.skipped().isEmpty(), set.skipped().toString());
    TypeModel shipped = TypeModel.loadDefault();
    assertEquals(TypeTrainer.digest(set.texts()), shipped.trainingDigest(),
        "training/types changed since the model was made: run ./sitrep train --gold training/types"
            + " --out sitrep-core/src/main/resources/org/sitrep/typing/default-types.model");
    assertEquals(TextSignals.loadDefault().id(), shipped.signals(),
        "the text signals changed since the model was made: train it again");
  }

  @Test
  void theTrainingSetHasEveryLabel() throws Exception {
    LabelledTexts.Read set = LabelledTexts.read(List.of(Path.of("..", "training", "types")));
    long labels = set.texts().stream().map(LabelledText::label).distinct().count();
    assertEquals(TypeLabel.COUNT, labels);
  }
}
