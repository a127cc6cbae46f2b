package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.SerializableTester;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migrationmodel.fixtures.Concurrently;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.fixtures.RuleBreaker;
import org.migrationmodel.programme.Programme;

/**
 * One validator shared by many threads, or shipped to cluster workers as a serialized copy, gives
 * exactly the reports that one thread gets from the original.
 */
class SharedValidatorTest {
  private static final int PROGRAMMES = 10_000;
  private static final int THREADS = 8;
  private static final long SEED = 2026;
  // Every third programme breaks one rule, so that the reports compared hold findings.
  private static final int BREAK_EVERY = 3;

  private static final Validator VALIDATOR =
      Validator.builder()
          .severity(StandardRule.DUPLICATE_ENTRY, Severity.ERROR)
          .disable(StandardRule.UNSUPPORTED_THEME)
          .build();

  private static ImmutableList<Programme> programmes;
  private static ImmutableList<ValidationReport> singleThreaded;

  @BeforeAll
  static void validateOnOneThread() {
    programmes = programmes();
    singleThreaded =
        programmes.stream().map(VALIDATOR::validate).collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<Programme> programmes() {
    ProgrammeGenerator generator = new ProgrammeGenerator(SEED);
    StandardRule[] rules = StandardRule.values();
    ImmutableList.Builder<Programme> programmes = ImmutableList.builder();
    for (int i = 0; i < PROGRAMMES; i++) {
      Programme clean = generator.next();
      programmes.add(
          i % BREAK_EVERY == 0
              ? RuleBreaker.breaking(rules[(i / BREAK_EVERY) % rules.length], clean).programme()
              : clean);
    }
    return programmes.build();
  }

  @Test
  void theReportsComparedHoldFindingsOfEveryEnabledRule() {
    assertThat(singleThreaded).hasSize(PROGRAMMES);
    assertThat(singleThreaded.stream().filter(report -> !report.isValid()).count())
        .isGreaterThan(PROGRAMMES / BREAK_EVERY / 2);
    assertThat(
            singleThreaded.stream()
                .flatMap(report -> report.findings().stream())
                .map(Finding::ruleId)
                .distinct())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(StandardRule.values())
                .filter(rule -> rule != StandardRule.UNSUPPORTED_THEME)
                // Validated against the standard catalogue, where no code is withdrawn.
                .filter(rule -> rule != StandardRule.WITHDRAWN_CODE)
                .map(StandardRule::id)
                .toList());
  }

  @Test
  void eightThreadsSharingOneValidatorGetTheReportsOfOneThread() throws Exception {
    assertEveryThreadMatchesOneThread(VALIDATOR);
  }

  @Test
  void aSerializedCopySharedByEightThreadsGivesTheReportsOfTheOriginal() throws Exception {
    Validator copy = SerializableTester.reserialize(VALIDATOR);

    assertThat(copy.rules()).isEqualTo(VALIDATOR.rules());
    assertThat(copy.rules())
        .filteredOn(rule -> rule.id().equals(StandardRule.DUPLICATE_ENTRY.id()))
        .singleElement()
        .extracting(RuleDescription::severity)
        .isEqualTo(Severity.ERROR);
    assertEveryThreadMatchesOneThread(copy);
  }

  private static void assertEveryThreadMatchesOneThread(Validator validator) throws Exception {
    List<ValidationReport> reports = Concurrently.map(programmes, THREADS, validator::validate);

    for (int i = 0; i < PROGRAMMES; i++) {
      assertThat(reports.get(i))
          .as("programme %d (%s), validated by thread %d", i, programmes.get(i).id(), i % THREADS)
          .isEqualTo(singleThreaded.get(i));
    }
  }
}
