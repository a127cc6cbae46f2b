package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmodel.validation.Edits.withBudget;
import static org.migrationmodel.validation.Edits.withClassification;
import static org.migrationmodel.validation.Reported.finding;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.Driver;
import org.migrationmodel.taxonomy.Modality;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.TermLifecycle;
import org.migrationmodel.taxonomy.Theme;

class CatalogueAndListRulesTest {

  /** The standard catalogue with one term withdrawn in version 1.1. */
  private static Catalogue withdrawing(Term term) {
    Catalogue standard = Catalogue.standard();
    Map<Term, TermLifecycle> lifecycles = new HashMap<>();
    standard.terms().forEach(t -> lifecycles.put(t, standard.lifecycle(t)));
    lifecycles.put(term, TermLifecycle.withdrawn("1.0", "1.1"));
    return Catalogue.of("1.1", lifecycles);
  }

  static Stream<Arguments> withdrawnTermsAndWhereTheAssistedReturnSampleUsesThem() {
    return Stream.of(
        Arguments.of(Area.REGULATING_MIGRATION, List.of("/classification/declaredPrimaryArea")),
        Arguments.of(
            Activity.ASSISTED_RETURN_AND_REINTEGRATION,
            List.of("/classification/primaryActivity", "/budget/allocations/0/activity")),
        Arguments.of(
            Activity.MICRO_CREDIT_SCHEMES,
            List.of("/classification/secondaryActivities/1", "/budget/allocations/2/activity")),
        Arguments.of(
            CrossCuttingActivity.MIGRATION_HEALTH,
            List.of("/classification/crossCuttingActivities/1")),
        Arguments.of(Theme.POLICY_COHERENCE, List.of("/classification/themes/2")),
        Arguments.of(Modality.CAPACITY_BUILDING, List.of("/classification/modalities/1")),
        Arguments.of(Driver.LACK_OF_ECONOMIC_OPPORTUNITY, List.of("/classification/drivers/0")),
        Arguments.of(PopulationGroup.STRANDED_MIGRANTS, List.of("/classification/targetGroups/1")),
        Arguments.of(CountryRole.RETURN, List.of("/countries/1/role", "/countries/2/role")),
        Arguments.of(Agency.IOM, List.of("/partners/0")));
  }

  @ParameterizedTest(name = "withdrawn {0} is reported at {1}")
  @MethodSource("withdrawnTermsAndWhereTheAssistedReturnSampleUsesThem")
  void everyUseOfAWithdrawnTermIsAnError(Term withdrawn, List<String> pointers) {
    Programme programme = SampleProgrammes.assistedVoluntaryReturn();

    assertThat(Reported.by(programme, withdrawing(withdrawn)))
        .containsExactlyInAnyOrderElementsOf(
            pointers.stream()
                .map(pointer -> finding(StandardRule.WITHDRAWN_CODE, Severity.ERROR, pointer))
                .toList());
  }

  @Test
  void theWithdrawnCodeMessageNamesTheCodeAndTheVersion() {
    Validator validator =
        Validator.builder().catalogue(withdrawing(Theme.POLICY_COHERENCE)).build();

    assertThat(validator.validate(SampleProgrammes.assistedVoluntaryReturn()).findings())
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("POLICY_COHERENCE", "1.1");
  }

  @Test
  void aWithdrawnTermTheProgrammeDoesNotUseIsNotReported() {
    assertThat(
            Reported.by(
                SampleProgrammes.assistedVoluntaryReturn(), withdrawing(Activity.RESETTLEMENT)))
        .isEmpty();
  }

  static Stream<Arguments> repeatedEntriesOfTheLabourMobilitySample() {
    return Stream.of(
        repeat(
            c -> c.addSecondaryActivities(Activity.CULTURAL_ORIENTATION),
            "/classification/secondaryActivities/3"),
        repeat(
            c -> c.addCrossCuttingActivities(CrossCuttingActivity.GENDER_DIMENSION),
            "/classification/crossCuttingActivities/3"),
        repeat(c -> c.addThemes(Theme.MIGRANTS_HUMAN_RIGHTS), "/classification/themes/2"),
        repeat(c -> c.addModalities(Modality.DIRECT_ASSISTANCE), "/classification/modalities/2"),
        repeat(c -> c.addDrivers(Driver.LACK_OF_ECONOMIC_OPPORTUNITY), "/classification/drivers/1"),
        repeat(
            c -> c.addTargetGroups(PopulationGroup.MIGRANT_WORKERS),
            "/classification/targetGroups/2"));
  }

  private static Arguments repeat(UnaryOperator<Classification.Builder> edit, String pointer) {
    return Arguments.of(withClassification(SampleProgrammes.labourMobility(), edit), pointer);
  }

