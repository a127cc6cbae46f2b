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
  private static final long[] SERVING = activitiesServingEachGroup();

  @Override
  public void check(Programme programme, RuleContext context) {
    Classification classification = programme.classification();
    List<PopulationGroup> targets = classification.targetGroups();
    if (targets.isEmpty()) {
      return;
    }
    long listed = Activities.asBits(classification);
    if (listed == 0 || anyServed(targets, listed)) {
      return;
    }
    Set<Activity> activities = Activities.asSet(classification);
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

  // Linear in the targets, and allocates nothing: every programme with target groups is asked.
  private static boolean anyServed(List<PopulationGroup> targets, long activities) {
    for (int i = 0; i < targets.size(); i++) {
      if ((SERVING[targets.get(i).ordinal()] & activities) != 0) {
        return true;
      }
    }
    return false;
  }

  /** For each group by its ordinal, the activities that serve it, as {@link Activities#asBits}. */
  private static long[] activitiesServingEachGroup() {
    long[] serving = new long[PopulationGroup.values().length];
    for (Activity activity : Activity.values()) {
      for (PopulationGroup group : activity.servedGroups()) {
        serving[group.ordinal()] |= Activities.bit(activity);
      }
    }
    return serving;
  }
}
