package org.migrationmodel.validation;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.taxonomy.Activity;

/**
 * A classification's activities, the primary and the secondary ones, looked at in place. {@link
 * Classification#activities()} builds an ordered list at every call, too dear for the rules that
 * every programme of a bulk run goes through; these rules need a set or a yes or no.
 */
final class Activities {
  private Activities() {}

  /** Whether the primary or a secondary activity is in a set. */
  static boolean anyIn(Classification classification, Set<Activity> set) {
    Optional<Activity> primary = classification.primaryActivity();
    if (primary.isPresent() && set.contains(primary.get())) {
      return true;
    }
    List<Activity> secondaries = classification.secondaryActivities();
    for (int i = 0; i < secondaries.size(); i++) {
      if (set.contains(secondaries.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** The primary and secondary activities, as a new set. */
  static EnumSet<Activity> asSet(Classification classification) {
    EnumSet<Activity> set = EnumSet.noneOf(Activity.class);
    Optional<Activity> primary = classification.primaryActivity();
    if (primary.isPresent()) {
      set.add(primary.get());
    }
    List<Activity> secondaries = classification.secondaryActivities();
    for (int i = 0; i < secondaries.size(); i++) {
      set.add(secondaries.get(i));
    }
    return set;
  }
}
