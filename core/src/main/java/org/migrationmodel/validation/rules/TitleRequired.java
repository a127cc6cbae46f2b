package org.migrationmodel.validation.rules;

import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Pointers;
import org.migrationmodel.validation.RuleContext;

/** The title is not blank. */
public final class TitleRequired implements ProgrammeCheck {
  @Override
  public void check(Programme programme, RuleContext context) {
    if (programme.title().isBlank()) {
      context.report(
          Pointers.of("title"), "The programme has no title; give it a short, descriptive title.");
    }
  }
}
