package org.migrationmodel.validation;

import java.io.Serializable;
import org.migrationmodel.programme.Programme;

/**
 * One check a {@link Validator} applies to a programme. The standard rules are the constants of
 * {@link StandardRule}; an organisation adds its own by implementing this interface and passing it
 * to {@link Validator.Builder#add(Rule)}.
 *
 * <p>A rule reports through its {@link RuleContext}; it never throws for bad data. Rules must be
 * stateless (or immutable) and serializable, because one validator is shared across threads and
 * shipped to cluster workers.
 */
public interface Rule extends Serializable {

  /**
   * The rule's id: stable, unique within a validator, in kebab case such as {@code allocation-sum}.
   *
   * @return the id, never null
   */
  String id();

  /**
   * The severity the rule's findings carry unless the validator overrides it.
   *
   * @return the severity, never null
   */
  Severity defaultSeverity();

  /**
   * What the rule checks, in one or two sentences.
   *
   * @return the summary, never null
   */
  String summary();

  /**
   * Why the rule exists: the reason in the managing-migration model or the data standard behind it.
   *
   * @return the rationale, never null
   */
  String rationale();

  /**
   * Checks a programme and reports each problem through the context.
   *
   * @param programme the programme; not null
   * @param context where findings go, and what the rule may consult; not null
   */
  void check(Programme programme, RuleContext context);
}
