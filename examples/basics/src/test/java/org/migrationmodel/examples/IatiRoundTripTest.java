package org.migrationmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IatiRoundTripTest {
  @Test
  void exportsTheSamplesReadsThemBackAndProposesOnlyForTheForeignActivityAboutMigration()
      throws Exception {
    String output = StandardOutput.of(() -> IatiRoundTrip.main(new String[0]));
    assertThat(output)
        .contains("Exported 13 activities")
        .contains(
            "NE-AVRR-2024-01: WRITTEN, primary ASSISTED_RETURN_AND_REINTEGRATION, 3 countries,"
                + " 2950000000 XOF")
        .contains("Imported 13 activities, complete: true")
        .contains(
            "XM-DAC-47066-RR.0001 (programme RR.0001): PROPOSED, primary"
                + " ASSISTED_RETURN_AND_REINTEGRATION")
        .contains("INFO iati-proposed at /iati-activities/iati-activity[1] (line 1)")
        .contains("GB-GOV-1-300124 (programme 300124): NONE\n")
        .contains("INFO iati-not-migration at /iati-activities/iati-activity[2] (line 1)")
        .contains(
            "file: INFO iati-unmapped at /iati-activities/iati-activity[1]/contact-info[1] (line"
                + " 1): The model has no place for contact-info: 2 in 2 activities, the first"
                + " here.");
  }
}
