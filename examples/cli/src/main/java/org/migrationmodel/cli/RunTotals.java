package org.migrationmodel.cli;

import org.migrationmodel.json.ReadResult;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;
import org.migrationmodel.validation.ValidationReport;
import org.migrationmodel.validation.ValidatorProblem;

/**
 * Counts the programmes, findings and input problems of a whole run, across all inputs, and gives
 * the run's exit status.
 */
public final class RunTotals {

  private long programmes;
  private long valid;
  private long errors;
  private long warnings;
  private long notes;
  private long ruleFailures;
  private long unreadableInputs;
  private long inputsReadInPart;

  /** A run with nothing counted yet. */
  public RunTotals() {}

  /**
   * Counts one record: a programme, valid or not, and its findings.
   *
   * @param record a record as read and validated; not null
   */
  public void add(ReadResult record) {
    add(record.isValid(), record.report());
  }

  void add(boolean isValid, ValidationReport report) {
    programmes++;
    if (isValid) {
      valid++;
    }
    errors += report.count(Severity.ERROR);
    warnings += report.count(Severity.WARNING);
    notes += report.count(Severity.INFO);
    ruleFailures +=
        report.findings().stream()
            .map(Finding::ruleId)
            .filter(ValidatorProblem.RULE_FAILURE.id()::equals)
            .count();
  }

  void add(InputProblem problem) {
    if (problem.readInPart()) {
      inputsReadInPart++;
    } else {
      unreadableInputs++;
    }
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

  long notes() {
    return notes;
  }

  long unreadableInputs() {
    return unreadableInputs;
  }

  long inputsReadInPart() {
    return inputsReadInPart;
  }

  /**
   * The exit status: 3 when a rule failed (a defect, whatever else happened), else 2 when an input
   * could not be read, else 1 when a programme has an error, else 0.
   */
  int exitStatus() {
    if (ruleFailures > 0) {
      return MigrationModelCli.EXIT_RULE_FAILURE;
    }
    if (unreadableInputs > 0) {
      return MigrationModelCli.EXIT_USAGE_OR_IO;
    }
    return errors > 0 ? MigrationModelCli.EXIT_INVALID : MigrationModelCli.EXIT_OK;
  }

  /**
   * The run's last line: {@code N programmes: V valid, I invalid, E errors, W warnings}, then
   * {@code , K notes} when INFO findings were made, and the inputs that were not read, or not to
   * their end, when there are any.
   *
   * @return the line, never null
   */
  public String summaryLine() {
    StringBuilder line =
        new StringBuilder()
            .append(counted(programmes, "programme"))
            .append(": ")
            .append(valid)
            .append(" valid, ")
            .append(invalid())
            .append(" invalid, ")
            .append(counted(errors, "error"))
            .append(", ")
            .append(counted(warnings, "warning"));
    if (notes > 0) {
      line.append(", ").append(counted(notes, "note"));
    }
    if (unreadableInputs > 0) {
      line.append("; ").append(counted(unreadableInputs, "input")).append(" could not be read");
    }
    if (inputsReadInPart > 0) {
      line.append("; ")
          .append(counted(inputsReadInPart, "input"))
          .append(inputsReadInPart == 1 ? " was not read to its end" : " were not read to the end");
    }
    return line.toString();
  }

  private static String counted(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
