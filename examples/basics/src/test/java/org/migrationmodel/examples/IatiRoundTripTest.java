package org.migrationmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IatiRoundTripTest {
  @Test
  void exportsTheSamplesReadsThemBackAndProposesAForeignActivitysClassification() throws Exception {
    String output = StandardOutput.of(() -> IatiRoundTrip.main(new String[0]));
    assertThat(output)
        .contains("Exported 13 activities")
        .contains(
            "NE-AVRR-2024-01: WRITTEN, primary ASSISTED_RETURN_AND_REINTEGRATION, 3 countries,"
                + " 2950000000 XOF")
        .contains("Imported 13 activities, complete: true")
        .contains(
            "GB-GOV-1-300123 (programme 300123): PROPOSED, primary REMITTANCES_AND_MONEY_TRANSFERS")
        .contains("INFO iati-proposed at /iati-activities/iati-activity[1] (line 1)");
  }
}
