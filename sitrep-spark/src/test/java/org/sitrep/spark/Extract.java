package org.sitrep.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.sitrep.export.EventWriter;
import org.sitrep.export.OutputFormat;
import org.sitrep.ingest.ArticleReaders;
import org.sitrep.ingest.source.ReadOptions;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.ExtractionResult;
import org.sitrep.pipeline.Pipeline;

/**
 * What {@code sitrep extract --format jsonl} writes for these inputs, run in process the way the
 * command runs it (its batch loop, its reader, its writer), on an already loaded pipeline.
 */
final class Extract {
  private Extract() {}

  static List<String> jsonLines(Pipeline pipeline, List<String> inputs, ReadOptions options)
      throws IOException, InterruptedException {
    StringWriter out = new StringWriter();
    EventWriter writer = OutputFormat.JSONL.open(out, false);
    new Batch<ExtractionResult>(new ArticleReaders(), pipeline::extract, 2, true)
        .run(inputs, options, outcome -> {
          if (outcome instanceof Batch.Done<ExtractionResult> done) {
            writer.write(done.article().id(), done.result());
          }
        });
    writer.finish();
    return out.toString().lines().toList();
  }
}
