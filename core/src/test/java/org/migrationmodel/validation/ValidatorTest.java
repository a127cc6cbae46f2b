package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.testing.SerializableTester;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.migrationmodel.fixtures.RuleBreaker;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Catalogue;

class ValidatorTest {

  private static Programme untitled() {
    return Programme.builder()
        .id("P-1")
        .title(" ")
        .classification(
            Classification.builder().primaryActivity(Activity.BORDER_MANAGEMENT).build())
        .build();
  }

  @Test
  void theStandardValidatorAppliesEveryStandardRuleAtItsDefaultSeverity() {
    Validator standard = Validator.standard();
    assertThat(standard.rules()).containsExactly(StandardRule.values());
    for (StandardRule rule : StandardRule.values()) {
      assertThat(standard.severity(rule.id())).isEqualTo(rule.defaultSeverity());
    }
  }

  @Test
  void standardRuleIdsAreUniqueAndInKebabCase() {
    assertThat(Arrays.stream(StandardRule.values()).map(StandardRule::id))
        .doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }

  @Test
  void aDisabledRuleReportsNothing() {
    Validator validator = Validator.builder().disable("title-required").build();
    assertThat(validator.validate(untitled()).findings())
        .extracting(Finding::ruleId)
        .doesNotContain("title-required");
    assertThat(validator.rules()).doesNotContain(StandardRule.TITLE_REQUIRED);
  }

  @Test
  void aChangedSeverityAppliesToTheRulesFindings() {
    Validator validator = Validator.builder().severity("title-required", Severity.WARNING).build();
    assertThat(validator.validate(untitled()).findings())
        .filteredOn(finding -> finding.ruleId().equals("title-required"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void unknownRuleIdsAreRefusedByName() {
    assertThatThrownBy(() -> Validator.builder().disable("no-such-rule"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-rule");
    assertThatThrownBy(() -> Validator.builder().severity("no-such-rule", Severity.INFO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Validator.standard().severity("no-such-rule"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCustomRuleAddsItsFindingsWithItsIdAndSeverity() {
    Validator validator = Validator.builder().add(new RequireBudget()).build();
    assertThat(validator.validate(untitled()).findings())
        .filteredOn(finding -> finding.ruleId().equals("org-budget-required"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.severity()).isEqualTo(Severity.WARNING);
              assertThat(finding.pointer()).isEqualTo("/budget");
            });
  }

  @Test
  void customRuleIdsMustBeNewAndInKebabCase() {
    assertThatThrownBy(() -> Validator.builder().add(new RequireBudget()).add(new RequireBudget()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already present");
    assertThatThrownBy(() -> Validator.builder().add(new NamedRule("Not_Kebab")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kebab case");
  }

  @Test
  void aRuleThatThrowsIsARuleFailureKeepingItsCauseAndTheOtherRulesStillRun() {
    Validator validator = Validator.builder().add(new NamedRule("always-throws")).build();
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
        Validator.builder().add(new NamedRule("always-throws")).build().validate(clean);
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
            .add(new NamedRule("always-throws"))
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
  void aValidatorSurvivesSerializationAndGivesTheSameReport() {
    Validator validator =
        Validator.builder()
            .severity("title-required", Severity.INFO)
            .add(new RequireBudget())
            .build();
    Validator copy = SerializableTester.reserialize(validator);
    assertThat(copy.validate(untitled())).isEqualTo(validator.validate(untitled()));
    assertThat(copy.severity("title-required")).isEqualTo(Severity.INFO);
  }

  /** An organisation's own rule, as a user would write it. */
  private static final class RequireBudget implements Rule {
    private static final long serialVersionUID = 1L;

    @Override
    public String id() {
      return "org-budget-required";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String summary() {
      return "Every programme states its budget.";
    }

    @Override
    public String rationale() {
      return "Our donors report by budget.";
    }

    @Override
    public void check(Programme programme, RuleContext context) {
      if (programme.budget().isEmpty()) {
        context.report(Pointers.of("budget"), "The programme has no budget; add one.");
      }
    }
  }

  /** A rule with any id, whose check fails. */
  private record NamedRule(String id) implements Rule {
    private static final long serialVersionUID = 1L;

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public String summary() {
      return "Fails.";
    }

    @Override
    public String rationale() {
      return "To test failure handling.";
    }

    @Override
    public void check(Programme programme, RuleContext context) {
      throw new IllegalStateException("boom");
    }
  }
}
