package org.migrationmodel.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalInt;

/**
 * How many records a bulk read went through. Every record is counted as valid or invalid, so {@code
 * read == valid + invalid}; a problem outside any record (an empty input, a value that is not an
 * array, text after the array) counts as an invalid record of its own.
 *
 * @param read the records read
 * @param valid the records that gave a programme and a report without errors
 * @param invalid the records with at least one error, including those that gave no programme
 * @param complete whether reading went to the end of the input, rather than stopping at malformed
 *     JSON in a JSON array (such as an array cut off part way through a record): the records after
 *     it are neither read nor counted; false too while records remain to be read
 * @param stoppedAtLine the line where reading stopped before the end of the input, as the last
 *     record's finding also says; empty when it did not stop early
 */
public record BulkSummary(
    int read, int valid, int invalid, boolean complete, OptionalInt stoppedAtLine) {

  /**
   * Checks that a summary that stopped early says where, and that a complete one did not stop.
   *
   * @param read the records read
   * @param valid the records that gave a programme and a report without errors
   * @param invalid the records with at least one error, including those that gave no programme
   * @param complete whether reading went to the end of the input, rather than stopping at malformed
   *     JSON in a JSON array (such as an array cut off part way through a record): the records
   *     after it are neither read nor counted; false too while records remain to be read
   * @param stoppedAtLine the line where reading stopped before the end of the input, as the last
   *     record's finding also says; empty when it did not stop early
   */
  public BulkSummary {
    checkNotNull(stoppedAtLine, "stoppedAtLine");
    checkArgument(
        !(complete && stoppedAtLine.isPresent()),
        "A complete read cannot have stopped early, at line %s",
        stoppedAtLine);
  }
}
