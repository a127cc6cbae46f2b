package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migrationmodel.report.RunSummary;

class ExitStatusTest {

  @Test
  void aRuleFailureGivesExitStatusThreeWhateverElseHappened() {
    assertThat(MigrationModelCli.exitStatus(new RunSummary(2, 0, 2, 0, 0, 1, 1, 0))).isEqualTo(3);
  }

  @Test
  void anUnreadableInputGivesExitStatusTwoEvenWithErrorsElsewhere() {
    assertThat(MigrationModelCli.exitStatus(new RunSummary(1, 0, 1, 0, 0, 0, 1, 0))).isEqualTo(2);
  }

  @Test
  void anInputReadInPartIsNotAnInputErrorItsMalformedRecordIsAnError() {
    assertThat(MigrationModelCli.exitStatus(new RunSummary(1, 0, 1, 0, 0, 0, 0, 1))).isEqualTo(1);
  }

  @Test
  void warningsAndNotesAloneExitZero() {
    assertThat(MigrationModelCli.exitStatus(new RunSummary(1, 1, 0, 1, 1, 0, 0, 0))).isZero();
  }
}
