package org.migrationmodel.validation;

import java.util.function.UnaryOperator;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;

/** Variants of sample programmes for the rule tests: several changes to one part in one lambda. */
final class Edits {
  private Edits() {}

  static Programme withClassification(
      Programme programme, UnaryOperator<Classification.Builder> edit) {
    return programme.withClassification(
        edit.apply(Classification.builder().from(programme.classification())).build());
  }

  static Programme withBudget(Programme programme, UnaryOperator<Budget.Builder> edit) {
    return programme.withBudget(
        edit.apply(Budget.builder().from(programme.budget().orElseThrow())).build());
  }
}
