package org.migrationmodel.examples;

import java.math.BigDecimal;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.ValidationReport;
import org.migrationmodel.validation.Validator;

public class QuickStart {
  public static void main(String[] args) {
    Programme programme =
        Programme.builder()
            .id("MLI-AVRR-2026")
            .title("Return and reintegration of migrants stranded in Niger")
            .classification(
                Classification.builder()
                    .primaryActivity(Activity.ASSISTED_RETURN_AND_REINTEGRATION)
                    .addCrossCuttingActivities(CrossCuttingActivity.INTEGRATION_AND_REINTEGRATION)
                    .addTargetGroups(PopulationGroup.RETURNEES)
                    .build())
            .budget(
                Budget.builder()
                    .currency("EUR")
                    .total(new BigDecimal("6200000"))
                    .addAllocations(
                        Allocation.of(
                            Activity.ASSISTED_RETURN_AND_REINTEGRATION, new BigDecimal("90")))
                    .build())
            .build();

    ValidationReport report = Validator.standard().validate(programme);
    for (Finding finding : report.findings()) {
      System.out.println(finding.severity() + " " + finding.ruleId() + " " + finding.location());
      System.out.println("  " + finding.message());
    }
    System.out.println(report.isValid() ? "valid" : "not valid");
  }
}
