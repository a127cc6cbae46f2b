package org.migrationmodel.examples;

import org.migrationmodel.fixtures.Breach;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.fixtures.RuleBreaker;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.StandardRule;

/**
 * Example: the fixtures a downstream test suite uses: hand-written samples, seeded generated
 * programmes, and a programme broken on purpose. {@code FixturesInTestsTest} shows them inside
 * JUnit tests.
 */
public final class FixturesInTests {
  private FixturesInTests() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.println(SampleProgrammes.all().size() + " sample programmes");

    ProgrammeGenerator generator = new ProgrammeGenerator(42);
    for (int i = 0; i < 3; i++) {
      Programme programme = generator.next();
      System.out.println(
          programme.id() + " " + programme.classification().primaryActivity().orElseThrow());
    }

    Breach breach =
        RuleBreaker.breaking(StandardRule.ALLOCATION_SUM, SampleProgrammes.labourMobility());
    System.out.println(breach.validator().validate(breach.programme()).findings().get(0).ruleId());
  }
}
