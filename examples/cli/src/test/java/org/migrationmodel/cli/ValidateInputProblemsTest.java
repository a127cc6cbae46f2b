package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that cannot be read, or not to their end: reported plainly, the others still read. */
class ValidateInputProblemsTest {
  private static final String PORTFOLIO = "../data/programmes.ndjson";

  @Test
  void readsEveryInputItCanThenExitsTwoForThoseItCannot(@TempDir Path dir) {
    String missing = dir.resolve("missing.ndjson").toString();
    CliRun run = CliRun.of("validate", PORTFOLIO, missing, dir.toString(), PORTFOLIO);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out())
        .endsWith(
            "88 programmes: 88 valid, 0 invalid, 0 errors, 0 warnings;"
                + " 2 inputs could not be read"
                + System.lineSeparator());
    assertThat(run.err().lines())
        .containsExactly(
            "migration-model: " + missing + ": no such file",
            "migration-model: " + dir + ": is a directory, not a file of programmes");
  }

  @Test
  void messagesAboutInputsNameNoJavaClass(@TempDir Path dir) {
    CliRun run = CliRun.of("validate", dir.resolve("missing.ndjson").toString());
    assertThat(run.err()).doesNotContainPattern("[A-Z][a-z]+(Exception|Error)\\b");
    assertThat(run.err()).doesNotContain("java.");
  }

  @Test
  void aJsonArrayCutOffMidRecordSaysWhereReadingStoppedInTextAndSummary(@TempDir Path dir)
      throws IOException {
    Path file = cutOffArray(dir);
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            file
                + ": reading stopped at line 4, at JSON that is cut off or malformed; the rest of"
                + " the input was not read")
        .endsWith(
            "2 programmes: 1 valid, 1 invalid, 1 error, 0 warnings;"
                + " 1 input was not read to its end"
                + System.lineSeparator());
  }

  @Test
  void aJsonArrayCutOffMidRecordSaysWhereReadingStoppedInJson(@TempDir Path dir)
      throws IOException {
    Path file = cutOffArray(dir);
    CliRun run = CliRun.of("validate", "--format", "json", file.toString());
    JsonNode output = new ObjectMapper().readTree(run.out());
    assertThat(output.at("/inputProblems/0/input").asText()).isEqualTo(file.toString());
    assertThat(output.at("/inputProblems/0/line").asInt()).isEqualTo(4);
    assertThat(output.at("/inputProblems/0/problem").asText()).contains("reading stopped");
    assertThat(output.at("/summary/inputsReadInPart").asInt()).isEqualTo(1);
    assertThat(output.at("/summary/unreadableInputs").asInt()).isZero();
  }

  @Test
  void anUnreadableInputIsListedInJsonOutput(@TempDir Path dir) throws IOException {
    String missing = dir.resolve("missing.ndjson").toString();
    CliRun run = CliRun.of("validate", "--format", "json", PORTFOLIO, missing);
    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode output = new ObjectMapper().readTree(run.out());
    assertThat(output.at("/inputProblems/0/input").asText()).isEqualTo(missing);
    assertThat(output.at("/inputProblems/0/problem").asText()).isEqualTo("no such file");
    assertThat(output.at("/inputProblems/0/line").isMissingNode()).isTrue();
    assertThat(output.at("/summary/programmes").asInt()).isEqualTo(44);
    assertThat(output.at("/summary/unreadableInputs").asInt()).isEqualTo(1);
  }

  // A JSON array of two records whose second is cut off on line 4, inside its period.
  private static Path cutOffArray(Path dir) throws IOException {
    String first = ValidateCommandTest.firstRecord();
    String second = first.substring(0, first.indexOf("\"end\"") + 8);
    Path file = dir.resolve("cut.json");
    Files.writeString(file, "[\n" + first + "\n,\n" + second);
    return file;
  }
}
