package org.migrationmodel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.migrationmodel.json.BulkFormat;
import org.migrationmodel.json.BulkSummary;
import org.migrationmodel.json.ProgrammeJson;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Location;
import org.migrationmodel.validation.Severity;
import org.migrationmodel.validation.ValidationReport;
import org.migrationmodel.validation.ValidatorProblem;

class RunTotalsTest {

  @Test
  void countsRecordsFindingsRuleFailuresAndInputProblems() {
    RunTotals totals = new RunTotals();
    totals.add(false, report(finding("allocation-sum", Severity.ERROR)));
    totals.add(InputProblem.unreadable("missing.ndjson", "no such file"));
    totals.add(false, report(finding(ValidatorProblem.RULE_FAILURE.id(), Severity.ERROR)));
    totals.add(
        InputProblem.of("cut.json", new BulkSummary(1, 0, 1, 1, false, OptionalInt.of(4), 3))
            .orElseThrow());
    totals.add(true, report(finding("return-without-health", Severity.INFO)));

    assertThat(totals.summary()).isEqualTo(new RunSummary(3, 1, 2, 0, 1, 1, 0, 1, 1, 3));
    assertThat(totals.summary().invalid()).isEqualTo(2);
  }

  @Test
  void anInputReadInPartSaysHowMuchItLeft() {
    RunTotals totals = new RunTotals();
    totals.add(false, report(finding("json-syntax", Severity.ERROR)));
    totals.add(
        InputProblem.of("cut.json", new BulkSummary(1, 0, 1, 1, false, OptionalInt.of(4), 3))
            .orElseThrow());
    assertThat(totals.summary().linesNotRead()).isEqualTo(3);
    assertThat(totals.summary().line())
        .isEqualTo(
            "1 programme: 0 valid, 1 invalid, 1 error, 0 warnings;"
                + " 1 input was not read to its end (3 lines of text not read)");
  }

  @Test
  void aSummaryThatReadToTheEndIsNoInputProblem() {
    assertThat(InputProblem.of("a.json", new BulkSummary(2, 2, 0, 0, true, OptionalInt.empty(), 0)))
        .isEmpty();
  }

  @Test
  void aRecordThatCouldNotBeReadIsCountedAsAnInvalidProgrammeAndAnUnreadableRecord() {
    RunTotals totals = new RunTotals();
    totals.add(ProgrammeJson.reader().readAll("garbage\n", BulkFormat.NDJSON).records().get(0));
    assertThat(totals.summary().unreadableRecords()).isEqualTo(1);
    assertThat(totals.summary().line())
        .isEqualTo(
            "1 programme: 0 valid, 1 invalid, 1 error, 0 warnings; 1 record could not be read");
  }

  @Test
  void warningsAndNotesAreCountedAndNotesNamedInTheLine() {
    RunTotals totals = new RunTotals();
    totals.add(
        true,
        report(
            finding("primary-largest-share", Severity.WARNING),
            finding("return-without-health", Severity.INFO)));
    assertThat(totals.summary().line())
        .isEqualTo("1 programme: 1 valid, 0 invalid, 0 errors, 1 warning, 1 note");
  }

  @Test
  void theSummaryKeepsItsFormWithoutNotesAndCountsInPlural() {
    RunTotals totals = new RunTotals();
    totals.add(true, ValidationReport.empty());
    totals.add(false, report(finding("a", Severity.ERROR), finding("b", Severity.ERROR)));
    assertThat(totals.summary().line())
        .isEqualTo("2 programmes: 1 valid, 1 invalid, 2 errors, 0 warnings");
  }

  @Test
  void inputsNotReadOrNotReadToTheEndCloseTheLine() {
    assertThat(new RunSummary(0, 0, 0, 0, 0, 0, 0, 1, 0, 0).line())
        .isEqualTo(
            "0 programmes: 0 valid, 0 invalid, 0 errors, 0 warnings; 1 input could not be read");
    assertThat(new RunSummary(5, 4, 1, 0, 0, 0, 0, 2, 2, 7).line())
        .isEqualTo(
            "5 programmes: 4 valid, 1 invalid, 1 error, 0 warnings; 2 inputs could not be read;"
                + " 2 inputs were not read to the end (7 lines of text not read)");
    assertThat(new RunSummary(1, 0, 1, 0, 0, 0, 0, 0, 1, 1).line())
        .endsWith("; 1 input was not read to its end (1 line of text not read)");
  }

  @Test
  void aSummaryRefusesNegativeCountsAndMoreValidThanRead() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RunSummary(1, 2, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RunSummary(1, 0, -1, 0, 0, 0, 0, 0, 0, 0));
  }

  private static ValidationReport report(Finding... findings) {
    return ValidationReport.of(List.of(findings));
  }

  private static Finding finding(String id, Severity severity) {
    return Finding.builder()
        .ruleId(id)
        .severity(severity)
        .location(Location.document())
        .message("a message")
        .build();
  }
}
