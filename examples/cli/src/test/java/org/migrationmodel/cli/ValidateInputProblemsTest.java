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
  void aJsonArrayMalformedMidRecordSaysWhereReadingStoppedAndHowMuchItLeftThenExitsTwo(
      @TempDir Path dir) throws IOException {
    Path file = malformedArray(dir);
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out())
        .contains(
            file
                + ": reading stopped at line 4, where the reader cannot tell where the next record"
                + " starts")
        .contains("; 3 lines of text from there on were not read")
        .endsWith(
            "2 programmes: 1 valid, 1 invalid, 1 error, 0 warnings; 1 record could not be read;"
                + " 1 input was not read to its end (3 lines of text not read)"
                + System.lineSeparator());
  }

  @Test
  void aJsonArrayMalformedMidRecordSaysWhereReadingStoppedInJson(@TempDir Path dir)
      throws IOException {
    Path file = malformedArray(dir);
    CliRun run = CliRun.of("validate", "--format", "json", file.toString());
    JsonNode output = new ObjectMapper().readTree(run.out());
    assertThat(output.at("/inputProblems/0/input").asText()).isEqualTo(file.toString());
    assertThat(output.at("/inputProblems/0/line").asInt()).isEqualTo(4);
    assertThat(output.at("/inputProblems/0/linesNotRead").asInt()).isEqualTo(3);
    assertThat(output.at("/inputProblems/0/problem").asText()).contains("reading stopped");
    assertThat(output.at("/summary/inputsReadInPart").asInt()).isEqualTo(1);
    assertThat(output.at("/summary/linesNotRead").asInt()).isEqualTo(3);
    assertThat(output.at("/summary/unreadableRecords").asInt()).isEqualTo(1);
    assertThat(output.at("/summary/unreadableInputs").asInt()).isZero();
  }

  @Test
  void aJsonArrayCutOffAtItsEndIsReadToItsEndAndItsCutRecordIsAnError(@TempDir Path dir)
      throws IOException {
    String first = ValidateCommandTest.firstRecord();
    Path file = dir.resolve("cut.json");
    Files.writeString(file, "[\n" + first + "\n,\n" + cutInItsPeriod(first));
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .doesNotContain("reading stopped")
        .endsWith(
            "2 programmes: 1 valid, 1 invalid, 1 error, 0 warnings; 1 record could not be read"
                + System.lineSeparator());
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

  // A JSON array of three records whose second breaks off on line 4, inside its period: the
  // third, on lines 6 and 7 with the comma on 5, cannot be found.
  private static Path malformedArray(Path dir) throws IOException {
    String first = ValidateCommandTest.firstRecord();
    Path file = dir.resolve("malformed.json");
    Files.writeString(
        file, "[\n" + first + "\n,\n" + cutInItsPeriod(first) + "\n,\n" + first + "\n]\n");
    return file;
  }

  private static String cutInItsPeriod(String record) {
    return record.substring(0, record.indexOf("\"end\"") + 8);
  }
}
