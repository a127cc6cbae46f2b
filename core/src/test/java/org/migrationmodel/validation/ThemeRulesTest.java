package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.migrationmodel.validation.Edits.withClassification;
import static org.migrationmodel.validation.Reported.finding;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.Modality;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.Theme;

class ThemeRulesTest {
  private static final String THEMES = "/classification/themes";

  private static Programme withoutTheme(Programme programme, Theme removed) {
    return withClassification(
        programme,
        c ->
            c.themes(
                programme.classification().themes().stream()
                    .filter(theme -> theme != removed)
                    .toList()));
  }

  static Stream<Arguments> impliedThemes() {
    return Stream.of(
        // REMITTANCES_AND_MONEY_TRANSFERS is a Migration and Development activity.
        Arguments.of(
            SampleProgrammes.diasporaAndRemittances(), Theme.MIGRATION_AND_SUSTAINABLE_DEVELOPMENT),
        // Resettlement with cultural orientation spans two areas.
        Arguments.of(
            SampleProgrammes.refugeeResettlement(), Theme.COMPREHENSIVE_MIGRATION_MANAGEMENT),
        Arguments.of(SampleProgrammes.counterTrafficking(), Theme.MIGRANTS_HUMAN_RIGHTS));
  }

  @ParameterizedTest(name = "{index}: {1} is implied")
  @MethodSource("impliedThemes")
  void anImpliedThemeThatIsNotListedIsInformationSuggestingTheTheme(
      Programme programme, Theme implied) {
    Programme missing = withoutTheme(programme, implied);

    assertThat(Reported.by(missing))
        .containsExactly(finding(StandardRule.IMPLIED_THEME_MISSING, Severity.INFO, THEMES));
    assertThat(Reported.suggestions(StandardRule.IMPLIED_THEME_MISSING, missing))
        .containsExactly(implied.code());
  }

  @Test
  void eachMissingImpliedThemeIsItsOwnFinding() {
    Programme sample = SampleProgrammes.assistedVoluntaryReturn();
    Programme missing = withClassification(sample, c -> c.themes(List.of(Theme.POLICY_COHERENCE)));

    assertThat(Validator.standard().validate(missing).findings())
        .extracting(Finding::ruleId, finding -> finding.location().path(), Finding::suggestions)
        .containsExactlyInAnyOrder(
            tuple(
                StandardRule.IMPLIED_THEME_MISSING.id(),
                THEMES,
                List.of(Theme.COMPREHENSIVE_MIGRATION_MANAGEMENT.code())),
            tuple(
                StandardRule.IMPLIED_THEME_MISSING.id(),
                THEMES,
                List.of(Theme.MIGRATION_AND_SUSTAINABLE_DEVELOPMENT.code())));
  }

  /**
   * Each theme added to a sample that does not support it; the IDP sample supports only theme 5,
   * the return-of-qualified-nationals sample all but theme 5.
   */
  static Stream<Arguments> unsupportedThemes() {
    return Stream.of(
        Arguments.of(
            SampleProgrammes.idpCampCoordination(), Theme.COMPREHENSIVE_MIGRATION_MANAGEMENT),
        Arguments.of(SampleProgrammes.idpCampCoordination(), Theme.REGIONAL_CONSULTATIVE_PROCESSES),
        Arguments.of(
            SampleProgrammes.idpCampCoordination(), Theme.MIGRATION_AND_SUSTAINABLE_DEVELOPMENT),
        Arguments.of(SampleProgrammes.idpCampCoordination(), Theme.MIGRANTS_HUMAN_RIGHTS),
        Arguments.of(SampleProgrammes.returnOfQualifiedNationals(), Theme.POLICY_COHERENCE));
  }

  @ParameterizedTest(name = "{index}: {1} is unsupported")
  @MethodSource("unsupportedThemes")
  void aListedThemeThatNothingSupportsIsAWarningAtThatTheme(Programme programme, Theme theme) {
    Programme unsupported = withClassification(programme, c -> c.addThemes(theme));
    int index = unsupported.classification().themes().size() - 1;

    assertThat(Reported.by(unsupported))
        .containsExactly(
            finding(StandardRule.UNSUPPORTED_THEME, Severity.WARNING, THEMES + "/" + index));
  }

  @Test
  void anUnsupportedThemeIsToldWhatWouldSupportIt() {
    Programme unsupported =
        withClassification(
            SampleProgrammes.idpCampCoordination(), c -> c.addThemes(Theme.MIGRANTS_HUMAN_RIGHTS));

    assertThat(Reported.messages(StandardRule.UNSUPPORTED_THEME, unsupported))
        .singleElement()
        .asString()
        .contains(
            "add COUNTER_TRAFFICKING and COUNTER_SMUGGLING, the cross-cutting activity"
                + " MIGRANTS_RIGHTS_AND_INTERNATIONAL_MIGRATION_LAW, or the target group"
                + " VICTIMS_OF_TRAFFICKING or SMUGGLED_MIGRANTS, or remove the theme.");
  }

