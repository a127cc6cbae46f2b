package org.migrationmodel.validation;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
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
    List<Allocation> allocations =
        programme.budget().map(Budget::allocations).orElse(ImmutableList.of());
    if (allocations.isEmpty() || programme.classification().primaryActivity().isEmpty()) {
      return;
    }
    Activity primary = programme.classification().primaryActivity().get();
    Map<Activity, BigDecimal> shares = new EnumMap<>(Activity.class);
    for (Allocation allocation : allocations) {
      shares.merge(allocation.activity(), allocation.share(), BigDecimal::add);
    }
    BigDecimal primaryShare = shares.get(primary);
    if (primaryShare == null) {
      context.report(
          Pointers.of("budget", "allocations"),
          "The primary activity "
              + primary.code()
              + " has no allocation while other activities have; allocate its share, or make the"
              + " activity with the largest share the primary activity.");
      return;
    }
    for (int i = 0; i < allocations.size(); i++) {
      Activity activity = allocations.get(i).activity();
      BigDecimal share = shares.remove(activity);
      if (share != null && share.compareTo(primaryShare) > 0) {
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
}
