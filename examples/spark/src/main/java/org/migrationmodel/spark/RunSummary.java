package org.migrationmodel.spark;

/**
 * The counts of a validation run, across all inputs.
 *
 * @param programmes the records read (blank lines are none)
 * @param valid the records without an error
 * @param errors the findings of severity ERROR
 * @param warnings the findings of severity WARNING
 * @param notes the findings of severity INFO
 * @param ruleFailures the findings of a rule that threw ({@code rule-failure}), a defect of the
 *     rule
 */
public record RunSummary(
    long programmes, long valid, long errors, long warnings, long notes, long ruleFailures) {

  /**
   * The records with an error.
   *
   * @return programmes less valid ones
   */
  public long invalid() {
    return programmes - valid;
  }

  /**
   * The command-line tool's last line: {@code N programmes: V valid, I invalid, E errors, W
   * warnings}, then {@code , K notes} when there are notes; a count of one takes the singular.
   *
   * @return the line, without a line break
   */
  public String line() {
    String line =
        counted(programmes, "programme")
            + ": "
            + valid
            + " valid, "
            + invalid()
            + " invalid, "
            + counted(errors, "error")
            + ", "
            + counted(warnings, "warning");
    return notes > 0 ? line + ", " + counted(notes, "note") : line;
  }

  private static String counted(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
