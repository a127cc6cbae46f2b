package org.migrationmodel.validation;

import java.util.List;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;

/** Every allocation goes to the primary or a secondary activity. */
final class AllocationUnlistedActivity implements Rule {
  @Override
  public void check(Programme programme, RuleContext context) {
    List<Allocation> allocations = Allocations.of(programme);
    if (allocations.isEmpty()) {
      return;
    }
    long listed = Activities.asBits(programme.classification());
    for (int i = 0; i < allocations.size(); i++) {
      Activity activity = allocations.get(i).activity();
      if ((listed & Activities.bit(activity)) == 0) {
        context.report(
            Pointers.of("budget", "allocations", i, "activity"),
            "The allocation goes to "
                + activity.code()
                + ", which is neither the primary nor a secondary activity; add "
                + activity.code()
                + " to the secondary activities or give its share to a listed activity.");
      }
    }
  }
}
