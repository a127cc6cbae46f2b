package org.migrationmodel.crosswalk;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.PopulationGroup;

class ProgrammeCrosswalkTest {
  private static final Crosswalk CROSSWALK = Crosswalk.standard();

  @Test
  void aTargetReachedByAPrimaryAndARelatedLinkCountsAsPrimary() {
    ProgrammeCrosswalk view =
        CROSSWALK.forProgramme(
            Programmes.classifiedAs(
                Classification.builder()
                    .primaryActivity(Activity.COUNTER_TRAFFICKING)
                    .addSecondaryActivities(Activity.STRANDED_MIGRANTS)
                    .build()));

    // Counter-trafficking is only RELATED to objective 7; stranded migrants are PRIMARY.
    assertThat(view.gcmObjectives())
        .containsExactly(
            entry(GcmObjective.REDUCE_VULNERABILITIES, Strength.PRIMARY),
            entry(GcmObjective.ERADICATE_TRAFFICKING, Strength.PRIMARY),
            entry(GcmObjective.CONSULAR_PROTECTION, Strength.RELATED),
            entry(GcmObjective.DIGNIFIED_RETURN_AND_REINTEGRATION, Strength.RELATED));
  }

  @Test
  void targetGroupsAndCrossCuttingActivitiesAddTheirTargets() {
    ProgrammeCrosswalk view =
        CROSSWALK.forProgramme(
            Programmes.classifiedAs(
                Classification.builder()
                    .primaryActivity(Activity.BORDER_MANAGEMENT)
                    .addCrossCuttingActivities(CrossCuttingActivity.DATA_AND_RESEARCH)
                    .addTargetGroups(PopulationGroup.HOST_COMMUNITIES)
                    .build()));

    assertThat(view.gcmObjectives().keySet())
        .containsExactly(
            GcmObjective.DATA,
            GcmObjective.MANAGE_BORDERS,
            GcmObjective.SCREENING_AND_REFERRAL,
            GcmObjective.INCLUSION_AND_SOCIAL_COHESION);
    assertThat(view.sdgTargets())
        .containsExactly(
            entry(SdgTarget.TARGET_10_7, Strength.RELATED),
            entry(SdgTarget.TARGET_17_18, Strength.PRIMARY));
    assertThat(view.unhcrPopulationTypes())
        .containsExactly(entry(UnhcrPopulationType.HOST_COMMUNITY, Strength.PRIMARY));
  }

  @Test
  void aRefugeeResettlementProgrammeHasNoGcmObjectivesAndSaysWhy() {
    ProgrammeCrosswalk view =
        CROSSWALK.forProgramme(
            Programmes.classifiedAs(
                Classification.builder()
                    .primaryActivity(Activity.RESETTLEMENT)
                    .addTargetGroups(PopulationGroup.REFUGEES)
                    .build()));

    assertThat(view.gcmObjectives()).isEmpty();
    assertThat(view.outsideGcm().keySet())
        .containsExactly(Activity.RESETTLEMENT, PopulationGroup.REFUGEES);
    assertThat(view.unhcrPopulationTypes())
        .containsExactly(
            entry(UnhcrPopulationType.REFUGEES, Strength.PRIMARY),
            entry(UnhcrPopulationType.REFUGEE_LIKE, Strength.RELATED));
    assertThat(view.dacShares()).containsOnlyKeys(DacPurposeCode.REFUGEES_IN_DONOR_COUNTRIES);
  }

  @Test
  void theViewKeepsTheLinksBehindItActivitiesFirst() {
    ProgrammeCrosswalk view =
        CROSSWALK.forProgramme(
            Programmes.classifiedAs(
                Classification.builder()
                    .primaryActivity(Activity.REMITTANCES_AND_MONEY_TRANSFERS)
                    .addTargetGroups(PopulationGroup.DIASPORA)
                    .addCrossCuttingActivities(CrossCuttingActivity.MIGRATION_HEALTH)
                    .build()));

    assertThat(view.links())
        .extracting(link -> link.source().code() + " " + link.target().code())
        .containsExactly(
            "REMITTANCES_AND_MONEY_TRANSFERS 20",
            "REMITTANCES_AND_MONEY_TRANSFERS 10.c",
            "REMITTANCES_AND_MONEY_TRANSFERS 24050",
            "MIGRATION_HEALTH 15",
            "DIASPORA 19");
  }
}
