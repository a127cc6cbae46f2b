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
 * The path a new user takes, exactly as the README's JSON section shows it: read a file of
 * programmes, get one report with JSON Pointers, write the programmes back.
 */
class NewUserPathTest {

  /** The README's code, from the line after README-BEGIN to the line before README-END. */
  static BatchResult checkProgrammes(Path input, Path output) throws IOException {
    // README-BEGIN
    ProgrammeReader reader = ProgrammeReader.builder().validator(Validator.standard()).build();
    BatchResult batch = reader.readAll(input, BulkFormat.JSON_ARRAY);
    for (Finding finding : batch.report().findings()) {
      System.out.println(finding);
    }
    ProgrammeJson.writer().indented().writeAll(batch.programmes(), BulkFormat.JSON_ARRAY, output);
    // README-END
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
  void theReadmeShowsThisCodeAndItsOutput(@TempDir Path directory) throws IOException {
    Path input = directory.resolve("programmes.json");
    Files.writeString(input, Samples.resource("programmes.json"));
    BatchResult batch = checkProgrammes(input, directory.resolve("checked.json"));

    String readme = Readme.jsonSection();

    assertThat(Readme.block(readme, "java")).isEqualTo(Readme.markedCode(getClass()));
    assertThat(Readme.block(readme, "text"))
        .isEqualTo(
            batch.report().findings().stream()
                .map(Finding::toString)
                .collect(Collectors.joining("\n", "", "\n")));
  }

  @Test
  void theReadmeDocumentIsTheCompleteSampleAndReadsValid() throws IOException {
    String document = Readme.block(Readme.jsonSection(), "json");

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
