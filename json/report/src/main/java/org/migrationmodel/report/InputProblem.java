package org.migrationmodel.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalInt;

/**
 * An input that could not be read, or not to its end, in plain words. Immutable.
 *
 * @param input the input's name as the output shows it, such as a file name; not null
 * @param reason why, such as "no such file"; not null
 * @param line the line where reading stopped, when it stopped inside the input; not null
 */
public record InputProblem(String input, String reason, OptionalInt line) {

  /**
   * Checks that no component is null.
   *
   * @param input the input's name as the output shows it; not null
   * @param reason why; not null
   * @param line the line where reading stopped, when it stopped inside the input; not null
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
    return new InputProblem(input, reason, OptionalInt.empty());
  }

  /**
   * An input whose reading stopped at malformed or cut-off JSON, after the records before it.
   *
   * @param input the input's name; not null
   * @param line the line where reading stopped, from 1
   * @return the problem, with its line
   * @throws NullPointerException when the input is null
   */
  public static InputProblem stoppedEarly(String input, int line) {
    return new InputProblem(
        input,
        "reading stopped at line "
            + line
            + ", at JSON that is cut off or malformed; the rest of the input was not read",
        OptionalInt.of(line));
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
