package org.example.consumer;

import java.math.BigDecimal;
import java.util.Optional;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.json.ProgrammeJson;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.ValidationReport;
import org.migrationmodel.validation.Validator;

/**
 * Builds and validates a programme as a user's application would, writes it as JSON and reads it
 * back, and validates generated ones with the fixtures of migration-model-testlib. Exits with
 * status 1 when a result is not what the library documents.
 */
public final class ValidateProgramme {
  private ValidateProgramme() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Programme programme =
        Programme.builder()
            .id("MLI-AVRR-2026")
            .title("Return and reintegration assistance for migrants in Mali")
            .classification(
                Classification.builder()
                    .primaryActivity(Activity.ASSISTED_RETURN_AND_REINTEGRATION)
                    .build())
            .budget(
                Budget.builder()
                    .currency("EUR")
                    .total(new BigDecimal("2400000"))
                    .addAllocations(
                        Allocation.of(
                            Activity.ASSISTED_RETURN_AND_REINTEGRATION, new BigDecimal("90")))
                    .build())
            .build();
    ValidationReport report = Validator.standard().validate(programme);
    report.findings().forEach(System.out::println);
    check(
        report.findings().stream().map(Finding::ruleId).anyMatch("allocation-sum"::equals),
        "allocation-sum reports shares that sum to 90");

    String json = ProgrammeJson.writer().write(programme);
    System.out.println(json);
    ReadResult read = ProgrammeJson.reader().read(json);
    check(read.programme().equals(Optional.of(programme)), "the JSON reads back as the programme");

    ProgrammeGenerator generator = new ProgrammeGenerator(1);
    for (int i = 0; i < 100; i++) {
      check(
          Validator.standard().validate(generator.next()).isValid(),
          "generated programmes are valid");
    }
    boolean modulePath = ValidateProgramme.class.getModule().isNamed();
    System.out.println(
        "consumer example: OK on the " + (modulePath ? "module path" : "class path"));
  }

  private static void check(boolean holds, String expectation) {
    if (!holds) {
      System.err.println("consumer example: expected that " + expectation);
      System.exit(1);
    }
  }
}
