package org.migrationmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.fixtures.Breach;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.fixtures.RuleBreaker;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.StandardRule;
import org.migrationmodel.validation.Validator;

/**
 * How a downstream project tests its own code with the fixtures: property tests over seeds (the
 * seed is in the test's name, so a failure says how to reproduce it) and programmes broken on
 * purpose.
 */
class FixturesInTestsTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 50);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedProgrammesAreValidSoOurCodeCanRelyOnThem(long seed) {
    Programme programme = new ProgrammeGenerator(seed).next();
    assertThat(Validator.standard().validate(programme).isValid()).as("seed %d", seed).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = StandardRule.class, names = "WITHDRAWN_CODE", mode = EnumSource.Mode.EXCLUDE)
  void aBrokenSampleIsReportedByTheRuleItBreaks(StandardRule rule) {
    Breach breach = RuleBreaker.breaking(rule, SampleProgrammes.labourMobility());
    assertThat(breach.validator().validate(breach.programme()).findings())
        .extracting(Finding::ruleId)
        .containsOnly(rule.id());
  }

  @Test
  void theExamplePrintsSamplesGeneratedProgrammesAndABreach() throws Exception {
    String output = StandardOutput.of(() -> FixturesInTests.main(new String[0]));
    assertThat(output)
        .startsWith(SampleProgrammes.all().size() + " sample programmes")
        .endsWith("allocation-sum" + System.lineSeparator());
    assertThat(output.lines()).hasSize(5);
  }
}
