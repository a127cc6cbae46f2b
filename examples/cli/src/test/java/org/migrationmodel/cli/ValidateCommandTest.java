package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final String PORTFOLIO = "../data/programmes.ndjson";
  private static final String BROKEN = "../data/broken-programmes.ndjson";

  @Test
  void aCleanPortfolioEndsWithItsSummaryAndExitsZero() {
    CliRun run = CliRun.of("validate", PORTFOLIO);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip())
        .isEqualTo("44 programmes: 44 valid, 0 invalid, 0 errors, 0 warnings");
  }

  @Test
  void findingsAreGroupedByProgrammeWithRuleSeverityPointerAndMessage() {
    CliRun run = CliRun.of("validate", BROKEN);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(BROKEN + " record 10 (line 10): BROKEN-ALLOCATION_SUM")
        .containsPattern("\\n  ERROR +allocation-sum +/budget/allocations +The shares sum to 90")
        .endsWith(
            "32 programmes: 10 valid, 22 invalid, 23 errors, 8 warnings, 2 notes;"
                + " 4 records could not be read"
                + System.lineSeparator());
  }

  @Test
  void jsonOutputCarriesRuleIdsPointersAndTheSummary() throws IOException {
    CliRun run = CliRun.of("validate", "--format", "json", BROKEN);
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode output = new ObjectMapper().readTree(run.out());
    assertThat(output.at("/summary/programmes").asInt()).isEqualTo(32);
    assertThat(output.at("/summary/invalid").asInt()).isEqualTo(22);
    JsonNode unknownCode = record(output, 24);
    assertThat(unknownCode.at("/findings").findValuesAsText("ruleId")).contains("unknown-code");
    JsonNode finding = finding(unknownCode, "unknown-code");
    assertThat(finding.at("/pointer").asText()).isEqualTo("/classification/primaryActivity");
    assertThat(finding.at("/suggestions/0").asText()).isEqualTo("OVERSEAS_COMMUNITIES");
    assertThat(finding.at("/line").asInt()).isEqualTo(24);
  }

  @Test
  void readsStandardInputAndDetectsAJsonArray() {
    String array =
        "[" + firstRecord() + "," + firstRecord().replace("SEN-DIASPORA-2026", "B") + "]";
    CliRun run = CliRun.withInput(array.getBytes(StandardCharsets.UTF_8), "validate", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("2 programmes: 2 valid, 0 invalid");
  }

  @Test
  void readsAPrettyPrintedSingleDocument(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("one.json");
    Files.writeString(file, new ObjectMapper().readTree(firstRecord()).toPrettyString());
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("1 programme: 1 valid");
  }

  @Test
  void aDocumentAfterMoreThan16MibOfWhiteSpaceIsValidated(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("spaced.json");
    Files.writeString(file, " \n".repeat(9 << 20) + firstRecord());
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("1 programme: 1 valid");
  }

  @Test
  void lenientReadingAcceptsUnknownMembersThatStrictReadingReports(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("extra.ndjson");
    Files.writeString(
        file, firstRecord().replace("{\"modelVersion\"", "{\"donor\":\"ECHO\",\"modelVersion\""));
    assertThat(CliRun.of("validate", file.toString()).exitCode()).isEqualTo(1);
    CliRun lenient = CliRun.of("validate", "--lenient", file.toString());
    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.out()).contains("1 programme: 1 valid");
  }

  @Test
  void totalsRunAcrossSeveralFiles() {
    CliRun run = CliRun.of("validate", PORTFOLIO, BROKEN);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("76 programmes: 54 valid, 22 invalid");
  }

  @Test
  void aMissingFileIsAnInputErrorWithExitCodeTwo() {
    CliRun run = CliRun.of("validate", "data/no-such-file.ndjson");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("data/no-such-file.ndjson").contains("no such file");
  }

  @Test
  void aDirectoryIsAnInputErrorWithExitCodeTwo() {
    CliRun run = CliRun.of("validate", "../data");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("../data: is a directory");
  }

  @Test
  void anUnreadableFileIsAnInputErrorWithExitCodeTwo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("locked.ndjson");
    Files.writeString(file, firstRecord());
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    // Permissions do not stop root; a file whose reading fails stands in for it there.
    Path unreadable = Files.isReadable(file) ? Path.of("/proc/self/mem") : file;
    assumeTrue(Files.exists(unreadable), "no unreadable file can be made on this machine");
    CliRun run = CliRun.of("validate", unreadable.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("migration-model: ");
  }

  @Test
  void anEmptyFileIsReportedAsInvalidJson(@TempDir Path dir) throws IOException {
    Path file = Files.createFile(dir.resolve("empty.json"));
    CliRun run = CliRun.of("validate", "--format", "json", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"ruleId\" : \"json-syntax\"").contains("\"invalid\" : 1");
  }

  @Test
  void aBinaryFileIsReportedAsInvalidJson(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("image.png");
    Files.write(
        file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF, (byte) 0xFE, 1, 2});
    CliRun run = CliRun.of("validate", "--format", "json", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("\"ruleId\" : \"json-syntax\"")
        .contains("\"inputProblems\" : [ ]");
  }

  @Test
  void noFileIsAUsageErrorWithExitCodeTwo() {
    CliRun run = CliRun.of("validate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter");
  }

  @Test
  void anUnknownFormatIsAUsageErrorWithExitCodeTwo() {
    assertThat(CliRun.of("validate", "--format", "xml", PORTFOLIO).exitCode()).isEqualTo(2);
  }

  private static JsonNode record(JsonNode output, int number) {
    for (JsonNode record : output.at("/records")) {
      if (record.at("/record").asInt() == number) {
        return record;
      }
    }
    throw new AssertionError("no record " + number + " in the output");
  }

  private static JsonNode finding(JsonNode record, String ruleId) {
    for (JsonNode finding : record.at("/findings")) {
      if (finding.at("/ruleId").asText().equals(ruleId)) {
        return finding;
      }
    }
    throw new AssertionError("no " + ruleId + " finding in " + record);
  }

  static String firstRecord() {
    try {
      return Files.readAllLines(Path.of(PORTFOLIO)).get(0);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
