package org.migrationmodel.validation;

import org.migrationmodel.programme.Programme;

/** The title is not blank. */
final class TitleRequired implements Rule {
  @Override
  public void check(Programme programme, RuleContext context) {
    if (programme.title().isBlank()) {
      context.report(
          Pointers.of("title"), "The programme has no title; give it a short, descriptive title.");
    }
  }
}
