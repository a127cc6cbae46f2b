package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.testing.SerializableTester;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migrationmodel.fixtures.RuleBreaker;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Catalogue;

class ValidatorTest {
  /** An organisation's own rule, as a user would write it: a lambda. */
  private static final Rule REQUIRE_BUDGET =
      (programme, context) -> {
        if (programme.budget().isEmpty()) {
          context.report(Pointers.of("budget"), "The programme has no budget; add one.");
        }
      };

  private static final RuleDescription BUDGET_REQUIRED =
      RuleDescription.of(
          "org-budget-required",
          Severity.WARNING,
          "Every programme states its budget.",
          "Our donors report by budget.");

  private static final Rule ALWAYS_THROWS =
      (programme, context) -> {
        throw new IllegalStateException("boom");
      };

  private static Programme untitled() {
    return Programme.builder()
        .id("P-1")
        .title(" ")
        .classification(
            Classification.builder().primaryActivity(Activity.BORDER_MANAGEMENT).build())
        .build();
  }

  /** A description of an organisation's rule with this id, at severity INFO. */
  private static RuleDescription described(String id) {
    return RuleDescription.of(id, Severity.INFO, "What " + id + " checks.", "Why it matters.");
  }

  private static Optional<RuleDescription> described(Validator validator, String id) {
    return validator.rules().stream().filter(rule -> rule.id().equals(id)).findFirst();
  }

  @Test
  void theStandardValidatorAppliesEveryStandardRuleAtItsDefaultSeverityWithItsDescription() {
    assertThat(Validator.standard().rules())
        .extracting(
            RuleDescription::id,
            RuleDescription::severity,
            RuleDescription::summary,
            RuleDescription::rationale)
        .containsExactlyElementsOf(
            Arrays.stream(StandardRule.values())
                .map(rule -> tuple(rule.id(), rule.severity(), rule.summary(), rule.rationale()))
                .toList());
  }

  @Test
  void standardRuleIdsAreUniqueAndInKebabCase() {
    assertThat(Arrays.stream(StandardRule.values()).map(StandardRule::id))
        .doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }

  @Test
  void aDisabledRuleReportsNothingAndIsNoLongerListed() {
    Validator validator = Validator.builder().disable(StandardRule.TITLE_REQUIRED).build();

    assertThat(validator.validate(untitled()).findings())
        .extracting(Finding::ruleId)
        .doesNotContain("title-required");
    assertThat(validator.rules()).extracting(RuleDescription::id).doesNotContain("title-required");
  }

