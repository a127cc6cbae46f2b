package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Location;
import org.migrationmodel.validation.Severity;
import org.migrationmodel.validation.ValidationReport;
import org.migrationmodel.validation.ValidatorProblem;

class RunTotalsTest {

  @Test
  void aRuleFailureGivesExitStatusThreeWhateverElseHappened() {
    RunTotals totals = new RunTotals();
    totals.add(false, report(finding("allocation-sum", Severity.ERROR)));
    totals.add(InputProblem.unreadable("missing.ndjson", "no such file"));
    totals.add(false, report(finding(ValidatorProblem.RULE_FAILURE.id(), Severity.ERROR)));
    assertThat(totals.exitStatus()).isEqualTo(3);
  }

  @Test
  void anUnreadableInputGivesExitStatusTwoEvenWithErrorsElsewhere() {
    RunTotals totals = new RunTotals();
    totals.add(false, report(finding("allocation-sum", Severity.ERROR)));
    totals.add(InputProblem.unreadable("missing.ndjson", "no such file"));
    assertThat(totals.exitStatus()).isEqualTo(2);
  }

  @Test
  void anInputReadInPartIsNotAnInputErrorItsMalformedRecordIsAnError() {
    RunTotals totals = new RunTotals();
    totals.add(false, report(finding("json-syntax", Severity.ERROR)));
    totals.add(InputProblem.stoppedEarly("cut.json", 4));
    assertThat(totals.exitStatus()).isEqualTo(1);
  }

  @Test
  void warningsAndNotesAloneExitZero() {
    RunTotals totals = new RunTotals();
    totals.add(
        true,
        report(
            finding("primary-largest-share", Severity.WARNING),
            finding("return-without-health", Severity.INFO)));
    assertThat(totals.exitStatus()).isZero();
    assertThat(totals.summaryLine())
        .isEqualTo("1 programme: 1 valid, 0 invalid, 0 errors, 1 warning, 1 note");
  }

  @Test
  void theSummaryKeepsItsFormWithoutNotesAndCountsInPlural() {
    RunTotals totals = new RunTotals();
    totals.add(true, ValidationReport.empty());
    totals.add(false, report(finding("a", Severity.ERROR), finding("b", Severity.ERROR)));
    assertThat(totals.summaryLine())
        .isEqualTo("2 programmes: 1 valid, 1 invalid, 2 errors, 0 warnings");
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
