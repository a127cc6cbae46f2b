package org.migrationmodel.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelNavigationTest {

  @Test
  void eachAreaListsItsActivitiesInTheSourceDocumentsOrder() {
    assertThat(Area.FORCED_MIGRATION.activities())
        .containsExactly(
            Activity.ASYLUM_AND_REFUGEES,
            Activity.RESETTLEMENT,
            Activity.REPATRIATION,
            Activity.INTERNALLY_DISPLACED_PERSONS,
            Activity.TRANSITION_AND_RECOVERY,
            Activity.FORMER_COMBATANTS,
            Activity.CLAIMS_AND_COMPENSATION,
            Activity.ELECTIONS_AND_REFERENDA);
    assertThat(Area.MIGRATION_AND_DEVELOPMENT.activities()).hasSize(7);
    assertThat(Area.FACILITATING_MIGRATION.activities()).hasSize(8);
    assertThat(Area.REGULATING_MIGRATION.activities()).hasSize(7);
  }

  @Test
  void everyActivityBelongsToTheAreaThatListsIt() {
    for (Area area : Area.values()) {
      assertThat(area.activities())
          .allSatisfy(activity -> assertThat(activity.area()).isEqualTo(area));
    }
  }

  @Test
  void themesAreNumberedAsInSectionB() {
    assertThat(Theme.COMPREHENSIVE_MIGRATION_MANAGEMENT.number()).isEqualTo(1);
    assertThat(Theme.MIGRANTS_HUMAN_RIGHTS.number()).isEqualTo(4);
    assertThat(Theme.ofNumber(5)).isEqualTo(Theme.POLICY_COHERENCE);
    assertThatThrownBy(() -> Theme.ofNumber(6)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void asylumAndRefugeesServesRefugeesAndAsylumSeekersOnly() {
    assertThat(Activity.ASYLUM_AND_REFUGEES.servedGroups())
        .containsExactlyInAnyOrder(PopulationGroup.REFUGEES, PopulationGroup.ASYLUM_SEEKERS);
    assertThat(Activity.values())
        .allSatisfy(activity -> assertThat(activity.servedGroups()).isNotEmpty());
  }
}