  @Test
  void aChangedSeverityAppliesToTheRulesFindingsAndReenablesADisabledRule() {
    Validator validator =
        Validator.builder()
            .disable(StandardRule.TITLE_REQUIRED)
            .severity(StandardRule.TITLE_REQUIRED, Severity.WARNING)
            .build();

    assertThat(validator.validate(untitled()).findings())
        .filteredOn(finding -> finding.ruleId().equals("title-required"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.WARNING);
    assertThat(described(validator, "title-required"))
        .get()
        .extracting(RuleDescription::severity)
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void anOrganisationsRuleReportsWithTheIdAndSeverityOfItsDescription() {
    Validator validator = Validator.builder().add(BUDGET_REQUIRED, REQUIRE_BUDGET).build();

    assertThat(validator.validate(untitled()).findings())
        .filteredOn(finding -> finding.ruleId().equals("org-budget-required"))
        .extracting(Finding::severity, finding -> finding.location())
        .containsExactly(tuple(Severity.WARNING, Location.pointer("/budget")));
    assertThat(described(validator, "org-budget-required")).contains(BUDGET_REQUIRED);
  }

  @Test
  void anOrganisationsRuleCanBeReGradedAndDisabledLikeAStandardOne() {
    Validator regraded =
        Validator.builder()
            .add(BUDGET_REQUIRED, REQUIRE_BUDGET)
            .severity(BUDGET_REQUIRED, Severity.ERROR)
            .build();
    Validator disabled =
        Validator.builder().add(BUDGET_REQUIRED, REQUIRE_BUDGET).disable(BUDGET_REQUIRED).build();
    Validator enabledAgain =
        Validator.builder()
            .add(BUDGET_REQUIRED, REQUIRE_BUDGET)
            .disable(BUDGET_REQUIRED)
            .severity(BUDGET_REQUIRED, Severity.INFO)
            .build();

    assertThat(regraded.validate(untitled()).findings())
        .filteredOn(finding -> finding.ruleId().equals("org-budget-required"))
        .extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
    assertThat(described(regraded, "org-budget-required"))
        .get()
        .extracting(RuleDescription::severity, RuleDescription::summary)
        .containsExactly(Severity.ERROR, BUDGET_REQUIRED.summary());
    assertThat(disabled.validate(untitled()).findings())
        .extracting(Finding::ruleId)
        .doesNotContain("org-budget-required");
    assertThat(described(disabled, "org-budget-required")).isEmpty();
    assertThat(enabledAgain.rules())
        .extracting(RuleDescription::id, RuleDescription::severity)
        .endsWith(tuple("org-budget-required", Severity.INFO));
  }

  @Test
  void disablingOrReGradingARuleTheBuilderDoesNotKnowIsRefused() {
    Validator.Builder builder = Validator.builder();

    assertThatThrownBy(() -> builder.disable(BUDGET_REQUIRED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("org-budget-required");
    assertThatThrownBy(() -> builder.severity(BUDGET_REQUIRED, Severity.INFO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("org-budget-required");
  }

  @Test
  void anOrganisationsRuleIdMustBeNewAndNotTheRuleFailureId() {
    Validator.Builder builder = Validator.builder().add(BUDGET_REQUIRED, REQUIRE_BUDGET);

    assertThatThrownBy(() -> builder.add(BUDGET_REQUIRED, REQUIRE_BUDGET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already present");
    assertThatThrownBy(() -> builder.add(described("title-required"), REQUIRE_BUDGET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already present");
    assertThatThrownBy(
            () -> builder.add(described(ValidatorProblem.RULE_FAILURE.id()), REQUIRE_BUDGET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule-failure");
  }

  @Test
  void aRuleDescriptionHasAKebabCaseIdAndASummaryAndRationale() {
    assertThatThrownBy(() -> described("Not_Kebab"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kebab case");
    assertThatThrownBy(() -> RuleDescription.of("org-rule", Severity.INFO, " ", "Why."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("summary");
    assertThatThrownBy(() -> RuleDescription.of("org-rule", Severity.INFO, "What.", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rationale");
  }

  @Test
  void aStandardRuleIdStaysReservedWhenTheRuleIsDisabled() {
    Validator.Builder builder = Validator.builder().disable(StandardRule.TITLE_REQUIRED);

    assertThatThrownBy(() -> builder.add(described("title-required"), REQUIRE_BUDGET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title-required");
  }

  @Test
  void aRuleThatThrowsIsARuleFailureKeepingItsCauseAndTheOtherRulesStillRun() {
    Validator validator =
        Validator.builder().add(described("always-throws"), ALWAYS_THROWS).build();
    ValidationReport report = validator.validate(untitled());

    assertThat(report.findings())
        .extracting(Finding::ruleId, Finding::severity, finding -> finding.location().path())
        .containsExactly(
            tuple(ValidatorProblem.RULE_FAILURE.id(), Severity.ERROR, ""),
            tuple("title-required", Severity.ERROR, "/title"));
    Finding failure = report.ruleFailures().get(0);
    assertThat(report.ruleFailures()).containsExactly(failure);
    assertThat(failure.message()).contains("\"always-throws\"", "boom");
    assertThat(failure.cause())
        .get()
        .isInstanceOf(IllegalStateException.class)
        .extracting(Throwable::getMessage)
        .isEqualTo("boom");
  }

  @Test
  void aReportWithARuleFailureIsIncompleteAndNeverValid() {
    Programme clean = SampleProgrammes.counterTrafficking();
    ValidationReport failed =
        Validator.builder().add(described("always-throws"), ALWAYS_THROWS).build().validate(clean);
    ValidationReport checked = Validator.standard().validate(clean);
    ValidationReport badData = Validator.standard().validate(untitled());

    assertThat(failed.isComplete()).isFalse();
    assertThat(failed.isValid()).isFalse();
    assertThat(checked.isComplete()).isTrue();
    assertThat(checked.ruleFailures()).isEmpty();
    assertThat(badData.isComplete()).isTrue();
    assertThat(badData.isValid()).isFalse();
    assertThat(badData.ruleFailures()).isEmpty();
  }

  @Test
  void theExceptionOfAnIncompleteReportIsCausedByTheRulesException() {
    ValidationReport failed =
        Validator.builder()
            .add(described("always-throws"), ALWAYS_THROWS)
            .build()
            .validate(SampleProgrammes.counterTrafficking());

    assertThatThrownBy(failed::throwIfInvalid)
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(ValidatorProblem.RULE_FAILURE.id())
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("boom");
    assertThatThrownBy(() -> Validator.standard().validate(untitled()).throwIfInvalid())
        .isInstanceOf(ValidationException.class)
        .hasNoCause();
  }

  @Test
  void aValidatorChecksAgainstTheCatalogueItWasGiven() {
    Catalogue withdrawing =
        RuleBreaker.breaking(StandardRule.WITHDRAWN_CODE, SampleProgrammes.counterTrafficking())
            .catalogue();

    assertThat(Validator.standard().catalogue()).isSameAs(Catalogue.standard());
    assertThat(Validator.builder().catalogue(withdrawing).build().catalogue())
        .isSameAs(withdrawing);
  }

  @Test
  void aValidatorWithALambdaRuleSurvivesSerializationAndGivesTheSameReport() {
    Validator validator =
        Validator.builder()
            .severity(StandardRule.TITLE_REQUIRED, Severity.INFO)
            .add(BUDGET_REQUIRED, REQUIRE_BUDGET)
            .build();
    Validator copy = SerializableTester.reserialize(validator);

    assertThat(copy.validate(untitled())).isEqualTo(validator.validate(untitled()));
    assertThat(copy.rules()).isEqualTo(validator.rules());
  }
}
