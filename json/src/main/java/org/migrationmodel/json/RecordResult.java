package org.migrationmodel.json;

import static com.google.common.base.Preconditions.checkNotNull;

import org.migrationmodel.validation.ValidationReport;

/**
 * What reading one record gave: its value when one could be had, one report of the problems found,
 * and where the record is. The value of {@link ReadResult} is a programme, that of {@link
 * JsonRecord} a JSON tree. Immutable but for the value's own state.
 *
 * @param <V> the value a record is read as
 */
abstract class RecordResult<V> {
  private final V value;
  private final ValidationReport report;
  private final int recordNumber;
  private final int line;

  RecordResult(V value, ValidationReport report, int recordNumber, int line) {
    this.value = value;
    this.report = checkNotNull(report, "report");
    this.recordNumber = recordNumber;
    this.line = line;
  }

  /** The value, or null when none could be had. */
  final V valueOrNull() {
    return value;
  }

  /**
   * Every problem found, in the report's order.
   *
   * @return the report, never null
   */
  public final ValidationReport report() {
    return report;
  }

  /**
   * Whether a value (a programme, or a JSON tree) was read and nothing was found in error.
   *
   * @return true when valid
   */
  public final boolean isValid() {
    return value != null && report.isValid();
  }

  /**
   * The record's number in its input, counted from 1; 1 for a single document.
   *
   * @return the number
   */
  public final int recordNumber() {
    return recordNumber;
  }

  /**
   * The line of the input where the record starts, counted from 1.
   *
   * @return the line
   */
  public final int line() {
    return line;
  }

  @Override
  public final String toString() {
    return "Record " + recordNumber + " (line " + line + "): " + report.findings();
  }
}
