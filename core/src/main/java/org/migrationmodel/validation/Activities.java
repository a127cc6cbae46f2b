package org.migrationmodel.validation;

import static com.google.common.base.Preconditions.checkState;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.taxonomy.Activity;

/**
 * A classification's activities, the primary and the secondary ones, looked at in place. {@link
 * Classification#activities()} builds an ordered list at every call, too dear for the rules that
 * every programme of a bulk run goes through; these rules need a set or a yes or no, and most often
 * without allocating.
 */
final class Activities {
  static {
    // asBits needs one bit of a long for each activity.
    checkState(Activity.values().length <= Long.SIZE, "More activities than bits in a long");
  }

  private Activities() {}

  /** Whether the primary or a secondary activity passes a test. */
  static boolean any(Classification classification, Predicate<Activity> test) {
    Optional<Activity> primary = classification.primaryActivity();
    if (primary.isPresent() && test.test(primary.get())) {
      return true;
    }
    List<Activity> secondaries = classification.secondaryActivities();
    for (int i = 0; i < secondaries.size(); i++) {
      if (test.test(secondaries.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The primary and secondary activities as bits, one for each activity by its {@linkplain
   * Activity#ordinal() ordinal}: a set that costs no allocation.
   */
  static long asBits(Classification classification) {
    long bits = 0;
    Optional<Activity> primary = classification.primaryActivity();
    if (primary.isPresent()) {
      bits |= bit(primary.get());
    }
    List<Activity> secondaries = classification.secondaryActivities();
    for (int i = 0; i < secondaries.size(); i++) {
      bits |= bit(secondaries.get(i));
    }
    return bits;
  }

  /** The bit of an activity in {@link #asBits}. */
  static long bit(Activity activity) {
    return 1L << activity.ordinal();
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
