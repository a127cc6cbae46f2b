package org.migrationmodel.spark;

/**
 * The counts of a validation run, across all inputs.
 *
 * @param programmes the records read (blank lines are none)
 * @param valid the records without an error
 * @param errors the findings of severity ERROR
 * @param warnings the findings of severity WARNING
 */
public record RunSummary(long programmes, long valid, long errors, long warnings) {

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
   * warnings}.
   *
   * @return the line, without a line break
   */
  public String line() {
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
