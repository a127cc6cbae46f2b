package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Validator;

/**
 * The path a new user takes, exactly as docs/json.md shows it: read a file of programmes, get one
 * report with JSON Pointers, write the programmes back.
 */
class NewUserPathTest {

  /** The page's code, from the line after DOCS-BEGIN to the line before DOCS-END. */
  static BatchResult checkProgrammes(Path input, Path output) throws IOException {
    // DOCS-BEGIN
    ProgrammeReader reader = ProgrammeReader.builder().validator(Validator.standard()).build();
    BatchResult batch = reader.readAll(input, BulkFormat.JSON_ARRAY);
    for (Finding finding : batch.report().findings()) {
      System.out.println(finding);
    }
    ProgrammeJson.writer().indented().writeAll(batch.programmes(), BulkFormat.JSON_ARRAY, output);
    // DOCS-END
    return batch;
  }

  @Test
  void aFileOfProgrammesGivesOneReportWithPointersAndIsWrittenBack(@TempDir Path directory)
      throws IOException {
    Path input = directory.resolve("programmes.json");
    Path output = directory.resolve("checked.json");
    Files.writeString(input, Samples.resource("programmes.json"));

    BatchResult batch = checkProgrammes(input, output);

    assertThat(batch.report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(
            tuple("unknown-code", "/1/classification/themes/0"),
            tuple("period-order", "/2/period"));
    assertThat(batch.report().findings().get(0).line()).hasValue(29);
    assertThat(batch.report().findings().get(0).suggestions())
        .containsExactly("MIGRANTS_HUMAN_RIGHTS");
    assertThat(batch.summary())
        .isEqualTo(new BulkSummary(3, 1, 2, 0, true, OptionalInt.empty(), 0));
    assertThat(ProgrammeJson.reader().readAll(output, BulkFormat.JSON_ARRAY).programmes())
        .isEqualTo(batch.programmes())
        .hasSize(3);
  }

  @Test
  void thePageShowsThisCodeAndItsOutput(@TempDir Path directory) throws IOException {
    Path input = directory.resolve("programmes.json");
    Files.writeString(input, Samples.resource("programmes.json"));
    BatchResult batch = checkProgrammes(input, directory.resolve("checked.json"));

    String page = JsonPage.text();

    assertThat(JsonPage.block(page, "java")).isEqualTo(JsonPage.markedCode(getClass()));
    assertThat(JsonPage.block(page, "text"))
        .isEqualTo(
            batch.report().findings().stream()
                .map(Finding::toString)
                .collect(Collectors.joining("\n", "", "\n")));
  }

  @Test
  void thePagesDocumentIsTheCompleteSampleAndReadsValid() throws IOException {
    String document = JsonPage.block(JsonPage.text(), "json");

    assertThat(document).isEqualTo(Samples.maliDocument());
    assertThat(
            ProgrammeReader.builder()
                .validator(Validator.standard())
                .build()
                .read(document)
                .report()
                .findings())
        .isEmpty();
  }
}
