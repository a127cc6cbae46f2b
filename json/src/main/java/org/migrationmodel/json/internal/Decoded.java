package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.google.common.collect.ImmutableList;
import java.util.function.Supplier;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Location;

/**
 * What reading one document or record gave.
 *
 * @param <T> what a record is read as: a programme, or a JSON tree
 * @param value the value read, or null when it could not be
 * @param findings the problems found, never null
 * @param line the line where the record starts
 * @param positions gives where the values of the programme lie in the document, noted while it was
 *     read or found by reading it again; null when there is no programme or they are not wanted. Of
 *     a record whose bytes its source reuses, good only until the source reads on.
 */
public record Decoded<T>(
    T value, ImmutableList<Finding> findings, int line, Supplier<SourcePositions> positions) {

  /** A record read by a cursor: its value, if any, and the cursor's findings and positions. */
  static <T> Decoded<T> of(T value, TokenCursor cursor, int line) {
    SourcePositions noted = cursor.positions();
    return new Decoded<>(
        value, cursor.findings(), line, value == null || noted == null ? null : () -> noted);
  }

  /** This record, its positions found when asked for, by reading it again. */
  Decoded<T> withPositionsFoundBy(Supplier<SourcePositions> finding) {
    return new Decoded<>(value, findings, line, value == null ? null : finding);
  }

  /** A record of input that is not UTF-8, found before a parser could start. */
  static <T> Decoded<T> notUtf8(NotUtf8Exception e) {
    JsonLocation at = e.location();
    return problem(Problem.JSON_SYNTAX, e.getMessage(), at.getLineNr(), at.getColumnNr());
  }

  /** A record that holds only one problem, found where no parser could point. */
  static <T> Decoded<T> problem(Problem problem, String message, int line) {
    return problem(problem, message, line, 1);
  }

  private static <T> Decoded<T> problem(Problem problem, String message, int line, int column) {
    return new Decoded<>(
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
