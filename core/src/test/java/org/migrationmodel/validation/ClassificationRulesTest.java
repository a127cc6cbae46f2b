package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmodel.validation.Edits.withClassification;
import static org.migrationmodel.validation.Reported.finding;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.PopulationGroup;

class ClassificationRulesTest {

  @Test
  void aClassificationWithoutPrimaryActivityIsAnError() {
    Programme borderManagement = SampleProgrammes.borderManagement();
    // The former primary moves to the secondaries, so that its allocation stays listed.
    Programme noPrimary =
        withClassification(
            borderManagement,
            c ->
                c.primaryActivity(Optional.empty())
                    .secondaryActivities(borderManagement.classification().activities()));

    assertThat(Reported.by(noPrimary))
        .containsExactly(
            finding(
                StandardRule.PRIMARY_ACTIVITY_REQUIRED,
                Severity.ERROR,
                "/classification/primaryActivity"));
  }

  @Test
  void aDeclaredAreaOtherThanThePrimaryActivitysAreaIsAnErrorThatSuggestsTheRightArea() {
    Programme mismatch =
        withClassification(
            SampleProgrammes.counterTrafficking(),
            c -> c.declaredPrimaryArea(Area.FORCED_MIGRATION));

    assertThat(Reported.by(mismatch))
        .containsExactly(
            finding(
                StandardRule.PRIMARY_AREA_MISMATCH,
                Severity.ERROR,
                "/classification/declaredPrimaryArea"));
    assertThat(Reported.suggestions(StandardRule.PRIMARY_AREA_MISMATCH, mismatch))
        .containsExactly("REGULATING_MIGRATION");
    assertThat(Reported.messages(StandardRule.PRIMARY_AREA_MISMATCH, mismatch))
        .singleElement()
        .asString()
        .contains("FORCED_MIGRATION", "REGULATING_MIGRATION", "COUNTER_TRAFFICKING");
  }

  @Test
  void aDeclaredAreaWithoutPrimaryActivityIsLeftToPrimaryActivityRequired() {
    Programme noPrimary =
        withClassification(
            SampleProgrammes.counterTrafficking(),
            c -> c.primaryActivity(Optional.empty()).declaredPrimaryArea(Area.FORCED_MIGRATION));

    assertThat(Reported.messages(StandardRule.PRIMARY_AREA_MISMATCH, noPrimary)).isEmpty();
    assertThat(Reported.messages(StandardRule.PRIMARY_ACTIVITY_REQUIRED, noPrimary)).hasSize(1);
  }

  @Test
  void aSecondaryActivityEqualToThePrimaryIsAWarningAtThatSecondary() {
    Programme repeated =
        withClassification(
            SampleProgrammes.labourMobility(),
            c -> c.addSecondaryActivities(Activity.WORKERS_AND_PROFESSIONALS));

    assertThat(Reported.by(repeated))
        .containsExactly(
            finding(
                StandardRule.SECONDARY_REPEATS_PRIMARY,
                Severity.WARNING,
                "/classification/secondaryActivities/3"));
  }

  @Test
  void targetGroupsThatNoActivityServesAreAWarningThatSuggestsTheServedGroups() {
    Programme mismatch =
        withClassification(
            SampleProgrammes.borderManagement(),
            c -> c.targetGroups(List.of(PopulationGroup.REFUGEES)));

    assertThat(Reported.by(mismatch))
        .containsExactly(
            finding(
                StandardRule.TARGET_GROUP_MISMATCH,
                Severity.WARNING,
                "/classification/targetGroups"));
    assertThat(Reported.suggestions(StandardRule.TARGET_GROUP_MISMATCH, mismatch))
        .contains("GOVERNMENT_OFFICIALS")
        .doesNotContain("REFUGEES");
  }

  @Test
  void oneServedTargetGroupAmongOthersIsEnough() {
    Programme mixed =
        withClassification(
            SampleProgrammes.borderManagement(), c -> c.addTargetGroups(PopulationGroup.REFUGEES));

    assertThat(Reported.by(mixed)).isEmpty();
  }

  @Test
  void asylumAndRefugeesNeedsRefugeesOrAsylumSeekersAmongTheTargetGroups() {
    Programme asylum =
        withClassification(
            SampleProgrammes.idpCampCoordination(),
            c ->
                c.primaryActivity(Activity.ASYLUM_AND_REFUGEES)
                    .secondaryActivities(List.of())
                    .targetGroups(List.of(PopulationGroup.MIGRANT_WORKERS)));

    assertThat(Reported.messages(StandardRule.TARGET_GROUP_MISMATCH, asylum))
        .singleElement()
        .asString()
        .contains("MIGRANT_WORKERS", "REFUGEES", "ASYLUM_SEEKERS");
  }
}
