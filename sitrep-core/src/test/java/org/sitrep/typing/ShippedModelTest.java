package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped models are the ones their training set and adapter, in this repository, make. */
class ShippedModelTest {
  @Test
  void wasMadeFromTheTrainingSetAsItIsNow() throws Exception {
    LabelledTexts.Read set = LabelledTexts.read(List.of(Path.of("..", "training", "types")));
    assertTrue(set.skipped().isEmpty(), set.skipped().toString());
    TypeModel shipped = TypeModel.loadShipped(TypeModel.SHIPPED);
    assertEquals(TypeTrainer.digest(set.texts()), shipped.trainingDigest(),
        "training/types changed since the model was made: run ./sitrep train"
            + " --out sitrep-core/src/main/resources/org/sitrep/typing/default-types.model");
    assertEquals(TextSignals.loadDefault().id(), shipped.signals(),
        "the text signals changed since the model was made: train it again");
  }

  @Test
  void theTunedModelWasMadeFromTheTrainingSetAndAdapterAsTheyAreNow() throws Exception {
    LabelledTexts.Read set = LabelledTexts.read(List.of(Path.of("..", "training", "types")));
    TypeModel tuned = TypeModel.loadShipped(TypeModel.SHIPPED_TUNED);
    String remake = ": run ./sitrep train --adapter training/types.adapter --folds 0 --out"
        + " sitrep-core/src/main/resources/org/sitrep/typing/" + TypeModel.SHIPPED_TUNED;
    assertEquals(TypeTrainer.digest(set.texts()), tuned.trainingDigest(),
        "training/types changed since the tuned model was made" + remake);
    assertEquals(TextSignals.loadDefault().id(), tuned.signals(),
        "the text signals changed since the tuned model was made" + remake);
    Path file = Path.of("..", "training", "types.adapter");
    EncoderAdapter adapter = EncoderAdapter.read(java.nio.file.Files.readAllBytes(file),
        file.toString());
    assertTrue(tuned.adapter().isPresent(), "the tuned model holds no adapter");
    assertEquals(adapter.id(), tuned.adapter().get().id(),
        "training/types.adapter changed since the tuned model was made" + remake);
    // Cross-validation over an encoder tuned on every fold cannot choose the passages' vote.
    assertEquals(0.0, tuned.neighboursShare(), "the tuned model was made with folds" + remake);
  }

  @Test
  void theAdapterTunedOnTheTrainingSetFitsTheShippedEncoder() throws Exception {
    // Made by 'sitrep tune' on training/types; 'sitrep train --adapter training/types.adapter'
    // trains a type model over it. The shipped model reads the encoder as shipped.
    Path file = Path.of("..", "training", "types.adapter");
    EncoderAdapter adapter = EncoderAdapter.read(java.nio.file.Files.readAllBytes(file),
        file.toString());
    assertEquals(EmbedderModel.ALL_MINILM_L6_V2_Q.id(), adapter.base());
    assertEquals(6, adapter.layers());
    assertEquals(8, adapter.rank());
    assertTrue(TypeModel.loadShipped(TypeModel.SHIPPED).adapter().isEmpty());
    OnnxEmbedder tuned = OnnxEmbedder.load(EmbedderModel.ALL_MINILM_L6_V2_Q,
        java.util.Optional.of(adapter));
    assertEquals(384, tuned.embed(List.of("Soldiers fought rebels near Kitgum.")).get(0).length);
  }

  @Test
  void theJarHoldsTheTrainingSetAsItIsNow() throws Exception {
    List<String> files;
    try (var list = java.nio.file.Files.list(Path.of("..", "training", "types"))) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv")).sorted()
          .toList();
    }
    assertEquals(files, java.nio.file.Files.readAllLines(
        Path.of("..", "training", "types", "FILES")).stream().filter(l -> !l.isBlank()).toList(),
        "training/types/FILES must list every .tsv file there, by name");
    LabelledTexts.Read set = LabelledTexts.read(List.of(Path.of("..", "training", "types")));
    LabelledTexts.Read bundled = LabelledTexts.bundled();
    assertEquals(set.texts(), bundled.texts());
    assertTrue(bundled.skipped().isEmpty(), bundled.skipped().toString());
  }

  @Test
  void theTrainingSetHasEveryLabel() throws Exception {
    LabelledTexts.Read set = LabelledTexts.read(List.of(Path.of("..", "training", "types")));
    long labels = set.texts().stream().map(LabelledText::label).distinct().count();
    assertEquals(TypeLabel.COUNT, labels);
  }
}
