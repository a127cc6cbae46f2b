package org.migrationmodel.validation;

import java.util.List;
import java.util.Optional;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;

/** No secondary activity is the primary activity again. */
final class SecondaryRepeatsPrimary implements Rule {
  @Override
  public void check(Programme programme, RuleContext context) {
    Optional<Activity> primary = programme.classification().primaryActivity();
    if (primary.isEmpty()) {
      return;
    }
    List<Activity> secondaries = programme.classification().secondaryActivities();
    for (int i = 0; i < secondaries.size(); i++) {
      if (secondaries.get(i) == primary.get()) {
        context.report(
            Pointers.of("classification", "secondaryActivities", i),
            "The secondary activity "
                + primary.get().code()
                + " is already the primary activity; remove it from the secondary activities.");
      }
    }
  }
}
