package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.validation.Severity;

/**
 * The IATI schema project's own test documents, carried in the test resources: each imports, and
 * every element in it is either read or named by a finding.
 */
class ReferenceDocumentsTest {
  /** Elements the importer reads, or knows to carry nothing a programme holds (docs/iati.md). */
  private static final Set<String> READ =
      Set.of(
          "/iati-activities",
          "/iati-activities/iati-activity",
          "/iati-activities/iati-activity/iati-identifier",
          "/iati-activities/iati-activity/reporting-org",
          "/iati-activities/iati-activity/reporting-org/narrative",
          "/iati-activities/iati-activity/title",
          "/iati-activities/iati-activity/title/narrative",
          "/iati-activities/iati-activity/description",
          "/iati-activities/iati-activity/description/narrative",
          "/iati-activities/iati-activity/participating-org/narrative",
          "/iati-activities/iati-activity/activity-date",
          "/iati-activities/iati-activity/recipient-country",
          "/iati-activities/iati-activity/recipient-country/narrative",
          "/iati-activities/iati-activity/sector",
          "/iati-activities/iati-activity/sector/narrative",
          "/iati-activities/iati-activity/tag/narrative",
          "/iati-activities/iati-activity/budget",
          "/iati-activities/iati-activity/budget/period-start",
          "/iati-activities/iati-activity/budget/period-end",
          "/iati-activities/iati-activity/budget/value");

  static Stream<Path> shouldPass() throws IOException {
    return documents("should-pass");
  }

  static Stream<Path> shouldFail() throws IOException {
    return documents("should-fail");
  }

  private static Stream<Path> documents(String kind) throws IOException {
    Path folder = IatiReference.folder().resolve(kind);
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.toString().endsWith(".xml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shouldPass")
  void everyShouldPassDocumentImportsWithFindingsForWhatDoesNotMap(Path document) throws Exception {
    byte[] bytes = Files.readAllBytes(document);
    Iati.Imported imported = Iati.read(bytes);
    assertThat(imported.summary().complete()).isTrue();
    assertThat(imported.activities()).isNotEmpty();
    Coverage.assertEveryElementIsReadOrReported(bytes, imported, READ);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shouldFail")
  void everyShouldFailDocumentIsReportedWithoutACrash(Path document) throws Exception {
    byte[] bytes = Files.readAllBytes(document);
    Iati.Imported imported = Iati.read(bytes);
    assertThat(Coverage.findings(imported))
        .anyMatch(finding -> finding.severity() != Severity.INFO);
    Coverage.assertEveryElementIsReadOrReported(bytes, imported, READ);
  }

  @Test
  void aMissingVersionIsReported() throws IOException {
    assertThat(failing("18-missing-iati-activities-version.xml").summary().findings())
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.INVALID_VALUE.id())
                    && finding.location().path().equals("/iati-activities/@version"));
  }

  @Test
  void aSecondReportingOrganisationIsReportedAtItsElement() throws IOException {
    assertThat(Coverage.findings(failing("20-two-reporting-orgs.xml")))
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.REPEATED.id())
                    && finding
                        .location()
                        .path()
                        .equals("/iati-activities/iati-activity[1]/reporting-org[2]")
                    && finding.line().isPresent());
  }

  @Test
  void aTitleWithoutNarrativeIsAMissingTitle() throws IOException {
    Iati.Imported imported = failing("22-missing-title-narrative.xml");
    assertThat(Coverage.findings(imported))
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.MISSING.id())
                    && finding.severity() == Severity.ERROR
                    && finding.message().contains("title"));
    assertThat(imported.activities().get(0).programme().title()).isEmpty();
  }

  @Test
  void aSecondTitleIsReportedAndTheFirstKept() throws IOException {
    assertThat(Coverage.findings(failing("24-two-titles.xml")))
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.REPEATED.id())
                    && finding
                        .location()
                        .path()
                        .equals("/iati-activities/iati-activity[1]/title[2]"));
  }

  @Test
  void aBudgetWithTwoEndsOrANonDecimalValueIsReported() throws IOException {
    assertThat(Coverage.findings(failing("budget/09-two-period-end.xml")))
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.REPEATED.id())
                    && finding.location().path().endsWith("/budget[1]/period-end[2]"));
    assertThat(Coverage.findings(failing("budget/12-non-decimal-value.xml")))
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.INVALID_VALUE.id())
                    && finding.location().path().endsWith("/budget[1]")
                    && finding.message().contains("without a value that can be read"));
  }

  private static Iati.Imported failing(String name) throws IOException {
    Path document = IatiReference.folder().resolve("should-fail").resolve(name);
    return Iati.read(Files.readAllBytes(document));
  }
}
