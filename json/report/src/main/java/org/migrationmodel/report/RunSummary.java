package org.migrationmodel.report;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The counts of a validation run across all its inputs, and the run's summary line, which the
 * command-line tool prints last, the service's findings document carries and the Spark job logs.
 * Immutable. {@link RunTotals} counts a run record by record; a job that aggregates elsewhere, such
 * as on Spark, makes one from its sums.
 *
 * @param programmes the records read (an input that could not be read gives none)
 * @param valid the records without an error
 * @param errors the findings of severity ERROR
 * @param warnings the findings of severity WARNING
 * @param notes the findings of severity INFO
 * @param ruleFailures the findings of a rule that threw ({@code rule-failure}), a defect of the
 *     rule rather than of the data
 * @param unreadableRecords the records that could not be read (each is also counted as an invalid
 *     programme with an error)
 * @param unreadableInputs the inputs that could not be read at all
 * @param inputsReadInPart the inputs whose reading stopped before their end
 * @param linesNotRead the lines of text that those inputs left unread
 */
public record RunSummary(
    long programmes,
    long valid,
    long errors,
    long warnings,
    long notes,
    long ruleFailures,
    long unreadableRecords,
    long unreadableInputs,
    long inputsReadInPart,
    long linesNotRead) {

  /**
   * Checks that no count is negative and that no more records are valid than were read.
   *
   * @param programmes the records read (an input that could not be read gives none)
   * @param valid the records without an error
   * @param errors the findings of severity ERROR
   * @param warnings the findings of severity WARNING
   * @param notes the findings of severity INFO
   * @param ruleFailures the findings of a rule that threw ({@code rule-failure})
   * @param unreadableRecords the records that could not be read
   * @param unreadableInputs the inputs that could not be read at all
   * @param inputsReadInPart the inputs whose reading stopped before their end
   * @param linesNotRead the lines of text that those inputs left unread
   * @throws IllegalArgumentException when a count is negative or {@code valid > programmes}
   */
  public RunSummary {
    checkArgument(
        programmes >= 0
            && valid >= 0
            && errors >= 0
            && warnings >= 0
            && notes >= 0
            && ruleFailures >= 0
            && unreadableRecords >= 0
            && unreadableInputs >= 0
            && inputsReadInPart >= 0
            && linesNotRead >= 0,
        "Counts are never negative");
    checkArgument(
        valid <= programmes, "More valid records (%s) than records (%s)", valid, programmes);
  }

  /**
   * The records with an error.
   *
   * @return {@code programmes - valid}
   */
  public long invalid() {
    return programmes - valid;
  }

  /**
   * The run's summary line: {@code N programmes: V valid, I invalid, E errors, W warnings}, then
   * {@code , K notes} when INFO findings were made, then the records that could not be read, and
   * the inputs that were not read, or not to their end, with the lines of text they left, when
   * there are any. A count of one takes the singular.
   *
   * @return the line, without a line break; never null
   */
  public String line() {
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
