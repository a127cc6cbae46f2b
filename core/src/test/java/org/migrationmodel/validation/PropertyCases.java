package org.migrationmodel.validation;

import java.util.Arrays;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.migrationmodel.fixtures.SampleProgrammes;

/**
 * The cases that property tests run over, shared by the tests of several packages. A failing case
 * names its seed or its rule and sample in its display name.
 */
final class PropertyCases {
  private static final int SEEDS = 300;

  private PropertyCases() {}

  /**
   * The seeds for {@link ProgrammeGenerator}.
   *
   * @return the seeds from 0 to 299
   */
  static LongStream seeds() {
    return LongStream.range(0, SEEDS);
  }

  /**
   * Every standard rule paired with every sample programme.
   *
   * @return arguments of rule, sample id and sample
   */
  static Stream<Arguments> everyRuleOnEverySample() {
    return Arrays.stream(StandardRule.values())
        .flatMap(
            rule ->
                SampleProgrammes.all().stream()
                    .map(sample -> Arguments.of(rule, sample.id(), sample)));
  }
}
