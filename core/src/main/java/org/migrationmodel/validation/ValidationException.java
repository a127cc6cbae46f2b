package org.migrationmodel.validation;

import org.migrationmodel.MigrationModelException;

/** Thrown by {@link ValidationReport#throwIfInvalid()}; carries the whole report. */
public final class ValidationException extends MigrationModelException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_LISTED = 5;

  /** The report that was found invalid. */
  private final ValidationReport report;

  /**
   * An exception for an invalid report, caused by the exception of its first rule failure, if any.
   *
   * @param report the report, holding at least one error; not null
   */
  public ValidationException(ValidationReport report) {
    super(
        message(report),
        report.ruleFailures().stream().findFirst().flatMap(Finding::cause).orElse(null));
    this.report = report;
  }

  /**
   * The report that was found invalid.
   *
   * @return the report, never null
   */
  public ValidationReport report() {
    return report;
  }

  private static String message(ValidationReport report) {
    StringBuilder message =
        new StringBuilder("Invalid programme: ")
            .append(report.count(Severity.ERROR))
            .append(" error(s)");
    report.findings(Severity.ERROR).stream()
        .limit(MAX_LISTED)
        .forEach(finding -> message.append("\n  ").append(finding));
    return message.toString();
  }
}
