package org.migrationmodel.report;

import java.util.ArrayList;
import java.util.List;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.validation.Finding;

/**
 * What a portfolio report could not count: the records that could not be read, the first of them
 * named with their line and why, and the inputs that were not read to their end, with the lines of
 * text they left. A report shows it before the portfolio, so that it is never taken for complete.
 * Not thread-safe.
 */
public final class UnreadRecords {
  /** How many records and inputs are named; the rest are counted. */
  static final int NAMED = 10;

  private final List<String> named = new ArrayList<>();
  private long records;
  private long inputs;
  private long linesNotRead;

  /** Nothing left out yet. */
  public UnreadRecords() {}

  /**
   * Notes a record, when it could not be read.
   *
   * @param input the input's name as the output shows it; not null
   * @param record the record; not null
   * @return whether it could not be read, and was noted
   * @throws NullPointerException when an argument is null
   */
  public boolean add(String input, ReadResult record) {
    if (record.programme().isPresent()) {
      return false;
    }
    records++;
    name(describe(input, record));
    return true;
  }

  /**
   * Notes an input that could not be read, or not to its end.
   *
   * @param problem the input's problem; not null
   */
  public void add(InputProblem problem) {
    inputs++;
    linesNotRead += problem.linesNotRead();
    name(problem.toString());
  }

  /**
   * One line for a record that could not be read: where it is, and its first finding, which says
   * why.
   *
   * @param input the input's name as the output shows it; not null
   * @param record a record that could not be read, so with at least one finding; not null
   * @return the line, never null
   */
  public static String describe(String input, ReadResult record) {
    Finding first = record.report().findings().get(0);
    return input
        + " record "
        + record.recordNumber()
        + " (line "
        + first.line().orElse(record.line())
        + ") could not be read: "
        + first.ruleId()
        + ": "
        + first.message();
  }

  private void name(String line) {
    if (named.size() < NAMED) {
      named.add(line);
    }
  }

  /**
   * Whether everything was read.
   *
   * @return true when no record or input was noted
   */
  public boolean isEmpty() {
    return records == 0 && inputs == 0;
  }

  /**
   * What was left out, in one sentence: the records not counted, then the inputs not read whole
   * with the lines of text they left.
   */
  String heading() {
    StringBuilder heading = new StringBuilder("Incomplete: ");
    if (records > 0) {
      heading
          .append(records)
          .append(records == 1 ? " record could not be read" : " records could not be read")
          .append(" and the portfolio does not count ")
          .append(records == 1 ? "it" : "them");
    }
    if (inputs > 0) {
      heading
          .append(records > 0 ? "; " : "")
          .append(inputs)
          .append(inputs == 1 ? " input was" : " inputs were")
          .append(" not read whole (")
          .append(linesNotRead)
          .append(linesNotRead == 1 ? " line" : " lines")
          .append(" of text not read)");
    }
    return heading.append('.').toString();
  }

  /** The records and inputs named, then how many more there are. */
  List<String> details() {
    List<String> details = new ArrayList<>(named);
    long more = records + inputs - named.size();
    if (more > 0) {
      details.add("and " + more + " more; validate names them all.");
    }
    return details;
  }
}
