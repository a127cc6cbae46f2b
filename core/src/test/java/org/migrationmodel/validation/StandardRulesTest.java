package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.Theme;

class StandardRulesTest {
  private static final Programme BARE =
      Programme.builder().id("").title("").classification(Classification.builder().build()).build();

  /** The contract that the JSON reader, the command-line tool and the generator rely on. */
  @Test
  void theStandardRulesHaveTheAgreedIdsAndSeveritiesInThisOrder() {
    assertThat(StandardRule.values())
        .extracting(StandardRule::id, StandardRule::severity)
        .containsExactly(
            tuple("id-format", Severity.ERROR),
            tuple("title-required", Severity.ERROR),
            tuple("primary-activity-required", Severity.ERROR),
            tuple("primary-area-mismatch", Severity.ERROR),
            tuple("secondary-repeats-primary", Severity.WARNING),
            tuple("withdrawn-code", Severity.ERROR),
            tuple("duplicate-entry", Severity.WARNING),
            tuple("currency-code", Severity.ERROR),
            tuple("negative-amount", Severity.ERROR),
            tuple("allocation-share-range", Severity.ERROR),
            tuple("allocation-sum", Severity.ERROR),
            tuple("allocation-unlisted-activity", Severity.ERROR),
            tuple("primary-largest-share", Severity.WARNING),
            tuple("period-order", Severity.ERROR),
            tuple("country-code", Severity.ERROR),
            tuple("idp-cross-border", Severity.WARNING),
            tuple("trafficking-without-rights", Severity.WARNING),
            tuple("return-without-reintegration", Severity.WARNING),
            tuple("return-without-health", Severity.INFO),
            tuple("target-group-mismatch", Severity.WARNING),
            tuple("implied-theme-missing", Severity.INFO),
            tuple("unsupported-theme", Severity.WARNING));
  }

  @Test
  void eachStandardRuleIsFoundByItsIdAndNoOtherIdFindsOne() {
    for (StandardRule rule : StandardRule.values()) {
      assertThat(StandardRule.forId(rule.id())).contains(rule);
    }
    assertThat(StandardRule.forId("allocation-sums")).isEmpty();
    assertThat(StandardRule.forId(ValidatorProblem.RULE_FAILURE.id())).isEmpty();
  }

  /** A rule that judges each value alone depends on nothing else, so a gap hides none of them. */
  @Test
  void onlyTheRulesThatWeighSeveralValuesTogetherDependOnMembers() {
    assertThat(StandardRule.values())
        .filteredOn(rule -> rule.dependsOn().isEmpty())
        .containsExactly(
            StandardRule.ID_FORMAT,
            StandardRule.TITLE_REQUIRED,
            StandardRule.PRIMARY_ACTIVITY_REQUIRED,
            StandardRule.WITHDRAWN_CODE,
            StandardRule.DUPLICATE_ENTRY,
            StandardRule.CURRENCY_CODE,
            StandardRule.NEGATIVE_AMOUNT,
            StandardRule.ALLOCATION_SHARE_RANGE,
            StandardRule.COUNTRY_CODE);
    assertThat(StandardRule.ALLOCATION_UNLISTED_ACTIVITY.dependsOn())
        .containsExactly("/classification/primaryActivity", "/classification/secondaryActivities");
  }

  @Test
  void everyRuleExplainsWhatItChecksAndWhy() {
    assertThat(StandardRule.values())
        .allSatisfy(
            rule -> {
              assertThat(rule.summary()).as(rule.id()).isNotBlank().endsWith(".");
              assertThat(rule.rationale()).as(rule.id()).isNotBlank().endsWith(".");
            });
  }

  @ParameterizedTest(name = "{0} is silent on {1}")
  @MethodSource("org.migrationmodel.validation.PropertyCases#everyRuleOnEverySample")
  void everyRuleIsSilentOnAValidSample(StandardRule rule, String id, Programme sample) {
    assertThat(Reported.messages(rule, sample)).as("%s on %s", rule.id(), id).isEmpty();
  }

  /** Programmes at the edges of what construction allows. */
  static Stream<Arguments> edgeProgrammes() {
    List<Allocation> oddShares = new ArrayList<>();
    for (String share : List.of("0", "-1", "1E+3", "0.0000001", "100")) {
      oddShares.add(Allocation.of(Activity.RESETTLEMENT, new BigDecimal(share)));
    }
    Programme odd =
        Programme.builder()
            .id("x".repeat(200))
            .title("\t")
            .period(ProgrammePeriod.of(LocalDate.MAX, LocalDate.MIN))
            .addCountries(
                ProgrammeCountry.of("", CountryRole.ORIGIN),
                ProgrammeCountry.of(" ", CountryRole.DESTINATION))
            .classification(
                Classification.builder()
                    .addSecondaryActivities(Activity.INTERNALLY_DISPLACED_PERSONS)
                    .addSecondaryActivities(Activity.INTERNALLY_DISPLACED_PERSONS)
                    .addTargetGroups(PopulationGroup.INTERNALLY_DISPLACED_PERSONS)
                    .addThemes(Theme.values())
                    .build())
            .budget(
                Budget.builder()
                    .currency("")
                    .total(new BigDecimal("-1E+400"))
                    .allocations(oddShares)
                    .build())
            .build();
    Programme emptyBudget =
        Programme.builder()
            .from(BARE)
            .budget(Budget.builder().currency("usd").total(BigDecimal.ZERO).build())
            .build();
    return Stream.of(
        Arguments.of("bare", BARE),
        Arguments.of("odd", odd),
        Arguments.of("emptyBudget", emptyBudget));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edgeProgrammes")
  void noRuleThrowsOnEdgeProgrammes(String name, Programme programme) {
    RuleContext context = new WellFormedFindings();
    for (StandardRule rule : StandardRule.values()) {
      assertThatCode(() -> rule.rule().check(programme, context))
          .as(rule.id())
          .doesNotThrowAnyException();
    }
  }

  @Test
  void aBareProgrammeIsReportedForEveryMissingPart() {
    assertThat(Validator.standard().validate(BARE).findings())
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("id-format", "title-required", "primary-activity-required");
  }
}
