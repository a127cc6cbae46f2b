package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.google.common.collect.ImmutableList;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Location;

/**
 * What reading one document or record gave.
 *
 * @param programme the programme, or null when it could not be built
 * @param findings the problems found, never null
 * @param line the line where the record starts
 * @param positions where the values of the programme lie in the document, or null when there is no
 *     programme
 */
public record Decoded(
    Programme programme, ImmutableList<Finding> findings, int line, SourcePositions positions) {

  /** A record read by a cursor: its programme, if any, and the cursor's findings and positions. */
  static Decoded of(Programme programme, TokenCursor cursor, int line) {
    return new Decoded(
        programme, cursor.findings(), line, programme == null ? null : cursor.positions());
  }

  /** A record of input that is not UTF-8, found before a parser could start. */
  static Decoded notUtf8(NotUtf8Exception e) {
    JsonLocation at = e.location();
    return problem(Problem.JSON_SYNTAX, e.getMessage(), at.getLineNr(), at.getColumnNr());
  }

  /** A record that holds only one problem, found where no parser could point. */
  static Decoded problem(Problem problem, String message, int line) {
    return problem(problem, message, line, 1);
  }

  private static Decoded problem(Problem problem, String message, int line, int column) {
    return new Decoded(
        null,
        ImmutableList.of(
            Finding.builder()
                .ruleId(problem.id())
                .severity(problem.severity())
                .location(Location.document())
                .message(message)
                .line(line)
                .column(column)
                .build()),
        line,
        null);
  }
}
