package org.migrationmodel.validation.rules;

import com.google.errorprone.annotations.Immutable;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.RuleContext;

/**
 * The logic of one standard rule; {@link org.migrationmodel.validation.StandardRule} holds the
 * rest. Checks are immutable, because every validator shares the enum's single instances.
 */
@Immutable
public interface ProgrammeCheck {

  /**
   * Checks a programme and reports each problem through the context.
   *
   * @param programme the programme; not null
   * @param context where findings go; not null
   */
  void check(Programme programme, RuleContext context);
}
