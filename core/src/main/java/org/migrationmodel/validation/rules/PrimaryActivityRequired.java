package org.migrationmodel.validation.rules;

import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Pointers;
import org.migrationmodel.validation.RuleContext;

/** The classification names a primary activity. */
public final class PrimaryActivityRequired implements ProgrammeCheck {
  @Override
  public void check(Programme programme, RuleContext context) {
    if (programme.classification().primaryActivity().isEmpty()) {
      context.report(
          Pointers.of("classification", "primaryActivity"),
          "The classification has no primary activity; set primaryActivity to the activity the"
              + " programme mainly carries out.");
    }
  }
}
