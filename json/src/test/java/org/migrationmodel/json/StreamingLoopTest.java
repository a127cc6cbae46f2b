package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationmodel.validation.Validator;

/** The streaming loop over a {@link RecordStream} that docs/json.md shows. */
class StreamingLoopTest {

  /** The page's code, from the line after DOCS-BEGIN to the line before DOCS-END. */
  static BulkSummary printInvalidRecords(Path input) throws IOException {
    // DOCS-BEGIN
    ProgrammeReader reader = ProgrammeReader.builder().validator(Validator.standard()).build();
    try (RecordStream<ReadResult> records = reader.records(input, BulkFormat.NDJSON)) {
      for (ReadResult record : records) {
        if (!record.isValid()) {
          System.out.println("line " + record.line() + ": " + record.report().findings());
        }
      }
      return records.summary();
    }
    // DOCS-END
  }

  @Test
  void theLoopReadsEveryRecordOfAFileAndCountsThem(@TempDir Path directory) throws IOException {
    Path input = directory.resolve("programmes.ndjson");
    String good = Samples.minimalDocument();
    Files.writeString(input, good + "\n" + good.replace("\"P-1\"", "7") + "\n" + good + "\n");

    BulkSummary summary = printInvalidRecords(input);

    assertThat(summary).isEqualTo(new BulkSummary(3, 2, 1, 1, true, OptionalInt.empty(), 0));
  }

  @Test
  void thePageShowsThisLoop() throws IOException {
    assertThat(JsonPage.text()).contains("```java\n" + JsonPage.markedCode(getClass()) + "```");
  }
}
