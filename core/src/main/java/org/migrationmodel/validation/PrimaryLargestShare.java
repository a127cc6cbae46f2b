package org.migrationmodel.validation;

import java.math.BigDecimal;
import java.util.List;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;

/**
 * When there are allocations, the primary activity has one and no other activity receives a larger
 * share. An activity's share is the sum of its allocations, so that a repeated allocation (which
 * {@code duplicate-entry} reports) is still weighed whole. Without a primary activity the rule is
 * silent: {@code primary-activity-required} reports that.
 */
final class PrimaryLargestShare implements Rule {
  @Override
  public void check(Programme programme, RuleContext context) {
    List<Allocation> allocations = Allocations.of(programme);
    if (allocations.isEmpty() || programme.classification().primaryActivity().isEmpty()) {
      return;
    }
    Activity primary = programme.classification().primaryActivity().get();
    BigDecimal primaryShare = shareOf(allocations, primary, 0);
    if (primaryShare == null) {
      context.report(
          Pointers.of("budget", "allocations"),
          "The primary activity "
              + primary.code()
              + " has no allocation while other activities have; allocate its share, or make the"
              + " activity with the largest share the primary activity.");
      return;
    }
    // Each activity is compared once, at its first allocation; at most 30 are, so this stays
    // linear in the allocations, and allocates nothing.
    long compared = Activities.bit(primary);
    for (int i = 0; i < allocations.size(); i++) {
      Activity activity = allocations.get(i).activity();
      if ((compared & Activities.bit(activity)) != 0) {
        continue;
      }
      compared |= Activities.bit(activity);
      BigDecimal share = shareOf(allocations, activity, i);
      if (share.compareTo(primaryShare) > 0) {
        context.report(
            Pointers.of("budget", "allocations", i, "share"),
            activity.code()
                + " receives "
                + share.toPlainString()
                + " percent, more than the "
                + primaryShare.toPlainString()
                + " percent of the primary activity "
                + primary.code()
                + "; make "
                + activity.code()
                + " the primary activity or correct the shares.");
      }
    }
  }

  /** The shares of an activity's allocations from an index on, summed; null when it has none. */
  private static BigDecimal shareOf(List<Allocation> allocations, Activity activity, int from) {
    BigDecimal sum = null;
    for (int i = from; i < allocations.size(); i++) {
      if (allocations.get(i).activity() == activity) {
        BigDecimal share = allocations.get(i).share();
        sum = sum == null ? share : sum.add(share);
      }
    }
    return sum;
  }
}
