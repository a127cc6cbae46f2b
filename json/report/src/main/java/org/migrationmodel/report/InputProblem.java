package org.migrationmodel.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.OptionalInt;
import org.migrationmodel.json.BulkSummary;

/**
 * An input that could not be read, or not to its end, in plain words. Immutable.
 *
 * @param input the input's name as the output shows it, such as a file name; not null
 * @param reason why, such as "no such file"; not null
 * @param line the line where reading stopped, when it stopped inside the input; not null
 * @param linesNotRead how many lines, from that line on, hold text that was not read; 0 when
 *     reading did not stop inside the input
 */
public record InputProblem(String input, String reason, OptionalInt line, long linesNotRead) {

  /**
   * Checks that no component is null.
   *
   * @param input the input's name as the output shows it; not null
   * @param reason why; not null
   * @param line the line where reading stopped, when it stopped inside the input; not null
   * @param linesNotRead how many lines, from that line on, hold text that was not read
   * @throws NullPointerException when a component is null
   */
  public InputProblem {
    checkNotNull(input, "input");
    checkNotNull(reason, "reason");
    checkNotNull(line, "line");
  }

  /**
   * An input of which nothing could be read.
   *
   * @param input the input's name; not null
   * @param reason why, such as "no such file"; not null
   * @return the problem, without a line
   * @throws NullPointerException when an argument is null
   */
  public static InputProblem unreadable(String input, String reason) {
    return new InputProblem(input, reason, OptionalInt.empty(), 0);
  }

  /**
   * The problem of an input whose reading stopped before its end, as its summary says.
   *
   * @param input the input's name as the output shows it; not null
   * @param summary the summary of reading the input to where it stopped; not null
   * @return the problem, or empty when the input was read to its end
   * @throws NullPointerException when an argument is null
   */
  public static Optional<InputProblem> of(String input, BulkSummary summary) {
    if (summary.stoppedAtLine().isEmpty()) {
      return Optional.empty();
    }
    int line = summary.stoppedAtLine().getAsInt();
    long lines = summary.linesNotRead();
    return Optional.of(
        new InputProblem(
            input,
            "reading stopped at line "
                + line
                + ", where the reader cannot tell where the next record starts (malformed JSON"
                + " in an array, or a document that breaks off or is followed by more); "
                + lines
                + (lines == 1 ? " line" : " lines")
                + " of text from there on "
                + (lines == 1 ? "was" : "were")
                + " not read",
            OptionalInt.of(line),
            lines));
  }

  /**
   * Whether some of the input was read before reading stopped.
   *
   * @return true when the problem has a line
   */
  public boolean readInPart() {
    return line.isPresent();
  }

  /**
   * One line for people: the input's name and the reason.
   *
   * @return {@code input: reason}
   */
  @Override
  public String toString() {
    return input + ": " + reason;
  }
}
