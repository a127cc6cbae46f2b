package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.migrationmodel.validation.Edits.withClassification;
import static org.migrationmodel.validation.Reported.finding;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.PopulationGroup;

class CompanionRulesTest {
  private static final String CROSS_CUTTING = "/classification/crossCuttingActivities";

  private static Programme addingCountries(Programme programme, ProgrammeCountry... countries) {
    return Programme.builder().from(programme).addCountries(countries).build();
  }

  private static Programme without(Programme programme, CrossCuttingActivity removed) {
    return withClassification(
        programme,
        c ->
            c.crossCuttingActivities(
                programme.classification().crossCuttingActivities().stream()
                    .filter(activity -> activity != removed)
                    .toList()));
  }

  @Test
  void theCompanionRulesCallForRightsForTraffickingAndReintegrationAndHealthForReturn() {
    Set<Activity> returns =
        Set.of(
            Activity.ASSISTED_RETURN_AND_REINTEGRATION,
            Activity.REPATRIATION,
            Activity.FORMER_COMBATANTS);
    assertThat(CrossCuttingCompanion.all())
        .extracting(CrossCuttingCompanion::triggers, CrossCuttingCompanion::companion)
        .containsExactly(
            tuple(
                Set.of(Activity.COUNTER_TRAFFICKING, Activity.COUNTER_SMUGGLING),
                CrossCuttingActivity.MIGRANTS_RIGHTS_AND_INTERNATIONAL_MIGRATION_LAW),
            tuple(returns, CrossCuttingActivity.INTEGRATION_AND_REINTEGRATION),
            tuple(returns, CrossCuttingActivity.MIGRATION_HEALTH));
  }

  @Test
  void anIdpProgrammeThatMovesPeopleToAnotherCountryIsAWarningAtTheDestination() {
    Programme crossBorder =
        addingCountries(
            SampleProgrammes.idpCampCoordination(),
            ProgrammeCountry.of("SD", CountryRole.ORIGIN),
            ProgrammeCountry.of("ET", CountryRole.DESTINATION));

    assertThat(Reported.by(crossBorder))
        .containsExactly(
            finding(StandardRule.IDP_CROSS_BORDER, Severity.WARNING, "/countries/2/role"));
    assertThat(Reported.messages(StandardRule.IDP_CROSS_BORDER, crossBorder))
        .singleElement()
        .asString()
        // Only ORIGIN countries are named: the sample's host country, SS, is not.
        .contains("moves people from SD as ORIGIN to ET as DESTINATION", "role HOST");
  }

  @Test
  void aProgrammeWhoseOnlyTargetGroupIsIdpsCountsAsAnIdpProgramme() {
    Programme onlyIdps =
        withClassification(
            SampleProgrammes.propertyClaims(),
            c -> c.targetGroups(List.of(PopulationGroup.INTERNALLY_DISPLACED_PERSONS)));
    Programme crossBorder =
        addingCountries(
            onlyIdps,
            ProgrammeCountry.of("BA", CountryRole.ORIGIN),
            ProgrammeCountry.of("HR", CountryRole.DESTINATION));

    assertThat(Reported.by(onlyIdps)).isEmpty();
    assertThat(Reported.by(crossBorder))
        .containsExactly(
            finding(StandardRule.IDP_CROSS_BORDER, Severity.WARNING, "/countries/3/role"));
  }

  @Test
  void aProgrammeServingIdpsAndRefugeesMayCrossBorders() {
    Programme mixed =
        addingCountries(
            SampleProgrammes.propertyClaims(),
            ProgrammeCountry.of("BA", CountryRole.ORIGIN),
            ProgrammeCountry.of("HR", CountryRole.DESTINATION));

    assertThat(Reported.by(mixed)).isEmpty();
  }