  @ParameterizedTest(name = "{index}: repeat at {1}")
  @MethodSource("repeatedEntriesOfTheLabourMobilitySample")
  void aRepeatedClassificationEntryIsAWarningAtTheLaterEntry(Programme repeated, String pointer) {
    assertThat(Reported.by(repeated))
        .containsExactly(finding(StandardRule.DUPLICATE_ENTRY, Severity.WARNING, pointer));
  }

  @Test
  void aRepeatedPartnerIsAWarningAtTheLaterEntry() {
    Programme repeated =
        Programme.builder().from(SampleProgrammes.labourMobility()).addPartners(Agency.ILO).build();

    assertThat(Reported.by(repeated))
        .containsExactly(finding(StandardRule.DUPLICATE_ENTRY, Severity.WARNING, "/partners/2"));
  }

  @Test
  void aCountryRepeatedInTheSameRoleIsAWarningButInAnotherRoleIsNot() {
    Programme sameRole =
        Programme.builder()
            .from(SampleProgrammes.labourMobility())
            .addCountries(ProgrammeCountry.of("CA", CountryRole.DESTINATION))
            .build();
    Programme otherRole =
        Programme.builder()
            .from(SampleProgrammes.labourMobility())
            .addCountries(ProgrammeCountry.of("CA", CountryRole.TRANSIT))
            .build();

    assertThat(Reported.by(sameRole))
        .containsExactly(finding(StandardRule.DUPLICATE_ENTRY, Severity.WARNING, "/countries/2"));
    // The first CA as DESTINATION is the second country, entry 1.
    assertThat(Reported.messages(StandardRule.DUPLICATE_ENTRY, sameRole))
        .containsExactly("CA as DESTINATION repeats entry 1 of countries; remove the repeat.");
    assertThat(Reported.by(otherRole)).isEmpty();
  }

  @Test
  void anActivityAllocatedTwiceIsAWarningAtTheSecondAllocation() {
    Programme split =
        withBudget(
            SampleProgrammes.labourMobility(),
            b ->
                b.allocations(
                    List.of(
                        share(Activity.WORKERS_AND_PROFESSIONALS, "45"),
                        share(Activity.CULTURAL_ORIENTATION, "25"),
                        share(Activity.LANGUAGE_TRAINING, "20"),
                        share(Activity.DOCUMENTATION, "5"),
                        share(Activity.DOCUMENTATION, "5"))));

    assertThat(Reported.by(split))
        .containsExactly(
            finding(StandardRule.DUPLICATE_ENTRY, Severity.WARNING, "/budget/allocations/4"));
    assertThat(Reported.messages(StandardRule.DUPLICATE_ENTRY, split))
        .containsExactly(
            "The allocation to DOCUMENTATION repeats entry 3 of allocations; merge the two shares"
                + " into one allocation.");
  }

  @Test
  void everyLaterRepeatIsReportedAgainstTheFirstEntry() {
    Programme thrice =
        withClassification(
            SampleProgrammes.labourMobility(),
            c -> c.addModalities(Modality.DIRECT_ASSISTANCE, Modality.DIRECT_ASSISTANCE));

    List<Tuple> reported = Reported.by(thrice);
    assertThat(reported)
        .containsExactly(
            finding(StandardRule.DUPLICATE_ENTRY, Severity.WARNING, "/classification/modalities/2"),
            finding(
                StandardRule.DUPLICATE_ENTRY, Severity.WARNING, "/classification/modalities/3"));
    assertThat(Reported.messages(StandardRule.DUPLICATE_ENTRY, thrice))
        .allSatisfy(message -> assertThat(message).contains("DIRECT_ASSISTANCE", "entry 0"));
  }

  @Test
  void aListLongerThanSixteenEntriesIsCheckedAsAShortOneIs() {
    Modality[] repeats = new Modality[18];
    Arrays.fill(repeats, Modality.DIRECT_ASSISTANCE);
    Programme longList =
        withClassification(SampleProgrammes.labourMobility(), c -> c.addModalities(repeats));

    assertThat(Reported.by(longList))
        .containsExactlyElementsOf(
            IntStream.rangeClosed(2, 19)
                .mapToObj(
                    i ->
                        finding(
                            StandardRule.DUPLICATE_ENTRY,
                            Severity.WARNING,
                            "/classification/modalities/" + i))
                .toList());
    assertThat(Reported.messages(StandardRule.DUPLICATE_ENTRY, longList))
        .hasSize(18)
        .allSatisfy(message -> assertThat(message).contains("DIRECT_ASSISTANCE", "entry 0"));
  }

  private static Allocation share(Activity activity, String percent) {
    return Allocation.of(activity, new BigDecimal(percent));
  }
}
