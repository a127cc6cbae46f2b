package org.migrationmodel.report;

import java.io.IOException;
import org.migrationmodel.json.ReadResult;

/**
 * Writes the findings of a validation run as the records are read, in one output format. A printer
 * is used for one run, in one thread: {@link #start()}, then {@link #record} and {@link #problem}
 * in input order, then {@link #finish}.
 */
public interface FindingsPrinter {

  /**
   * Called once before the first input.
   *
   * @throws IOException when writing fails
   */
  void start() throws IOException;

  /**
   * Called for every record of an input, in order.
   *
   * @param input the input's name as the output shows it; not null
   * @param record the record as read and validated; not null
   * @throws IOException when writing fails
   */
  void record(String input, ReadResult record) throws IOException;

  /**
   * Called for an input that could not be read, or not to its end, after its records.
   *
   * @param problem what went wrong; not null
   * @throws IOException when writing fails
   */
  void problem(InputProblem problem) throws IOException;

  /**
   * Called once after the last input.
   *
   * @param summary the run's counts; not null
   * @throws IOException when writing fails
   */
  void finish(RunSummary summary) throws IOException;
}
