package org.migrationmodel.validation;

import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;
import org.migrationmodel.internal.ValueStyle;

/**
 * What a {@link Validator} says about one of its rules: its id, the severity it gives the rule's
 * findings and, where known, what the rule checks and why. Every {@link StandardRule} has a summary
 * and a rationale; a custom rule has them when they were given to {@link Validator.Builder}.
 * Immutable.
 */
@Value.Immutable
@ValueStyle
public abstract class RuleDescription implements Serializable {
  private static final long serialVersionUID = 1L;

  RuleDescription() {}

  /**
   * The rule's id, such as {@code allocation-sum}.
   *
   * @return the id, never null
   */
  public abstract String id();

  /**
   * The severity the validator gives the rule's findings.
   *
   * @return the severity, never null
   */
  public abstract Severity severity();

  /**
   * What the rule checks, in one or two sentences.
   *
   * @return the summary, or empty for a custom rule registered without one
   */
  public abstract Optional<String> summary();

  /**
   * Why the rule exists.
   *
   * @return the rationale, or empty for a custom rule registered without one
   */
  public abstract Optional<String> rationale();

  static RuleDescription of(
      String id, Severity severity, Optional<String> summary, Optional<String> rationale) {
    return ImmutableRuleDescription.builder()
        .id(id)
        .severity(severity)
        .summary(summary)
        .rationale(rationale)
        .build();
  }
}
