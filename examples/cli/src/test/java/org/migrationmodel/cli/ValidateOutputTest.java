package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
            "32 programmes: 10 valid, 22 invalid, 23 errors, 8 warnings, 2 notes;"
                + " 4 records could not be read"
                + System.lineSeparator());
  }

  // The sample's allocation goes to its primary activity; with that activity unreadable, the
  // allocation is not reported as going to an unlisted activity either.
  @Test
  void anUnknownCodeIsOneFindingAtItsPointerPrintedFirstInText() {
    CliRun run = validateStandardInput(misspeltPrimaryActivity(), "--format", "text");
    List<String[]> findings =
        run.out()
            .lines()
            .filter(line -> line.startsWith("  "))
            .map(line -> line.strip().split(" +"))
            .toList();
    assertThat(findings.get(0))
        .startsWith("ERROR", "unknown-code", "/classification/primaryActivity");
    assertThat(findings)
        .filteredOn(finding -> finding[2].equals("/classification/primaryActivity"))
        .hasSize(1);
    assertThat(findings)
        .extracting(finding -> finding[1])
        .doesNotContain("primary-activity-required", "allocation-unlisted-activity");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void anUnknownCodeIsOneFindingAtItsPointerListedFirstInJson() throws IOException {
    CliRun run = validateStandardInput(misspeltPrimaryActivity(), "--format", "json");
    JsonNode findings = new ObjectMapper().readTree(run.out()).at("/records/0/findings");
    assertThat(findings.at("/0/ruleId").asText()).isEqualTo("unknown-code");
    assertThat(findings.at("/0/pointer").asText()).isEqualTo("/classification/primaryActivity");
    assertThat(findings.at("/0/suggestions/0").asText()).isEqualTo("OVERSEAS_COMMUNITIES");
    assertThat(findings.findValuesAsText("pointer"))
        .containsOnlyOnce("/classification/primaryActivity");
    assertThat(findings.findValuesAsText("ruleId")).doesNotContain("primary-activity-required");
  }

  @Test
  void aCodeOfTheWrongTypeIsOneFindingAtItsPointerWithTheRightArticle() {
    String numbered =
        ValidateCommandTest.firstRecord()
            .replace("\"primaryActivity\":\"OVERSEAS_COMMUNITIES\"", "\"primaryActivity\":5");
    CliRun run = validateStandardInput(numbered, "--format", "text");
    assertThat(run.out().lines().filter(line -> line.contains("/classification/primaryActivity ")))
        .singleElement()
        .asString()
        .contains("wrong-type", "Expected an activity code, as a string but found the number 5.");
  }

  private static String misspeltPrimaryActivity() {
    String record =
        ValidateCommandTest.firstRecord()
            .replace(
                "\"primaryActivity\":\"OVERSEAS_COMMUNITIES\"",
                "\"primaryActivity\":\"OVERSEAS_COMMUNITY\"");
    assertThat(record).isNotEqualTo(ValidateCommandTest.firstRecord());
    return record;
  }

  private static CliRun validateStandardInput(String record, String... options) {
    List<String> args = new ArrayList<>(List.of("validate"));
    args.addAll(List.of(options));
    args.add("-");
    return CliRun.withInput(record.getBytes(StandardCharsets.UTF_8), args.toArray(String[]::new));
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
