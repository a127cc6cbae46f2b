package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wording, labels and counts of {@code validate}'s output. */
class ValidateOutputTest {

  @Test
  void oneProgrammeAndOneErrorAreCountedInTheSingular() {
    String broken =
        ValidateCommandTest.firstRecord().replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"\"");
    CliRun run = CliRun.withInput(broken.getBytes(StandardCharsets.UTF_8), "validate", "-");
    assertThat(run.out())
        .contains("title-required")
        .endsWith("1 programme: 0 valid, 1 invalid, 1 error, 0 warnings" + System.lineSeparator());
  }

  @Test
  void standardInputIsLabelledStdinNotDash() {
    String broken =
        ValidateCommandTest.firstRecord().replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"\"");
    CliRun run = CliRun.withInput(broken.getBytes(StandardCharsets.UTF_8), "validate", "-");
    assertThat(run.out()).startsWith("<stdin> record 1 (line 1)");
  }

  @Test
  void infoFindingsAreCountedAsNotesAfterTheWarnings() {
    CliRun run = CliRun.of("validate", "../data/broken-programmes.ndjson");
    assertThat(run.out())
        .containsPattern("\\n  INFO +return-without-health ")
        .endsWith(
            "32 programmes: 10 valid, 22 invalid, 27 errors, 8 warnings, 2 notes"
                + System.lineSeparator());
  }

  @Test
  void anUnknownCodeIsPrintedBeforeTheFindingsThatFollowFromIt() {
    CliRun run = CliRun.of("validate", "../data/broken-programmes.ndjson");
    String record = run.out().substring(run.out().indexOf("BROKEN-UNKNOWN_CODE"));
    List<String> ids =
        record
            .lines()
            .skip(1)
            .takeWhile(line -> line.startsWith("  "))
            .map(line -> line.strip())
            .map(line -> line.split(" +")[1])
            .toList();
    assertThat(ids).first().isEqualTo("unknown-code");
  }

  @Test
  void noNotesPartWhenThereAreNoInfoFindings() {
    CliRun run = CliRun.of("validate", "../data/programmes.ndjson");
    assertThat(run.out()).doesNotContain("note");
  }

  @Test
  void jsonOutputListsRecordsWithoutFindingsToo() throws IOException {
    CliRun run = CliRun.of("validate", "--format", "json", "../data/programmes.ndjson");
    JsonNode output = new ObjectMapper().readTree(run.out());
    assertThat(output.at("/records")).hasSize(44);
    assertThat(output.at("/records/0/valid").asBoolean()).isTrue();
    assertThat(output.at("/records/0/findings")).isEmpty();
    assertThat(output.at("/summary/notes").asInt()).isZero();
  }
}
