package org.migrationmodel.cli;

import java.io.IOException;
import org.migrationmodel.json.ReadResult;

/** Writes the findings of a validation run as the records are read, in one output format. */
interface FindingsPrinter {

  /** Called once before the first input. */
  void start() throws IOException;

  /** Called for every record of an input, in order. */
  void record(String input, ReadResult record) throws IOException;

  /** Called for an input that could not be read, or not to its end, after its records. */
  void problem(InputProblem problem) throws IOException;

  /** Called once after the last input. */
  void finish(RunTotals totals) throws IOException;
}
