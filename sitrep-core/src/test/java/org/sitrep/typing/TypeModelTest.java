package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.SubEventType;

/** Training, cross-validation and the model file, over a small embedder written here. */
class TypeModelTest {
  /** Embeds a passage by which of a few words it holds: enough to separate the texts below. */
  static class WordEmbedder implements SentenceEmbedder {
    private static final List<String> WORDS = List.of("warplanes", "marched", "envoy", "grenade");

    @Override
    public String name() {
      return "words";
    }

    @Override
    public int dimensions() {
      return WORDS.size();
    }

    @Override
    public List<float[]> embed(List<String> passages) {
      List<float[]> out = new ArrayList<>();
      for (String p : passages) {
        float[] v = new float[WORDS.size()];
        for (int i = 0; i < WORDS.size(); i++) {
          v[i] = p.contains(WORDS.get(i)) ? 1 : 0;
        }
        out.add(v);
      }
      return out;
    }
  }

  private static List<LabelledText> texts() {
    List<LabelledText> texts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      texts.add(new LabelledText("warplanes hit town " + i, TypeLabel.of(SubEventType.AIR_DRONE_STRIKE), "t"));
      texts.add(new LabelledText("teachers marched " + i, TypeLabel.of(SubEventType.PEACEFUL_PROTEST), "t"));
      texts.add(new LabelledText("the envoy spoke " + i, TypeLabel.NONE, "t"));
    }
    return texts;
  }

  @Test
  void learnsSeparableTypesAndCrossValidates() {
    WordEmbedder embedder = new WordEmbedder();
    TextSignals signals = TextSignals.loadDefault();
    TypeTrainer trainer = new TypeTrainer(embedder, signals);
    TypeTrainer.Examples examples = trainer.embed(texts(), n -> { });
    TypeTrainer.CrossValidation cv = trainer.crossValidate(examples, 3, f -> { });
    assertEquals(36, cv.scores().n());
    assertEquals(1.0, cv.scores().accuracy());
    assertEquals(0, cv.neighboursShare(), "on a tie the vote gets the smaller share");
    ModelTyper typer = new ModelTyper(embedder, signals, trainer.fit(examples, "test", 0.5), "test");
    TypeGuess guess = typer.guess(List.of("warplanes over the hills")).get(0);
    assertEquals(TypeLabel.of(SubEventType.AIR_DRONE_STRIKE), guess.best().label());
    assertTrue(guess.eventProbability() > 0.5);
    assertEquals(3, guess.top(3).size());
  }

  @Test
  void theDetectorsReadingIsTheGuessWhereSureAndNothingElsewhere() {
    WordEmbedder embedder = new WordEmbedder();
    TextSignals signals = TextSignals.loadDefault();
    TypeTrainer trainer = new TypeTrainer(embedder, signals);
    ModelTyper typer = new ModelTyper(embedder, signals,
        trainer.fit(trainer.embed(texts(), n -> { }), "test", 0.5), "test");
    for (String passage : List.of("warplanes hit the hills", "teachers marched again",
        "the envoy spoke again")) {
      TypeGuess guess = typer.guess(List.of(passage)).get(0);
      double event = guess.eventProbability();
      for (double bar : new double[] {event - 1e-9, event + 1e-9}) {
        java.util.Optional<TypeGuess> sure = typer.guessIfSureOfAnEvent(passage, bar);
        assertEquals(bar <= event, sure.isPresent(), passage + " at " + bar);
        sure.ifPresent(g -> {
          for (int k = 0; k < TypeLabel.COUNT; k++) {
            assertEquals(guess.probability(TypeLabel.at(k)), g.probability(TypeLabel.at(k)), 1e-12);
          }
        });
      }
    }
  }

  @Test
  void theVoteSharesOutTheEventsProbabilityAndNeverChangesIt() {
    int strike = TypeLabel.of(SubEventType.AIR_DRONE_STRIKE).index();
    int clash = TypeLabel.of(SubEventType.ARMED_CLASH).index();
    int none = TypeLabel.NONE.index();
    double[] softmax = new double[TypeLabel.COUNT];
    softmax[strike] = 0.6;
    softmax[clash] = 0.2;
    softmax[none] = 0.2;
    double[] vote = new double[TypeLabel.COUNT];
    vote[clash] = 0.5;
    vote[none] = 0.5;
    double[] p = TypeModel.blend(softmax, vote, 0.5);
    assertEquals(0.2, p[none], 1e-12, "the softmax alone says whether it is an event");
    // Half the softmax's 0.2, and half of the event's 0.8 as the voting events (all clashes) say.
    assertEquals(0.5 * 0.2 + 0.5 * 0.8, p[clash], 1e-12);
    assertEquals(0.5 * 0.6, p[strike], 1e-12);
    double[] nonEvents = new double[TypeLabel.COUNT];
    nonEvents[none] = 1;
    assertArrayEquals(softmax, TypeModel.blend(softmax, nonEvents, 0.5), 1e-12,
        "a vote of non-events alone leaves the types as the softmax has them");
  }

  @Test
  void aModelWhoseVoteCountsForNothingKeepsNoPassages() {
    TypeTrainer trainer = new TypeTrainer(new WordEmbedder(), TextSignals.loadDefault());
    TypeTrainer.Examples examples = trainer.embed(texts(), n -> { });
    assertEquals(0, trainer.fit(examples, "x", 0).neighbours().size());
    assertEquals(36, trainer.fit(examples, "x", 0.25).neighbours().size());
  }

  @Test
  void foldsHoldWholeFilesWhenThereAreEnoughFiles() {
    List<LabelledText> texts = new ArrayList<>();
    for (LabelledText t : texts()) {
      // Three files, each with every label: folds of whole files can still learn each label.
      int file = Integer.parseInt(t.text().replaceAll("\\D+", "")) % 3;
      texts.add(new LabelledText(t.text(), t.label(), "set-" + file + ".tsv:" + (texts.size() + 2)));
    }
    TypeTrainer trainer = new TypeTrainer(new WordEmbedder(), TextSignals.loadDefault());
    TypeTrainer.Examples examples = trainer.embed(texts, n -> { });
    assertEquals("set-1.tsv", examples.sources()[3], "the fourth passage is number 1");
    assertTrue(trainer.crossValidate(examples, 3, f -> { }).byFile());
    assertEquals(false, trainer.crossValidate(examples, 4, f -> { }).byFile(),
        "four folds from three files are dealt by label");
    assertEquals("notes.csv", TypeTrainer.source("notes.csv:17"));
    assertEquals("C:\\gold\\notes.csv", TypeTrainer.source("C:\\gold\\notes.csv:2"));
    assertEquals("t", TypeTrainer.source("t"));
  }

  @Test
  void aModelReadsBackAsWritten(@TempDir Path dir) throws Exception {
    WordEmbedder embedder = new WordEmbedder();
    TypeTrainer trainer = new TypeTrainer(embedder, TextSignals.loadDefault());
    TypeModel model = trainer.fit(trainer.embed(texts(), n -> { }), "three labels", 0.25);
    Path file = dir.resolve("m.model");
    model.write(file);
    TypeModel read = TypeModel.read(file);
    assertEquals("three labels", read.trainedOn());
    assertEquals(model.trainingDigest(), read.trainingDigest());
    assertArrayEquals(model.mean(), read.mean());
    assertArrayEquals(model.regression().weights()[3], read.regression().weights()[3]);
    assertEquals(model.words().vocabulary(), read.words().vocabulary());
    assertTrue(read.words().size() > 10);
    assertArrayEquals(model.regression().wordWeights()[3], read.regression().wordWeights()[3]);
    assertEquals(36, read.neighbours().size());
    assertEquals(0.25, read.neighboursShare());
    assertTrue(read.adapter().isEmpty());
    float[] features = ModelTyper.features(new float[] {1, 0, 0, 0}, new float[read.mean().length - 4]);
    assertArrayEquals(model.probabilities(features, new int[0]), read.probabilities(features, new int[0]),
        1e-12);
  }

  @Test
  void aModelKeepsTheAdapterOfItsTunedEncoder(@TempDir Path dir) throws Exception {
    WordEmbedder embedder = new WordEmbedder();
    TypeTrainer trainer = new TypeTrainer(embedder, TextSignals.loadDefault());
    TypeModel plain = trainer.fit(trainer.embed(texts(), n -> { }), "three labels", 0);
    float[] a = {0.5f, -0.25f};
    EncoderAdapter adapter = new EncoderAdapter("all-minilm-l6-v2-q", 1, 16f, java.util.Map.of(
        "0.query.a", new EncoderAdapter.Tensor(new long[] {2, 1}, a)));
    TypeModel tuned = new TypeModel(plain.embedder(), plain.signals(), plain.trainedOn(),
        plain.trainingDigest(), plain.mean(), plain.scale(), plain.words(), plain.regression(),
        plain.neighbours(), plain.neighboursShare(), java.util.Optional.of(adapter));
    Path file = dir.resolve("tuned.model");
    tuned.write(file);
    TypeModel read = TypeModel.read(file);
    assertEquals(adapter.id(), read.adapter().orElseThrow().id());
    assertArrayEquals(a, read.adapter().orElseThrow().tensors().get("0.query.a").values());
    assertEquals(EmbedderModel.ALL_MINILM_L6_V2_Q,
        new TypeModel("all-minilm-l6-v2-q tuned " + adapter.id(), plain.signals(), "", "",
            plain.mean(), plain.scale(), plain.words(), plain.regression(), plain.neighbours(), 0,
            java.util.Optional.of(adapter)).embedderModel("m"));
  }

  /** An embedder that cannot tell passages apart: only the words can. */
  static class BlindEmbedder extends WordEmbedder {
    @Override
    public List<float[]> embed(List<String> passages) {
      return passages.stream().map(p -> new float[] {0.5f, 0.5f, 0.5f, 0.5f}).toList();
    }
  }

  @Test
  void wordsSeparateWhatTheEmbeddingBlurs() {
    List<LabelledText> texts = new ArrayList<>();
    String[] places = {"Kano", "Jos", "Bauchi", "Yola", "Gombe", "Lafia", "Minna", "Ilorin"};
    for (String place : places) {
      // Made-up verbs: no signal and no embedding holds them, so only the words can separate.
      texts.add(new LabelledText("the men zorped villagers near " + place,
          TypeLabel.of(SubEventType.ABDUCTION), "t"));
      texts.add(new LabelledText("the men blicked villagers near " + place,
          TypeLabel.of(SubEventType.ARRESTS), "t"));
    }
    BlindEmbedder embedder = new BlindEmbedder();
    TypeTrainer trainer = new TypeTrainer(embedder, TextSignals.loadDefault());
    ModelTyper typer = new ModelTyper(embedder, TextSignals.loadDefault(),
        trainer.fit(trainer.embed(texts, n -> { }), "t", 0), "t");
    assertEquals(TypeLabel.of(SubEventType.ABDUCTION),
        typer.guess(List.of("the men zorped a trader near Makurdi")).get(0).best().label());
    assertEquals(TypeLabel.of(SubEventType.ARRESTS),
        typer.guess(List.of("the men blicked a trader near Makurdi")).get(0).best().label());
  }

  @Test
  void aDamagedOrForeignFileIsRefusedByName(@TempDir Path dir) throws Exception {
    WordEmbedder embedder = new WordEmbedder();
    TypeTrainer trainer = new TypeTrainer(embedder, TextSignals.loadDefault());
    byte[] bytes = trainer.fit(trainer.embed(texts(), n -> { }), "x", 0).bytes();
    Path damaged = dir.resolve("damaged.model");
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(damaged, bytes);
    assertEquals(damaged + ": the model file is damaged (checksum differs)",
        assertThrows(TypeModelException.class, () -> TypeModel.read(damaged)).getMessage());
    Path text = dir.resolve("notes.model");
    Files.writeString(text, "this is not a model at all");
    assertEquals(text + ": not a Sitrep type model",
        assertThrows(TypeModelException.class, () -> TypeModel.read(text)).getMessage());
    Path missing = dir.resolve("missing.model");
    assertEquals(missing + ": no such model file",
        assertThrows(TypeModelException.class, () -> TypeModel.read(missing)).getMessage());
  }

  @Test
  void aModelOfAnotherEmbedderIsRefused() {
    TypeTrainer trainer = new TypeTrainer(new WordEmbedder(), TextSignals.loadDefault());
    TypeModel model = trainer.fit(trainer.embed(texts(), n -> { }), "x", 0);
    SentenceEmbedder other = new WordEmbedder() {
      @Override
      public String name() {
        return "other";
      }
    };
    TypeModelException e = assertThrows(TypeModelException.class,
        () -> new ModelTyper(other, TextSignals.loadDefault(), model, "m.model"));
    assertEquals("m.model: trained with the embedder words, not other", e.getMessage());
  }

  @Test
  void aModelFileNamingAnUnknownEmbedderIsRefusedBeforeAnyEmbedderLoads(@TempDir Path dir)
      throws Exception {
    TypeTrainer trainer = new TypeTrainer(new WordEmbedder(), TextSignals.loadDefault());
    Path file = dir.resolve("words.model");
    trainer.fit(trainer.embed(texts(), n -> { }), "x", 0).write(file);
    TypeModelException e = assertThrows(TypeModelException.class, () -> ModelTyper.load(file));
    assertEquals(file + ": trained with the embedder 'words', which this Sitrep does not have"
        + " (it has all-minilm-l6-v2-q, bge-small-en-v1.5-q, e5-small-v2-q)", e.getMessage());
  }

  @Test
  void embeddersAreFoundByTheNameAModelRecords() {
    assertEquals(EmbedderModel.E5_SMALL_V2_Q, EmbedderModel.named("e5-small-v2-q"));
    assertEquals(OnnxEmbedder.NAME, EmbedderModel.named(OnnxEmbedder.NAME).id());
    assertEquals("unknown embedder 'bge-large' (known: all-minilm-l6-v2-q, bge-small-en-v1.5-q,"
            + " e5-small-v2-q)",
        assertThrows(IllegalArgumentException.class, () -> EmbedderModel.named("bge-large"))
            .getMessage());
  }
}
