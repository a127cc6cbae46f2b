package org.migrationmodel.validation;

import static org.migrationmodel.taxonomy.Activity.ASSISTED_RETURN_AND_REINTEGRATION;
import static org.migrationmodel.taxonomy.Activity.COUNTER_SMUGGLING;
import static org.migrationmodel.taxonomy.Activity.COUNTER_TRAFFICKING;
import static org.migrationmodel.taxonomy.Activity.FORMER_COMBATANTS;
import static org.migrationmodel.taxonomy.Activity.REPATRIATION;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.stream.Collectors;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CrossCuttingActivity;

/**
 * A cross-cutting activity that some activities call for: when the programme carries out any of the
 * triggering activities, it lists the companion among its cross-cutting activities. Three standard
 * rules are instances of this one check, differing only in their data.
 */
final class CrossCuttingCompanion implements Rule {
  private static final ImmutableSet<Activity> RETURN =
      Sets.immutableEnumSet(ASSISTED_RETURN_AND_REINTEGRATION, REPATRIATION, FORMER_COMBATANTS);

  /** Counter-trafficking and counter-smuggling call for migrants' rights (section B, theme 4). */
  static final CrossCuttingCompanion RIGHTS_FOR_TRAFFICKING =
      new CrossCuttingCompanion(
          Sets.immutableEnumSet(COUNTER_TRAFFICKING, COUNTER_SMUGGLING),
          CrossCuttingActivity.MIGRANTS_RIGHTS_AND_INTERNATIONAL_MIGRATION_LAW,
          "the people affected by trafficking and smuggling are to be protected, not only the"
              + " crime fought");

  /** Return, repatriation and demobilisation call for reintegration (section A). */
  static final CrossCuttingCompanion REINTEGRATION_FOR_RETURN =
      new CrossCuttingCompanion(
          RETURN,
          CrossCuttingActivity.INTEGRATION_AND_REINTEGRATION,
          "people who return, refugees, displaced persons and demobilised soldiers alike, need"
              + " to be reintegrated");

  /** Return, repatriation and demobilisation call for migration health (section A). */
  static final CrossCuttingCompanion HEALTH_FOR_RETURN =
      new CrossCuttingCompanion(
          RETURN,
          CrossCuttingActivity.MIGRATION_HEALTH,
          "health plays a part in successful reintegration");

  private static final ImmutableList<CrossCuttingCompanion> ALL =
      ImmutableList.of(RIGHTS_FOR_TRAFFICKING, REINTEGRATION_FOR_RETURN, HEALTH_FOR_RETURN);

  private final ImmutableSet<Activity> triggers;
  private final CrossCuttingActivity companion;
  private final String reason;

  private CrossCuttingCompanion(
      ImmutableSet<Activity> triggers, CrossCuttingActivity companion, String reason) {
    this.triggers = triggers;
    this.companion = companion;
    this.reason = reason;
  }

  /**
   * Every companion requirement of the standard rules.
   *
   * @return an immutable list, never null
   */
  static ImmutableList<CrossCuttingCompanion> all() {
    return ALL;
  }

  /**
   * The activities that call for the companion.
   *
   * @return an immutable, non-empty set
   */
  ImmutableSet<Activity> triggers() {
    return triggers;
  }

  /**
   * The cross-cutting activity the triggers call for.
   *
   * @return the cross-cutting activity, never null
   */
  CrossCuttingActivity companion() {
    return companion;
  }

  /**
   * Whether a classification carries out a triggering activity.
   *
   * @param classification the classification; not null
   * @return true when one of its activities is a trigger
   */
  boolean isTriggeredBy(Classification classification) {
    return Activities.any(classification, triggers::contains);
  }

  @Override
  public void check(Programme programme, RuleContext context) {
    Classification classification = programme.classification();
    if (isTriggeredBy(classification)
        && !classification.crossCuttingActivities().contains(companion)) {
      String found =
          classification.activities().stream()
              .filter(triggers::contains)
              .map(Activity::code)
              .collect(Collectors.joining(", "));
      context.report(
          Pointers.of("classification", "crossCuttingActivities"),
          "The programme carries out "
              + found
              + " but does not list the cross-cutting activity "
              + companion.code()
              + ", although "
              + reason
              + "; add "
              + companion.code()
              + " to the cross-cutting activities.",
          List.of(companion.code()));
    }
  }
}
