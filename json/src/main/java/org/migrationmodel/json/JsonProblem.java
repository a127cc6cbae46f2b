package org.migrationmodel.json;

import org.migrationmodel.json.internal.Problem;
import org.migrationmodel.validation.Severity;

/**
 * The kinds of problem a {@link ProgrammeReader} finds in a document. Each is reported as a {@link
 * org.migrationmodel.validation.Finding} whose {@link
 * org.migrationmodel.validation.Finding#ruleId() rule id} is the problem's {@link #id()}, at
 * severity {@link Severity#ERROR}, with the JSON Pointer, line and column of the offending value.
 *
 * <p>Match findings on {@link #id()}, never on their messages.
 */
public enum JsonProblem {
  /**
   * The input is not well-formed JSON: it is empty, truncated, not valid UTF-8, holds {@code NaN}
   * or {@code Infinity} or another token JSON does not have, or text follows the document. The rest
   * of the document (or of the JSON array) cannot be read.
   */
  JSON_SYNTAX(Problem.JSON_SYNTAX),
  /**
   * The input goes beyond one of the reader's limits: nesting depth, string, number or member name
   * length, document (record) length, or the number of problems or unknown members one record may
   * hold.
   */
  LIMIT_EXCEEDED(Problem.LIMIT_EXCEEDED),
  /** A member that the document format does not have; only a strict reader reports it. */
  UNKNOWN_MEMBER(Problem.UNKNOWN_MEMBER),
  /** An object repeats a member name; the first value is kept. */
  DUPLICATE_MEMBER(Problem.DUPLICATE_MEMBER),
  /** A value of the wrong JSON type, such as a number given for a code or a string for a list. */
  WRONG_TYPE(Problem.WRONG_TYPE),
  /** A required member is absent. */
  MISSING_MEMBER(Problem.MISSING_MEMBER),
  /**
   * {@code null} where a value is required; a strict reader requires a value wherever a member is
   * given.
   */
  NULL_VALUE(Problem.NULL_VALUE),
  /**
   * A code that names no term of its vocabulary, or (for a strict reader) a term spelt other than
   * by its exact code; the finding's suggestions hold the closest valid codes.
   */
  UNKNOWN_CODE(Problem.UNKNOWN_CODE),
  /**
   * A value of the right type that cannot stand for what it should: a date that is not an ISO-8601
   * calendar date, a number whose exponent is out of range, a malformed {@code modelVersion}.
   */
  INVALID_VALUE(Problem.INVALID_VALUE),
  /**
   * The document's {@code modelVersion} has a major version this release cannot read; the document
   * is refused.
   */
  UNSUPPORTED_MODEL_VERSION(Problem.UNSUPPORTED_MODEL_VERSION);

  private final Problem problem;

  JsonProblem(Problem problem) {
    this.problem = problem;
  }

  /**
   * The stable id that findings of this kind carry as their rule id, in kebab case.
   *
   * @return the id, never null
   */
  public String id() {
    return problem.id();
  }

  /**
   * The severity of findings of this kind: every reading problem is an error.
   *
   * @return {@link Severity#ERROR}
   */
  public Severity severity() {
    return Severity.ERROR;
  }
}
