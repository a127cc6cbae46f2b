package org.migrationmodel.validation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.Term;

/**
 * When target groups are given, at least one of them is a group that one of the programme's
 * activities {@linkplain Activity#servedGroups() serves}. Without activities the rule is silent:
 * {@code primary-activity-required} reports that.
 */
final class TargetGroupMismatch implements Rule {
  @Override
  public void check(Programme programme, RuleContext context) {
    Classification classification = programme.classification();
    List<PopulationGroup> targets = classification.targetGroups();
    if (targets.isEmpty()) {
      return;
    }
    Set<Activity> activities = Activities.asSet(classification);
    if (activities.isEmpty() || anyServed(targets, activities)) {
      return;
    }
    Set<PopulationGroup> served = EnumSet.noneOf(PopulationGroup.class);
    for (Activity activity : activities) {
      served.addAll(activity.servedGroups());
    }
    List<String> suggestions = served.stream().map(Term::code).toList();
    context.report(
        Pointers.of("classification", "targetGroups"),
        "None of the target groups "
            + String.join(", ", targets.stream().map(Term::code).toList())
            + " is served by the programme's activities; target the people they serve, such as "
            + String.join(" or ", suggestions)
            + ", or classify the programme under the activities that serve its groups.",
        suggestions);
  }

  // Linear in the targets: a set holds each of the 30 activities at most once.
  private static boolean anyServed(List<PopulationGroup> targets, Set<Activity> activities) {
    for (Activity activity : activities) {
      for (int i = 0; i < targets.size(); i++) {
        if (activity.servedGroups().contains(targets.get(i))) {
          return true;
        }
      }
    }
    return false;
  }
}
