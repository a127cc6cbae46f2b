package org.migrationmodel.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.validation.ValidationReport;
import org.migrationmodel.validation.Validator;

/** Example: build a programme, validate it, and print every finding. */
public final class BuildAndValidate {
  private BuildAndValidate() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Programme programme =
        Programme.builder()
            .id("MLI-AVRR-2026")
            .title("Return and reintegration of migrants stranded in Niger")
            .period(ProgrammePeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)))
            .addCountries(
                ProgrammeCountry.of("NE", CountryRole.TRANSIT),
                ProgrammeCountry.of("ML", CountryRole.RETURN))
            .classification(
                Classification.builder()
                    .primaryActivity(Activity.ASSISTED_RETURN_AND_REINTEGRATION)
                    .addSecondaryActivities(Activity.STRANDED_MIGRANTS)
                    .addCrossCuttingActivities(CrossCuttingActivity.MIGRATION_HEALTH)
                    .addTargetGroups(PopulationGroup.RETURNEES)
                    .build())
            .budget(
                Budget.builder()
                    .currency("EUR")
                    .total(new BigDecimal("6200000"))
                    .addAllocations(
                        Allocation.of(
                            Activity.ASSISTED_RETURN_AND_REINTEGRATION, new BigDecimal("80")),
                        Allocation.of(Activity.STRANDED_MIGRANTS, new BigDecimal("15")))
                    .build())
            .build();

    ValidationReport report = Validator.standard().validate(programme);
    report.findings().forEach(System.out::println);
    System.out.println(report.isValid() ? "valid" : "invalid");
  }
}
