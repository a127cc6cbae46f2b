package org.migrationmodel.cli;

import java.util.OptionalInt;

/**
 * An input that could not be read, or not to its end, in plain words.
 *
 * @param input the input's name as the output shows it
 * @param reason why, such as "no such file"
 * @param line the line where reading stopped, when it stopped inside the input
 */
record InputProblem(String input, String reason, OptionalInt line) {

  static InputProblem unreadable(String input, String reason) {
    return new InputProblem(input, reason, OptionalInt.empty());
  }

  static InputProblem stoppedEarly(String input, int line) {
    return new InputProblem(
        input,
        "reading stopped at line "
            + line
            + ", at JSON that is cut off or malformed; the rest of the input was not read",
        OptionalInt.of(line));
  }

  /** Whether some of the input was read before reading stopped. */
  boolean readInPart() {
    return line.isPresent();
  }

  /** One line for people: the input's name and the reason. */
  @Override
  public String toString() {
    return input + ": " + reason;
  }
}
