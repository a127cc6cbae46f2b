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
                .map(
                    rule ->
                        tuple(
                            rule.id(),
                            rule.defaultSeverity(),
                            Optional.of(rule.summary()),
                            Optional.of(rule.rationale())))
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
  void aCustomLambdaRuleAddsItsFindingsWithTheIdAndSeverityGivenAtRegistration() {
    Validator validator =
        Validator.builder().add("org-budget-required", Severity.WARNING, REQUIRE_BUDGET).build();

    assertThat(validator.validate(untitled()).findings())
        .filteredOn(finding -> finding.ruleId().equals("org-budget-required"))
        .extracting(Finding::severity, Finding::pointer)
        .containsExactly(tuple(Severity.WARNING, "/budget"));
    assertThat(described(validator, "org-budget-required"))
        .get()
        .extracting(RuleDescription::severity, RuleDescription::summary)
        .containsExactly(Severity.WARNING, Optional.empty());
  }

  @Test
  void aCustomRuleMayBeRegisteredWithWhatItChecksAndWhy() {
    Validator validator =
        Validator.builder()
            .add(
                "org-budget-required",
                Severity.ERROR,
                "Every programme states its budget.",
                "Our donors report by budget.",
                REQUIRE_BUDGET)
            .build();

    assertThat(described(validator, "org-budget-required"))
        .get()
        .extracting(RuleDescription::summary, RuleDescription::rationale)
        .containsExactly(
            Optional.of("Every programme states its budget."),
            Optional.of("Our donors report by budget."));
  }

  @Test
  void customRuleIdsMustBeNewKebabCaseAndNotTheRuleFailureId() {
    Validator.Builder builder =
        Validator.builder().add("org-budget-required", Severity.INFO, REQUIRE_BUDGET);

    assertThatThrownBy(() -> builder.add("org-budget-required", Severity.INFO, REQUIRE_BUDGET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already present");
    assertThatThrownBy(() -> builder.add("title-required", Severity.INFO, REQUIRE_BUDGET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already present");
    assertThatThrownBy(() -> builder.add(Finding.RULE_FAILURE, Severity.INFO, REQUIRE_BUDGET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Finding.RULE_FAILURE);
    assertThatThrownBy(() -> builder.add("Not_Kebab", Severity.INFO, REQUIRE_BUDGET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kebab case");
  }

  @Test
  void aStandardRuleIdStaysReservedWhenTheRuleIsDisabled() {
    Validator.Builder builder = Validator.builder().disable(StandardRule.TITLE_REQUIRED);

    assertThatThrownBy(() -> builder.add("title-required", Severity.INFO, REQUIRE_BUDGET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title-required");
  }

  @Test
  void aRuleThatThrowsIsARuleFailureKeepingItsCauseAndTheOtherRulesStillRun() {
    Validator validator =
        Validator.builder().add("always-throws", Severity.INFO, ALWAYS_THROWS).build();
    ValidationReport report = validator.validate(untitled());

    assertThat(report.findings())
        .extracting(Finding::ruleId, Finding::severity, Finding::pointer)
        .containsExactly(
            tuple(Finding.RULE_FAILURE, Severity.ERROR, ""),
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
        Validator.builder()
            .add("always-throws", Severity.INFO, ALWAYS_THROWS)
            .build()
            .validate(clean);
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
            .add("always-throws", Severity.INFO, ALWAYS_THROWS)
            .build()
            .validate(SampleProgrammes.counterTrafficking());

    assertThatThrownBy(failed::throwIfInvalid)
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(Finding.RULE_FAILURE)
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
            .add("org-budget-required", Severity.WARNING, REQUIRE_BUDGET)
            .build();
    Validator copy = SerializableTester.reserialize(validator);

    assertThat(copy.validate(untitled())).isEqualTo(validator.validate(untitled()));
    assertThat(copy.rules()).isEqualTo(validator.rules());
  }
}
