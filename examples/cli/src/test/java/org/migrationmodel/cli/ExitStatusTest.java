package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migrationmodel.report.RunSummary;

class ExitStatusTest {

  // programmes, valid, errors, warnings, notes, rule failures, unreadable records, unreadable
  // inputs, inputs read in part, lines not read
  @Test
  void aRuleFailureGivesExitStatusThreeWhateverElseHappened() {
    assertThat(MigrationModelCli.exitStatus(new RunSummary(2, 0, 2, 0, 0, 1, 0, 1, 0, 0)))
        .isEqualTo(3);
  }

  @Test
  void anUnreadableInputGivesExitStatusTwoEvenWithErrorsElsewhere() {
    assertThat(MigrationModelCli.exitStatus(new RunSummary(1, 0, 1, 0, 0, 0, 0, 1, 0, 0)))
        .isEqualTo(2);
  }

  @Test
  void anInputReadInPartGivesExitStatusTwoForValidationAndForReading() {
    RunSummary readInPart = new RunSummary(1, 0, 1, 0, 0, 0, 0, 0, 1, 3);
    assertThat(MigrationModelCli.exitStatus(readInPart)).isEqualTo(2);
    assertThat(MigrationModelCli.readingStatus(readInPart)).isEqualTo(2);
  }

  @Test
  void aRecordThatCouldNotBeReadGivesExitStatusOneForValidationAndForReading() {
    RunSummary unreadableRecord = new RunSummary(1, 0, 1, 0, 0, 0, 1, 0, 0, 0);
    assertThat(MigrationModelCli.exitStatus(unreadableRecord)).isEqualTo(1);
    assertThat(MigrationModelCli.readingStatus(unreadableRecord)).isEqualTo(1);
  }

  @Test
  void readingIgnoresTheErrorsOfProgrammesThatWereRead() {
    RunSummary invalid = new RunSummary(2, 1, 3, 0, 0, 0, 0, 0, 0, 0);
    assertThat(MigrationModelCli.exitStatus(invalid)).isEqualTo(1);
    assertThat(MigrationModelCli.readingStatus(invalid)).isZero();
  }

  @Test
  void warningsAndNotesAloneExitZero() {
    assertThat(MigrationModelCli.exitStatus(new RunSummary(1, 1, 0, 1, 1, 0, 0, 0, 0, 0))).isZero();
  }
}
