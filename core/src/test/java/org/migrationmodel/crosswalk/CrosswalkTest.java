package org.migrationmodel.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Theme;

class CrosswalkTest {
  private static final Crosswalk CROSSWALK = Crosswalk.standard();
  private static final int MAX_JUSTIFICATION_LENGTH = 160;

  @Test
  void theCrosswalkIsVersionedWithTheCatalogue() {
    assertThat(CROSSWALK.version()).isEqualTo(Catalogue.standard().version()).isEqualTo("1.0");
  }

  @Test
  void everyActivityAndCrossCuttingActivityMapsToAGcmObjectiveOrSaysWhyItIsOutsideTheGcm() {
    Stream.concat(Arrays.stream(Activity.values()), Arrays.stream(CrossCuttingActivity.values()))
        .forEach(
            term ->
                assertThat(gcmLinkCount(term) > 0 || CROSSWALK.outsideGcm(term).isPresent())
                    .as("%s has no GCM objective and no reason for being outside the GCM", term)
                    .isTrue());
  }

  @Test
  void everyPopulationGroupMapsToAGcmObjectiveOrSaysWhyItIsOutsideTheGcm() {
    for (PopulationGroup group : PopulationGroup.values()) {
      assertThat(gcmLinkCount(group) > 0 || CROSSWALK.outsideGcm(group).isPresent())
          .as("%s", group)
          .isTrue();
    }
  }

  @Test
  void refugeeProtectionDisplacementAndPeacebuildingActivitiesAreOutsideTheGcm() {
    assertThat(CROSSWALK.outsideGcmReasons().keySet())
        .containsExactly(
            Activity.ASYLUM_AND_REFUGEES,
            Activity.RESETTLEMENT,
            Activity.REPATRIATION,
            Activity.INTERNALLY_DISPLACED_PERSONS,
            Activity.FORMER_COMBATANTS,
            Activity.CLAIMS_AND_COMPENSATION,
            PopulationGroup.REFUGEES,
            PopulationGroup.ASYLUM_SEEKERS,
            PopulationGroup.INTERNALLY_DISPLACED_PERSONS,
            PopulationGroup.FORMER_COMBATANTS);
    assertThat(CROSSWALK.outsideGcm(Activity.ASYLUM_AND_REFUGEES))
        .hasValueSatisfying(reason -> assertThat(reason).contains("Global Compact on Refugees"));
    assertThat(CROSSWALK.outsideGcm(Activity.INTERNALLY_DISPLACED_PERSONS))
        .hasValueSatisfying(reason -> assertThat(reason).contains("not crossed a border"));
  }

  @Test
  void aTermWithinTheGcmHasNoOutsideReasonAndATermOutsideItHasNoGcmLink() {
    assertThat(CROSSWALK.outsideGcm(Activity.COUNTER_TRAFFICKING)).isEmpty();
    for (Term outside : CROSSWALK.outsideGcmReasons().keySet()) {
      assertThat(gcmLinkCount(outside)).as("%s", outside).isZero();
    }
  }

  @Test
  void theGapsAreTheGcmObjectivesNoActivityOrCrossCuttingActivityServes() {
    assertThat(CROSSWALK.gcmGaps())
        .containsExactly(
            GcmObjective.SAVE_LIVES,
            GcmObjective.ALTERNATIVES_TO_DETENTION,
            GcmObjective.SOCIAL_PROTECTION);
  }

  @Test
  void aGapMayStillConcernAPopulationGroup() {
    assertThat(CROSSWALK.linksTo(GcmObjective.ALTERNATIVES_TO_DETENTION)).isEmpty();
    assertThat(sources(GcmObjective.SOCIAL_PROTECTION))
        .containsExactly(PopulationGroup.MIGRANT_WORKERS);
  }

  @Test
  void reverseLookUpListsTheTermsThatServeAGcmObjective() {
    assertThat(sources(GcmObjective.ERADICATE_TRAFFICKING))
        .containsExactly(Activity.COUNTER_TRAFFICKING, PopulationGroup.VICTIMS_OF_TRAFFICKING);
    assertThat(sources(GcmObjective.INTERNATIONAL_COOPERATION))
        .containsExactly(
            CrossCuttingActivity.TECHNICAL_COOPERATION_AND_CAPACITY_BUILDING,
            CrossCuttingActivity.POLICY_DEBATE_AND_GUIDANCE,
            CrossCuttingActivity.REGIONAL_AND_INTERNATIONAL_COOPERATION,
            PopulationGroup.GOVERNMENT_OFFICIALS);
    assertThat(CROSSWALK.linksTo(GcmObjective.DIGNIFIED_RETURN_AND_REINTEGRATION))
        .filteredOn(link -> link.strength() == Strength.PRIMARY)
        .extracting(Link::source)
        .containsExactly(Activity.ASSISTED_RETURN_AND_REINTEGRATION, PopulationGroup.RETURNEES);
  }

  @Test
  void linksFromATermListItsTargetsWithStrengths() {
    assertThat(CROSSWALK.linksFrom(Activity.REMITTANCES_AND_MONEY_TRANSFERS))
        .extracting(
            link ->
                link.target().framework().id() + " " + link.target().code() + " " + link.strength())
        .containsExactly("gcm 20 PRIMARY", "sdg 10.c PRIMARY", "dac 24050 PRIMARY");
    assertThat(CROSSWALK.linksFrom(Theme.POLICY_COHERENCE)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "REMITTANCES_AND_MONEY_TRANSFERS, 24050",
    "VISA_ENTRY_AND_STAY_SYSTEMS, 15136",
    "ASYLUM_AND_REFUGEES, 72010",
    "INTERNALLY_DISPLACED_PERSONS, 72010",
    "RESETTLEMENT, 93010",
    "ASSISTED_RETURN_AND_REINTEGRATION, 15190"
  })
  void anActivityReportsItsBudgetUnderTheNarrowestFittingDacCode(Activity activity, String code) {
    assertThat(CROSSWALK.dacPurposeCode(activity).code()).isEqualTo(code);
  }

  @Test
  void refugeeAndDisplacementActivitiesNeverReportUnderTheGeneralMigrationCode() {
    for (Term outside : CROSSWALK.outsideGcmReasons().keySet()) {
      if (outside instanceof Activity activity) {
        assertThat(CROSSWALK.dacPurposeCode(activity))
            .as("%s", activity)
            .isNotEqualTo(DacPurposeCode.MIGRATION_AND_MOBILITY);
      }
    }
  }

  @Test
  void everySdgTargetAndDacPurposeCodeIsLinkedFromSomeTerm() {
    for (Framework framework : new Framework[] {Framework.SDG, Framework.DAC}) {
      for (Target target : framework.targets()) {
        assertThat(CROSSWALK.linksTo(target)).as("%s", target).isNotEmpty();
      }
    }
  }

  @Test
  void everyJustificationAndReasonIsOneSentenceOnOneLine() {
    Stream.concat(
            CROSSWALK.links().stream().map(Link::justification),
            CROSSWALK.outsideGcmReasons().values().stream())
        .forEach(
            text ->
                assertThat(text)
                    .as(text)
                    .matches("[A-Z].*\\.")
                    .doesNotContain("\n", "\t")
                    .hasSizeLessThanOrEqualTo(MAX_JUSTIFICATION_LENGTH));
  }

  private static long gcmLinkCount(Term term) {
    return CROSSWALK.linksFrom(term).stream()
        .filter(link -> link.target() instanceof GcmObjective)
        .count();
  }

  private static Stream<Term> sources(Target target) {
    return CROSSWALK.linksTo(target).stream().map(Link::source);
  }
}
