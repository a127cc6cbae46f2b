package org.migrationmodel.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Area;

class ClassificationTest {

  @Test
  void areasAreThoseOfAllTheActivitiesInTheModelsOrderOfAreas() {
    Classification classification =
        Classification.builder()
            .primaryActivity(Activity.ASSISTED_RETURN_AND_REINTEGRATION)
            .addSecondaryActivities(
                Activity.STRANDED_MIGRANTS, Activity.MICRO_CREDIT_SCHEMES, Activity.RESETTLEMENT)
            .build();

    assertThat(classification.areas())
        .containsExactly(
            Area.MIGRATION_AND_DEVELOPMENT, Area.REGULATING_MIGRATION, Area.FORCED_MIGRATION);
  }

  @Test
  void aClassificationWithoutActivitiesHasNoAreas() {
    assertThat(Classification.builder().build().areas()).isEmpty();
  }
}
