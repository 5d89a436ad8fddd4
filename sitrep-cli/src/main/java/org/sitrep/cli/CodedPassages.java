package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.ingest.InputProblem;
import org.sitrep.typing.LabelledText;
import org.sitrep.typing.LabelledTexts;

/**
 * The coded passages {@code train} and {@code tune} learn from: the {@code --gold} files' and,
 * unless {@code --no-base-set}, Sitrep's own set, which the jar holds.
 *
 * @param desk the --gold files' passages
 * @param base Sitrep's own, or none
 * @param skipped the rows of the --gold files that were skipped, each reported
 */
record CodedPassages(List<LabelledText> desk, List<LabelledText> base, int skipped) {
  /**
   * Reads the --gold files, reporting each skipped row (with its file and line) on {@code err}.
   *
   * @param use what the command does with the passages, for the message when there are none
   *     ("to learn", "to tune on")
   * @throws InputProblem naming a file that cannot be read, or an unknown label, or
   *     --no-base-set with no --gold file
   */
  static CodedPassages read(List<Path> gold, boolean noBaseSet, String use, PrintWriter err)
      throws InputProblem {
    if (gold.isEmpty() && noBaseSet) {
      throw new InputProblem("--no-base-set", "give the passages " + use + " with --gold FILE");
    }
    LabelledTexts.Read read = LabelledTexts.read(gold);
    read.skipped().forEach(s -> err.println("sitrep: " + s));
    return new CodedPassages(read.texts(), noBaseSet ? List.of() : LabelledTexts.bundled().texts(),
        read.skipped().size());
  }
}
