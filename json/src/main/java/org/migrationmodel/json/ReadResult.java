package org.migrationmodel.json;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.ValidationReport;

/**
 * What reading one document, or one record of a bulk input, gave: the programme when one could be
 * built, and one report of every problem found in reading it and, when the reader has a validator,
 * in validating it. Immutable.
 *
 * <p>A programme is built whenever its id, title and classification could be read; values that
 * could not be read are left out of it, each with a finding. Every finding, the validator's too,
 * points into the document: after an element that was left out, a list's indexes in the programme
 * differ from the document's, and the findings give the document's.
 */
public final class ReadResult {
  private final Programme programme;
  private final ValidationReport report;
  private final int recordNumber;
  private final int line;

  ReadResult(Programme programme, ValidationReport report, int recordNumber, int line) {
    this.programme = programme;
    this.report = checkNotNull(report, "report");
    this.recordNumber = recordNumber;
    this.line = line;
  }

  /**
   * The programme read.
   *
   * @return the programme, or empty when the document could not give one
   */
  public Optional<Programme> programme() {
    return Optional.ofNullable(programme);
  }

  /**
   * Every problem found, in the report's order.
   *
   * @return the report, never null
   */
  public ValidationReport report() {
    return report;
  }

  /**
   * Whether a programme was read and nothing was found in error.
   *
   * @return true when valid
   */
  public boolean isValid() {
    return programme != null && report.isValid();
  }

  /**
   * The record's number in its input, counted from 1; 1 for a single document.
   *
   * @return the number
   */
  public int recordNumber() {
    return recordNumber;
  }

  /**
   * The line of the input where the record starts, counted from 1.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  @Override
  public String toString() {
    return "Record " + recordNumber + " (line " + line + "): " + report.findings();
  }
}