  static Stream<Arguments> themeSupport() {
    return Stream.of(
        support(
            Theme.COMPREHENSIVE_MIGRATION_MANAGEMENT,
            c -> c.addCrossCuttingActivities(CrossCuttingActivity.POLICY_DEBATE_AND_GUIDANCE)),
        support(
            Theme.COMPREHENSIVE_MIGRATION_MANAGEMENT,
            c ->
                c.addCrossCuttingActivities(
                    CrossCuttingActivity.TECHNICAL_COOPERATION_AND_CAPACITY_BUILDING)),
        support(
            Theme.REGIONAL_CONSULTATIVE_PROCESSES,
            c ->
                c.addCrossCuttingActivities(
                    CrossCuttingActivity.REGIONAL_AND_INTERNATIONAL_COOPERATION)),
        support(
            Theme.REGIONAL_CONSULTATIVE_PROCESSES,
            c -> c.addModalities(Modality.INTERNATIONAL_COOPERATION)),
        support(
            Theme.MIGRATION_AND_SUSTAINABLE_DEVELOPMENT,
            c -> c.addTargetGroups(PopulationGroup.DIASPORA)),
        support(
            Theme.MIGRANTS_HUMAN_RIGHTS,
            c ->
                c.addCrossCuttingActivities(
                    CrossCuttingActivity.MIGRANTS_RIGHTS_AND_INTERNATIONAL_MIGRATION_LAW)),
        support(
            Theme.MIGRANTS_HUMAN_RIGHTS,
            c -> c.addTargetGroups(PopulationGroup.VICTIMS_OF_TRAFFICKING)),
        support(
            Theme.MIGRANTS_HUMAN_RIGHTS,
            c -> c.addTargetGroups(PopulationGroup.SMUGGLED_MIGRANTS)));
  }

  private static Arguments support(Theme theme, UnaryOperator<Classification.Builder> edit) {
    return Arguments.of(theme, edit);
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("themeSupport")
  void whatSectionBDescribesSupportsTheTheme(
      Theme theme, UnaryOperator<Classification.Builder> addSupport) {
    Programme supported =
        withClassification(
            SampleProgrammes.idpCampCoordination(), c -> addSupport.apply(c).addThemes(theme));

    assertThat(Reported.messages(StandardRule.UNSUPPORTED_THEME, supported)).isEmpty();
  }

  @Test
  void twoPartnerAgenciesSupportPolicyCoherence() {
    Programme oneAgency =
        withClassification(
            SampleProgrammes.returnOfQualifiedNationals(),
            c -> c.addThemes(Theme.POLICY_COHERENCE));
    Programme twoAgencies = Programme.builder().from(oneAgency).addPartners(Agency.ILO).build();
    Programme sameAgencyTwice = Programme.builder().from(oneAgency).addPartners(Agency.IOM).build();

    assertThat(Reported.messages(StandardRule.UNSUPPORTED_THEME, oneAgency)).hasSize(1);
    assertThat(Reported.messages(StandardRule.UNSUPPORTED_THEME, twoAgencies)).isEmpty();
    assertThat(Reported.messages(StandardRule.UNSUPPORTED_THEME, sameAgencyTwice)).hasSize(1);
  }

  @Test
  void activitiesInSeveralAreasSupportTheComprehensiveApproach() {
    Programme twoAreas =
        withClassification(
            SampleProgrammes.idpCampCoordination(),
            c ->
                c.addSecondaryActivities(Activity.DOCUMENTATION)
                    .addThemes(Theme.COMPREHENSIVE_MIGRATION_MANAGEMENT));

    assertThat(Reported.by(twoAreas)).isEmpty();
  }

  @Test
  void impliedGivesEachImpliedThemeWithWhatImpliesIt() {
    // Assisted return is a Regulating Migration activity; MICRO_CREDIT_SCHEMES, the second
    // secondary activity, is the first Migration and Development one.
    assertThat(ThemeSupport.implied(SampleProgrammes.assistedVoluntaryReturn().classification()))
        .containsExactly(
            entry(
                Theme.COMPREHENSIVE_MIGRATION_MANAGEMENT,
                "its activities span the areas MIGRATION_AND_DEVELOPMENT and REGULATING_MIGRATION"),
            entry(
                Theme.MIGRATION_AND_SUSTAINABLE_DEVELOPMENT,
                "MICRO_CREDIT_SCHEMES is a Migration and Development activity"));
    assertThat(ThemeSupport.implied(SampleProgrammes.counterTrafficking().classification()))
        .containsExactly(
            entry(
                Theme.MIGRANTS_HUMAN_RIGHTS,
                "COUNTER_TRAFFICKING protects people affected by trafficking and smuggling"));
    assertThat(ThemeSupport.implied(SampleProgrammes.idpCampCoordination().classification()))
        .isEmpty();
  }

  @Test
  void theImpliedThemeMessageNamesTheFirstActivityThatImpliesTheTheme() {
    Programme missing =
        withoutTheme(
            SampleProgrammes.assistedVoluntaryReturn(),
            Theme.MIGRATION_AND_SUSTAINABLE_DEVELOPMENT);

    assertThat(Reported.messages(StandardRule.IMPLIED_THEME_MISSING, missing))
        .containsExactly(
            "The programme contributes to theme 3, MIGRATION_AND_SUSTAINABLE_DEVELOPMENT, because"
                + " MICRO_CREDIT_SCHEMES is a Migration and Development activity; add"
                + " MIGRATION_AND_SUSTAINABLE_DEVELOPMENT to the themes.");
  }

  @Test
  void supportedGivesTheImpliedThemesAndThoseOtherwiseBorneOut() {
    // The IDP sample implies nothing; MIGRATION_HEALTH and its two partners support theme 5.
    assertThat(ThemeSupport.supported(SampleProgrammes.idpCampCoordination()))
        .containsExactly(Theme.POLICY_COHERENCE);
    // Border management implies nothing either (all its activities regulate migration), but its
    // cross-cutting activities bear out themes 1, 2 and 4, and its two partners theme 5.
    assertThat(ThemeSupport.supported(SampleProgrammes.borderManagement()))
        .containsExactly(
            Theme.COMPREHENSIVE_MIGRATION_MANAGEMENT,
            Theme.REGIONAL_CONSULTATIVE_PROCESSES,
            Theme.MIGRANTS_HUMAN_RIGHTS,
            Theme.POLICY_COHERENCE);
  }
}
