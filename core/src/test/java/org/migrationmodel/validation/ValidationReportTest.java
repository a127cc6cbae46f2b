package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static Finding finding(String ruleId, Severity severity, String pointer) {
    return Finding.builder()
        .ruleId(ruleId)
        .severity(severity)
        .location(Location.pointer(pointer))
        .message("message of " + ruleId)
        .build();
  }

  @Test
  void ordersBySeverityThenLocationThenRule() {
    ValidationReport report =
        ValidationReport.of(
            List.of(
                finding("b-rule", Severity.INFO, "/title"),
                finding("z-rule", Severity.ERROR, "/id"),
                finding("a-rule", Severity.ERROR, "/id"),
                finding("c-rule", Severity.ERROR, "/budget/allocations/10"),
                finding("d-rule", Severity.ERROR, "/budget/allocations/9"),
                finding("e-rule", Severity.WARNING, "")));
    assertThat(report.findings())
        .extracting(Finding::ruleId)
        .containsExactly("d-rule", "c-rule", "a-rule", "z-rule", "e-rule", "b-rule");
  }

  @Test
  void aReportWithOnlyWarningsAndInformationIsValid() {
    ValidationReport report =
        ValidationReport.of(
            List.of(finding("w", Severity.WARNING, "/a"), finding("i", Severity.INFO, "/b")));
    assertThat(report.isValid()).isTrue();
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    assertThat(report.count(Severity.INFO)).isEqualTo(1);
    assertThat(report.count(Severity.ERROR)).isZero();
    report.throwIfInvalid();
  }

  @Test
  void anErrorGivenAfterOtherFindingsStillMakesTheReportInvalid() {
    ValidationReport report =
        ValidationReport.of(
            List.of(
                finding("i", Severity.INFO, "/a"),
                finding("w", Severity.WARNING, "/b"),
                finding("e1", Severity.ERROR, "/c"),
                finding("e2", Severity.ERROR, "/d")));
    assertThat(report.isValid()).isFalse();
    assertThat(report.count(Severity.ERROR)).isEqualTo(2);
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
  }

  @Test
  void theEmptyReportIsValid() {
    assertThat(ValidationReport.empty().isValid()).isTrue();
    assertThat(ValidationReport.of(List.of()).isValid()).isTrue();
    assertThat(ValidationReport.empty().count(Severity.ERROR)).isZero();
  }

  @Test
  void throwIfInvalidCarriesTheWholeReport() {
    ValidationReport report =
        ValidationReport.of(
            List.of(finding("e", Severity.ERROR, "/id"), finding("w", Severity.WARNING, "/a")));
    assertThat(report.isValid()).isFalse();
    assertThatThrownBy(report::throwIfInvalid)
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.report()).isEqualTo(report))
        .hasMessageContaining("1 error(s)")
        .hasMessageContaining("ERROR e at /id");
  }

  @Test
  void plusMergesAndReorders() {
    ValidationReport reading = ValidationReport.of(List.of(finding("w", Severity.WARNING, "/a")));
    ValidationReport validating = ValidationReport.of(List.of(finding("e", Severity.ERROR, "/b")));
    assertThat(reading.plus(validating).findings())
        .extracting(Finding::ruleId)
        .containsExactly("e", "w");
    assertThat(ValidationReport.empty().findings()).isEmpty();
    assertThat(ValidationReport.empty().plus(reading)).isEqualTo(reading);
  }

  @Test
  void findingsOfOneSeverityKeepTheReportOrder() {
    ValidationReport report =
        ValidationReport.of(
            List.of(
                finding("w2", Severity.WARNING, "/b"),
                finding("e", Severity.ERROR, "/a"),
                finding("w1", Severity.WARNING, "/a")));
    assertThat(report.findings(Severity.WARNING))
        .extracting(Finding::ruleId)
        .containsExactly("w1", "w2");
  }
}
