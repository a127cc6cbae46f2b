package org.migrationmodel.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalInt;

/**
 * How many records a bulk read went through, and whether it read all of its input. Every record is
 * counted as valid or invalid, so {@code read == valid + invalid}; a record that could not be read
 * at all (malformed, or refused) is invalid, and counted as unreadable too. A problem outside any
 * record (an empty input, a value that is not an array, text after the array) counts as an invalid,
 * unreadable record of its own. Where the reader could not tell where the next record starts (in a
 * JSON array after malformed JSON, or in a single document that breaks off), it stops, and the
 * lines after that point that hold text are counted as not read; in NDJSON every line is read.
 *
 * @param read the records read
 * @param valid the records that gave a value and a report without errors
 * @param invalid the records with at least one error, including those that gave no value
 * @param unreadable the records that gave no value: no programme, or no JSON tree
 * @param complete whether reading went to the end of the input: false when it stopped with text
 *     left unread, and while records remain to be read
 * @param stoppedAtLine the line where reading stopped with text left unread, as the last record's
 *     finding also says; empty when it did not stop early
 * @param linesNotRead how many lines, from {@code stoppedAtLine} on, hold text that was not read:
 *     each later line that is not blank, and that line too when another value starts there, or, in
 *     a JSON array, when text is left on it after the problem (further records may be there); 0
 *     when reading did not stop early
 */
public record BulkSummary(
    int read,
    int valid,
    int invalid,
    int unreadable,
    boolean complete,
    OptionalInt stoppedAtLine,
    long linesNotRead) {

  /**
   * Checks that the counts agree: a summary that stopped early says where and how much it left, and
   * a complete one did not stop.
   *
   * @param read the records read
   * @param valid the records that gave a value and a report without errors
   * @param invalid the records with at least one error, including those that gave no value
   * @param unreadable the records that gave no value: no programme, or no JSON tree
   * @param complete whether reading went to the end of the input: false when it stopped with text
   *     left unread, and while records remain to be read
   * @param stoppedAtLine the line where reading stopped with text left unread; empty when it did
   *     not stop early
   * @param linesNotRead how many lines, from {@code stoppedAtLine} on, hold text that was not read;
   *     0 when reading did not stop early
   * @throws IllegalArgumentException when the counts disagree: {@code read != valid + invalid},
   *     more unreadable records than invalid ones, a complete read that stopped, or a stopping line
   *     without lines not read (or the other way round)
   */
  public BulkSummary {
    checkNotNull(stoppedAtLine, "stoppedAtLine");
    checkArgument(
        read == valid + invalid,
        "%s records read, but %s valid and %s invalid",
        read,
        valid,
        invalid);
    checkArgument(
        unreadable >= 0 && unreadable <= invalid,
        "%s unreadable records, but %s invalid",
        unreadable,
        invalid);
    checkArgument(
        !(complete && stoppedAtLine.isPresent()),
        "A complete read cannot have stopped early, at line %s",
        stoppedAtLine);
    checkArgument(
        stoppedAtLine.isPresent() == linesNotRead > 0,
        "Reading that stopped at %s left %s lines not read",
        stoppedAtLine,
        linesNotRead);
  }
}
