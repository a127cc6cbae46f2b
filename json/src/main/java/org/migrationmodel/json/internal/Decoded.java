package org.migrationmodel.json.internal;

import com.google.common.collect.ImmutableList;
import org.migrationmodel.json.JsonProblem;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Finding;

/**
 * What reading one document or record gave.
 *
 * @param programme the programme, or null when it could not be built
 * @param findings the problems found, never null
 * @param line the line where the record starts
 */
public record Decoded(Programme programme, ImmutableList<Finding> findings, int line) {

  /** A record that holds only one problem, found where no parser could point. */
  static Decoded problem(JsonProblem problem, String message, int line) {
    return new Decoded(
        null,
        ImmutableList.of(
            Finding.builder()
                .ruleId(problem.id())
                .severity(problem.severity())
                .pointer("")
                .message(message)
                .line(line)
                .column(1)
                .build()),
        line);
  }
}
