package org.migrationmodel.cli;

import org.migrationmodel.json.ReadResult;
import org.migrationmodel.validation.Severity;
import org.migrationmodel.validation.ValidationReport;

/** Counts the programmes and findings of a whole validation run, across all inputs. */
public final class RunTotals {
  private long programmes;
  private long valid;
  private long errors;
  private long warnings;

  /** A run with nothing counted yet. */
  public RunTotals() {}

  /**
   * Counts one record: a programme, valid or not, and its errors and warnings.
   *
   * @param record a record as read and validated; not null
   */
  public void add(ReadResult record) {
    programmes++;
    ValidationReport report = record.report();
    if (report.isValid()) {
      valid++;
    }
    errors += report.count(Severity.ERROR);
    warnings += report.count(Severity.WARNING);
  }

  /**
   * The records counted.
   *
   * @return zero or more
   */
  public long programmes() {
    return programmes;
  }

  /**
   * The records without an error.
   *
   * @return zero or more
   */
  public long valid() {
    return valid;
  }

  /**
   * The records with at least one error.
   *
   * @return zero or more
   */
  public long invalid() {
    return programmes - valid;
  }

  /**
   * The errors in all records.
   *
   * @return zero or more
   */
  public long errors() {
    return errors;
  }

  /**
   * The warnings in all records.
   *
   * @return zero or more
   */
  public long warnings() {
    return warnings;
  }

  /**
   * The run's last line: {@code N programmes: V valid, I invalid, E errors, W warnings}.
   *
   * @return the line, never null
   */
  public String summaryLine() {
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