  @Test
  void aProgrammeWithoutTargetGroupsIsAnIdpProgrammeOnlyByItsPrimaryActivity() {
    // Labour mobility moves people from PH as ORIGIN to CA as DESTINATION.
    Programme noTargets =
        withClassification(SampleProgrammes.labourMobility(), c -> c.targetGroups(List.of()));

    assertThat(IdpCrossBorder.concernsInternalDisplacement(noTargets.classification())).isFalse();
    assertThat(Reported.messages(StandardRule.IDP_CROSS_BORDER, noTargets)).isEmpty();
  }

  @Test
  void anIdpProgrammeWhoseOriginAndDestinationAreOneCountryIsAccepted() {
    Programme internal =
        addingCountries(
            SampleProgrammes.idpCampCoordination(),
            ProgrammeCountry.of("SS", CountryRole.ORIGIN),
            ProgrammeCountry.of("SS", CountryRole.DESTINATION));

    assertThat(Reported.by(internal)).isEmpty();
  }

  static Stream<Programme> traffickingProgrammes() {
    return Stream.of(
        SampleProgrammes.counterTrafficking(),
        withClassification(
            SampleProgrammes.borderManagement(),
            c -> c.addSecondaryActivities(Activity.COUNTER_SMUGGLING)));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("traffickingProgrammes")
  void counterTraffickingOrSmugglingWithoutMigrantsRightsIsAWarning(Programme trafficking) {
    assertThat(Reported.by(trafficking)).isEmpty();

    Programme withoutRights =
        without(trafficking, CrossCuttingActivity.MIGRANTS_RIGHTS_AND_INTERNATIONAL_MIGRATION_LAW);

    assertThat(Reported.by(withoutRights))
        .containsExactly(
            finding(StandardRule.TRAFFICKING_WITHOUT_RIGHTS, Severity.WARNING, CROSS_CUTTING));
    assertThat(Reported.suggestions(StandardRule.TRAFFICKING_WITHOUT_RIGHTS, withoutRights))
        .containsExactly("MIGRANTS_RIGHTS_AND_INTERNATIONAL_MIGRATION_LAW");
  }

  /** Samples that carry out ARR, repatriation or former combatants, respectively. */
  static Stream<Programme> returnProgrammes() {
    return Stream.of(
        SampleProgrammes.assistedVoluntaryReturn(),
        SampleProgrammes.propertyClaims(),
        SampleProgrammes.formerCombatants());
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("returnProgrammes")
  void returnWithoutReintegrationIsAWarning(Programme returning) {
    Programme withoutReintegration =
        without(returning, CrossCuttingActivity.INTEGRATION_AND_REINTEGRATION);

    assertThat(Reported.by(withoutReintegration))
        .containsExactly(
            finding(StandardRule.RETURN_WITHOUT_REINTEGRATION, Severity.WARNING, CROSS_CUTTING));
    assertThat(
            Reported.suggestions(StandardRule.RETURN_WITHOUT_REINTEGRATION, withoutReintegration))
        .containsExactly("INTEGRATION_AND_REINTEGRATION");
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("returnProgrammes")
  void returnWithoutMigrationHealthIsInformation(Programme returning) {
    Programme withoutHealth = without(returning, CrossCuttingActivity.MIGRATION_HEALTH);

    assertThat(Reported.by(withoutHealth))
        .contains(finding(StandardRule.RETURN_WITHOUT_HEALTH, Severity.INFO, CROSS_CUTTING));
    assertThat(Reported.messages(StandardRule.RETURN_WITHOUT_HEALTH, withoutHealth))
        .singleElement()
        .asString()
        .contains("MIGRATION_HEALTH");
  }

  @Test
  void aProgrammeWithoutReturnActivitiesNeedsNeitherReintegrationNorHealth() {
    Programme labour = SampleProgrammes.labourMobility();
    assertThat(labour.classification().crossCuttingActivities())
        .doesNotContain(CrossCuttingActivity.INTEGRATION_AND_REINTEGRATION);

    assertThat(Reported.by(without(labour, CrossCuttingActivity.MIGRATION_HEALTH))).isEmpty();
  }
}
