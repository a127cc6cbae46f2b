package org.migrationmodel.validation;

import org.migrationmodel.programme.Programme;

/** The classification names a primary activity. */
final class PrimaryActivityRequired implements Rule {
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
