package org.migrationmodel.validation;

/**
 * A kind of finding, declared once with what it means: its stable id, the severity its findings
 * carry unless a validator re-grades them, what it checks or reports, and why. The library's kinds
 * are the constants of {@link StandardRule}, {@link ValidatorProblem} and the enums of the other
 * modules (the JSON reader's problems, the IATI bridge's, the suggester's rule); an organisation
 * declares its own rules as {@link RuleDescription}s.
 *
 * <p>Every finding's {@link Finding#ruleId()} is the {@link #id()} of its kind. Implementations are
 * immutable.
 */
public interface FindingType {

  /**
   * The id that findings of this kind carry as their {@link Finding#ruleId()}: stable, in kebab
   * case, such as {@code allocation-sum}.
   *
   * @return the id, never null
   */
  String id();

  /**
   * The severity findings of this kind carry unless a validator gives them another.
   *
   * @return the severity, never null
   */
  Severity severity();

  /**
   * What the kind checks or reports, in one or two plain sentences.
   *
   * @return the summary, never null
   */
  String summary();

  /**
   * Why it matters: the reason in the managing-migration model, the data standard or the reader's
   * promise behind it.
   *
   * @return the rationale, never null
   */
  String rationale();
}
