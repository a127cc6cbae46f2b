package org.migrationmodel.cli;

import org.migrationmodel.json.ReadResult;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;
import org.migrationmodel.validation.ValidationReport;
import org.migrationmodel.validation.ValidatorProblem;

/**
 * Counts the programmes, findings and input problems of a whole run, across all inputs, and gives
 * the run's exit status. A record that could not be read is counted as an invalid programme and as
 * an unreadable record; an input whose reading stopped early adds the lines of text it left.
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
   * Counts one record: a programme, valid or not, and its findings.
   *
   * @param record a record as read and validated; not null
   */
  public void add(ReadResult record) {
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
    errors += report.count(Severity.ERROR);
    warnings += report.count(Severity.WARNING);
    notes += report.count(Severity.INFO);
    ruleFailures +=
        report.findings().stream()
            .map(Finding::ruleId)
            .filter(ValidatorProblem.RULE_FAILURE.id()::equals)
            .count();
  }

  /**
   * Counts an input that could not be read, or not to its end.
   *
   * @param problem the input's problem; not null
   */
  public void add(InputProblem problem) {
    if (problem.readInPart()) {
      inputsReadInPart++;
      linesNotRead += problem.linesNotRead();
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

  long unreadableRecords() {
    return unreadableRecords;
  }

  long unreadableInputs() {
    return unreadableInputs;
  }

  long linesNotRead() {
    return linesNotRead;
  }

  long inputsReadInPart() {
    return inputsReadInPart;
  }

  /**
   * The exit status of a run that judges the programmes (validate): 3 when a rule failed (a defect,
   * whatever else happened), else 2 when an input could not be read, or not to its end, else 1 when
   * a programme has an error (a record that could not be read has one), else 0.
   */
  int exitStatus() {
    if (ruleFailures > 0) {
      return MigrationModelCli.EXIT_RULE_FAILURE;
    }
    if (unreadableInputs > 0 || inputsReadInPart > 0) {
      return MigrationModelCli.EXIT_USAGE_OR_IO;
    }
    return errors > 0 ? MigrationModelCli.EXIT_INVALID : MigrationModelCli.EXIT_OK;
  }

  /**
   * The exit status of a run that uses the programmes without judging them (report, crosswalk): 2
   * when an input could not be read, or not to its end, else 1 when a record could not be read,
   * else 0.
   */
  int readingStatus() {
    if (unreadableInputs > 0 || inputsReadInPart > 0) {
      return MigrationModelCli.EXIT_USAGE_OR_IO;
    }
    return unreadableRecords > 0 ? MigrationModelCli.EXIT_INVALID : MigrationModelCli.EXIT_OK;
  }

  /**
   * The run's last line: {@code N programmes: V valid, I invalid, E errors, W warnings}, then
   * {@code , K notes} when INFO findings were made, then the records that could not be read, and
   * the inputs that were not read, or not to their end, with the lines of text they left, when
   * there are any.
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
    if (unreadableRecords > 0) {
      line.append("; ").append(counted(unreadableRecords, "record")).append(" could not be read");
    }
    if (unreadableInputs > 0) {
      line.append("; ").append(counted(unreadableInputs, "input")).append(" could not be read");
    }
    if (inputsReadInPart > 0) {
      line.append("; ")
          .append(counted(inputsReadInPart, "input"))
          .append(inputsReadInPart == 1 ? " was not read to its end" : " were not read to the end")
          .append(" (")
          .append(counted(linesNotRead, "line"))
          .append(" of text not read)");
    }
    return line.toString();
  }

  private static String counted(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
