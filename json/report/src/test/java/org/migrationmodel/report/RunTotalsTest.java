package org.migrationmodel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
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
    totals.add(InputProblem.stoppedEarly("cut.json", 4));
    totals.add(true, report(finding("return-without-health", Severity.INFO)));

    assertThat(totals.summary()).isEqualTo(new RunSummary(3, 1, 2, 0, 1, 1, 1, 1));
    assertThat(totals.summary().invalid()).isEqualTo(2);
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
    assertThat(new RunSummary(0, 0, 0, 0, 0, 0, 1, 0).line())
        .isEqualTo(
            "0 programmes: 0 valid, 0 invalid, 0 errors, 0 warnings; 1 input could not be read");
    assertThat(new RunSummary(5, 4, 1, 0, 0, 0, 2, 2).line())
        .isEqualTo(
            "5 programmes: 4 valid, 1 invalid, 1 error, 0 warnings; 2 inputs could not be read;"
                + " 2 inputs were not read to the end");
    assertThat(new RunSummary(1, 0, 1, 0, 0, 0, 0, 1).line())
        .endsWith("; 1 input was not read to its end");
  }

  @Test
  void aSummaryRefusesNegativeCountsAndMoreValidThanRead() {
    assertThatIllegalArgumentException().isThrownBy(() -> new RunSummary(1, 2, 0, 0, 0, 0, 0, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> new RunSummary(1, 0, -1, 0, 0, 0, 0, 0));
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
