package org.migrationmodel.json;

import org.migrationmodel.json.internal.Problem;
import org.migrationmodel.validation.FindingType;
import org.migrationmodel.validation.Severity;

/**
 * The kinds of problem a {@link ProgrammeReader} finds in a document. Each is reported as a {@link
 * org.migrationmodel.validation.Finding} whose {@link
 * org.migrationmodel.validation.Finding#ruleId() rule id} is the problem's {@link #id()}, at
 * severity {@link Severity#ERROR}, with the JSON Pointer, line and column of the offending value.
 *
 * <p>Match findings on {@link #id()}, never on their messages.
 */
public enum JsonProblem implements FindingType {
  /**
   * The input is not well-formed JSON: it is empty, truncated, not valid UTF-8, holds {@code NaN}
   * or {@code Infinity} or another token JSON does not have, or text follows the document. The rest
   * of the document (or of the JSON array) cannot be read.
   */
  JSON_SYNTAX(
      Problem.JSON_SYNTAX,
      "The input is not well-formed JSON: empty, cut off, not UTF-8, holding NaN or another token JSON does not have, or followed by more text. Nothing after that point in the document or JSON array can be read.",
      "A reader that guessed where a broken document resumes could invent or drop values; it stops there and says where, so that the JSON can be corrected at the line and column given."),
  /**
   * The input goes beyond one of the reader's limits: nesting depth, string, number or member name
   * length, document (record) length, or the number of problems or unknown members one record may
   * hold.
   */
  LIMIT_EXCEEDED(
      Problem.LIMIT_EXCEEDED,
      "The input goes beyond one of the reader's limits: nesting depth, the length of a string, number, member name or record, or the number of problems or unknown members one record may hold.",
      "The limits keep a hostile or corrupt input from exhausting memory or time; a record beyond them is reported, not read, so that it can be split or corrected."),
  /** A member that the document format does not have; only a strict reader reports it. */
  UNKNOWN_MEMBER(
      Problem.UNKNOWN_MEMBER,
      "The document has a member that the programme format does not have; only a strict reader reports it.",
      "A misspelt member would otherwise be dropped without a word; a lenient reader keeps unknown members as they are so that writing the programme back loses nothing."),
  /** An object repeats a member name; the first value is kept. */
  DUPLICATE_MEMBER(
      Problem.DUPLICATE_MEMBER,
      "An object gives the same member twice; the first value is kept.",
      "JSON leaves the meaning of a repeated member open and parsers disagree on which value wins; the reader keeps the first and says so."),
  /** A value of the wrong JSON type, such as a number given for a code or a string for a list. */
  WRONG_TYPE(
      Problem.WRONG_TYPE,
      "A value has the wrong JSON type, such as a number where a code is expected or a string where a list is.",
      "The reader reports what it cannot read exactly instead of guessing, so that no value is lost or changed without a finding that points at it."),
  /** A required member is absent. */
  MISSING_MEMBER(
      Problem.MISSING_MEMBER,
      "A required member is absent.",
      "A programme without its id, title or classification cannot be joined, recognised or placed in the model."),
  /**
   * {@code null} where a value is required; a strict reader requires a value wherever a member is
   * given.
   */
  NULL_VALUE(
      Problem.NULL_VALUE,
      "null is given where a value is required; a strict reader requires a value wherever a member is given.",
      "The reader reports what it cannot read exactly instead of guessing, so that no value is lost or changed without a finding that points at it."),
  /**
   * A code that names no term of its vocabulary, or (for a strict reader) a term spelt other than
   * by its exact code; the finding's suggestions hold the closest valid codes.
   */
  UNKNOWN_CODE(
      Problem.UNKNOWN_CODE,
      "A code names no term of its vocabulary or, for a strict reader, is not spelt exactly as the code; the finding's suggestions hold the closest valid codes.",
      "Codes are the public contract of the model; a code that is not one of them cannot be counted, compared or crosswalked."),
  /**
   * A value of the right type that cannot stand for what it should: a date that is not an ISO-8601
   * calendar date, a number whose exponent is out of range, a malformed {@code modelVersion}.
   */
  INVALID_VALUE(
      Problem.INVALID_VALUE,
      "A value of the right type that cannot stand for what it should: a date that is not an ISO-8601 calendar date, a number whose exponent is out of range, a malformed modelVersion.",
      "The reader reports what it cannot read exactly instead of guessing, so that no value is lost or changed without a finding that points at it."),
  /**
   * The document's {@code modelVersion} has a major version this release cannot read; the document
   * is refused.
   */
  UNSUPPORTED_MODEL_VERSION(
      Problem.UNSUPPORTED_MODEL_VERSION,
      "The document's modelVersion has a major version this release cannot read; the document is refused.",
      "A new major version may change what members mean; reading it as this version could misread values without a word.");

  private final Problem problem;
  private final String summary;
  private final String rationale;

  JsonProblem(Problem problem, String summary, String rationale) {
    this.problem = problem;
    this.summary = summary;
    this.rationale = rationale;
  }

  /**
   * The stable id that findings of this kind carry as their rule id, in kebab case.
   *
   * @return the id, never null
   */
  @Override
  public String id() {
    return problem.id();
  }

  /**
   * The severity of findings of this kind: every reading problem is an error.
   *
   * @return {@link Severity#ERROR}
   */
  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return summary;
  }

  @Override
  public String rationale() {
    return rationale;
  }
}
