package org.migrationmodel.validation.rules;

import java.util.List;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.validation.Pointers;
import org.migrationmodel.validation.RuleContext;

/** No secondary activity is the primary activity again. */
public final class SecondaryRepeatsPrimary implements ProgrammeCheck {
  @Override
  public void check(Programme programme, RuleContext context) {
    List<Activity> secondaries = programme.classification().secondaryActivities();
    programme
        .classification()
        .primaryActivity()
        .ifPresent(
            primary -> {
              for (int i = 0; i < secondaries.size(); i++) {
                if (secondaries.get(i) == primary) {
                  context.report(
                      Pointers.of("classification", "secondaryActivities", i),
                      "The secondary activity "
                          + primary.code()
                          + " is already the primary activity; remove it from the secondary"
                          + " activities.");
                }
              }
            });
  }
}
