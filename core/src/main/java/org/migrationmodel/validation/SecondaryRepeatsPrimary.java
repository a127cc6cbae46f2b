package org.migrationmodel.validation;

import java.util.List;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;

/** No secondary activity is the primary activity again. */
final class SecondaryRepeatsPrimary implements Rule {
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
