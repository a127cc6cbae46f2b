package org.migrationmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildAndValidateTest {
  @Test
  void printsTheFindingsOfTheProgrammeItBuilds() throws Exception {
    String output = StandardOutput.of(() -> BuildAndValidate.main(new String[0]));
    assertThat(output)
        .contains("ERROR allocation-sum at /budget/allocations")
        .contains("WARNING return-without-reintegration at /classification/crossCuttingActivities")
        .endsWith("invalid" + System.lineSeparator());
  }
}
