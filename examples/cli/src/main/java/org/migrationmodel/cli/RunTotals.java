package org.migrationmodel.cli;

import org.migrationmodel.json.ReadResult;
import org.migrationmodel.validation.Severity;
import org.migrationmodel.validation.ValidationReport;

/** Counts the programmes and findings of a whole validation run, across all inputs. */
final class RunTotals {
  private long programmes;
  private long valid;
  private long errors;
  private long warnings;

  void add(ReadResult record) {
    programmes++;
    ValidationReport report = record.report();
    if (report.isValid()) {
      valid++;
    }
    errors += report.count(Severity.ERROR);
    warnings += report.count(Severity.WARNING);
  }

  long programmes() {
    return programmes;
  }

  long valid() {
    return valid;
  }

  long invalid() {
    return programmes - valid;
  }

  long errors() {
    return errors;
  }

  long warnings() {
    return warnings;
  }

  /** The run's last line: {@code N programmes: V valid, I invalid, E errors, W warnings}. */
  String summaryLine() {
    return programmes
        + " programmes: "
        + valid
        + " valid, "
        + invalid()
        + " invalid, "
        + errors
        + " errors, "
        + warnings
        + " warnings";
  }
}
