package org.migrationmodel.report;

import static com.google.common.base.Preconditions.checkNotNull;

import org.migrationmodel.json.ReadResult;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.ValidationReport;
import org.migrationmodel.validation.ValidatorProblem;

/**
 * Counts the programmes, findings and input problems of a whole run, across all inputs, one record
 * at a time. Mutable and not thread-safe: one run counts in one thread; {@link #summary()} gives
 * the counts so far as an immutable {@link RunSummary}.
 */
public final class RunTotals {

  private long programmes;
  private long valid;
  private long errors;
  private long warnings;
  private long notes;
  private long ruleFailures;
  private long unreadableRecords;
  private long unreadableInputs;
  private long inputsReadInPart;
  private long linesNotRead;

  /** A run with nothing counted yet. */
  public RunTotals() {}

  /**
   * Counts one record: a programme, valid or not, and its findings; a record that could not be read
   * counts as an invalid programme and as an unreadable record.
   *
   * @param record a record as read and validated; not null
   * @throws NullPointerException when the record is null
   */
  public void add(ReadResult record) {
    checkNotNull(record, "record");
    add(record.isValid(), record.report());
    if (record.programme().isEmpty()) {
      unreadableRecords++;
    }
  }

  void add(boolean isValid, ValidationReport report) {
    programmes++;
    if (isValid) {
      valid++;
    }
    // One pass over the findings, and none over those of a clean record: most of a bulk run.
    for (Finding finding : report.findings()) {
      switch (finding.severity()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case INFO -> notes++;
      }
      if (finding.ruleId().equals(ValidatorProblem.RULE_FAILURE.id())) {
        ruleFailures++;
      }
    }
  }

  /**
   * Counts an input that could not be read, or not to its end, with the lines of text it left.
   *
   * @param problem the input's problem; not null
   * @throws NullPointerException when the problem is null
   */
  public void add(InputProblem problem) {
    if (checkNotNull(problem, "problem").readInPart()) {
      inputsReadInPart++;
      linesNotRead += problem.linesNotRead();
    } else {
      unreadableInputs++;
    }
  }

  /**
   * The counts so far.
   *
   * @return a snapshot of the counts, never null
   */
  public RunSummary summary() {
    return new RunSummary(
        programmes,
        valid,
        errors,
        warnings,
        notes,
        ruleFailures,
        unreadableRecords,
        unreadableInputs,
        inputsReadInPart,
        linesNotRead);
  }
}
