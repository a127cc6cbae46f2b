package org.migrationmodel.json.internal;

import org.migrationmodel.validation.Severity;

/**
 * The kinds of problem the decoder reports, by the ids their findings carry. The public {@link
 * org.migrationmodel.json.JsonProblem} documents each and takes its id from here, so that this
 * package needs nothing of the package that uses it.
 */
public enum Problem {
  /** See {@code JsonProblem.JSON_SYNTAX}. */
  JSON_SYNTAX("json-syntax"),
  /** See {@code JsonProblem.LIMIT_EXCEEDED}. */
  LIMIT_EXCEEDED("limit-exceeded"),
  /** See {@code JsonProblem.UNKNOWN_MEMBER}. */
  UNKNOWN_MEMBER("unknown-member"),
  /** See {@code JsonProblem.DUPLICATE_MEMBER}. */
  DUPLICATE_MEMBER("duplicate-member"),
  /** See {@code JsonProblem.WRONG_TYPE}. */
  WRONG_TYPE("wrong-type"),
  /** See {@code JsonProblem.MISSING_MEMBER}. */
  MISSING_MEMBER("missing-member"),
  /** See {@code JsonProblem.NULL_VALUE}. */
  NULL_VALUE("null-value"),
  /** See {@code JsonProblem.UNKNOWN_CODE}. */
  UNKNOWN_CODE("unknown-code"),
  /** See {@code JsonProblem.INVALID_VALUE}. */
  INVALID_VALUE("invalid-value"),
  /** See {@code JsonProblem.UNSUPPORTED_MODEL_VERSION}. */
  UNSUPPORTED_MODEL_VERSION("unsupported-model-version");

  private final String id;

  Problem(String id) {
    this.id = id;
  }

  /** The id that findings of this kind carry as their rule id. */
  public String id() {
    return id;
  }

  /** Every reading problem is an error. */
  public Severity severity() {
    return Severity.ERROR;
  }
}
