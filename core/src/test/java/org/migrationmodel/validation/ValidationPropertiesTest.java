package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.google.common.testing.SerializableTester;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.fixtures.Breach;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.fixtures.RuleBreaker;
import org.migrationmodel.programme.Programme;

class ValidationPropertiesTest {
  private static final int BREACHES = 4;

  /**
   * A generated programme broken several times over, each breach applied to the last result while
   * that result can still be broken; a programme of many problems at once.
   */
  private static Programme brokenManyTimes(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Programme programme = new ProgrammeGenerator(seed).next();
    StandardRule[] rules = StandardRule.values();
    for (int i = 0; i < BREACHES; i++) {
      StandardRule rule = rules[random.nextInt(rules.length)];
      try {
        programme = RuleBreaker.breaking(rule, programme).programme();
      } catch (IllegalArgumentException notBreakable) {
        // An earlier breach removed what this one needs; the programme stays as it is.
      }
    }
    return programme;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.migrationmodel.validation.PropertyCases#seeds")
  void noRuleThrowsOnAProgrammeWithManyProblems(long seed) {
    Programme programme = brokenManyTimes(seed);
    RuleContext context = new WellFormedFindings();

    for (StandardRule rule : StandardRule.values()) {
      assertThatCode(() -> rule.rule().check(programme, context))
          .as("seed %d, %s", seed, rule.id())
          .doesNotThrowAnyException();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.migrationmodel.validation.PropertyCases#seeds")
  void validationIsDeterministic(long seed) {
    Programme programme = brokenManyTimes(seed);
    Validator validator = Validator.standard();
    ValidationReport report = validator.validate(programme);

    assertThat(validator.validate(programme)).as("seed %d, again", seed).isEqualTo(report);
    assertThat(validator.validate(Programme.builder().from(programme).build()))
        .as("seed %d, a copy", seed)
        .isEqualTo(report);
    assertThat(validator.validate(SerializableTester.reserialize(programme)))
        .as("seed %d, a deserialized copy", seed)
        .isEqualTo(report);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.migrationmodel.validation.PropertyCases#seeds")
  void aBrokenProgrammeIsInvalidExactlyWhenAnErrorRuleWasBroken(long seed) {
    Programme clean = new ProgrammeGenerator(seed).next();
    StandardRule rule = StandardRule.values()[(int) (seed % StandardRule.values().length)];
    Breach breach = RuleBreaker.breaking(rule, clean);

    assertThat(breach.validator().validate(breach.programme()).isValid())
        .as("seed %d, %s", seed, rule.id())
        .isEqualTo(rule.severity() != Severity.ERROR);
  }
}
