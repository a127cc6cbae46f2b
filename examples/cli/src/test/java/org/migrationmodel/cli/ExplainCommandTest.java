package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migrationmodel.validation.StandardRule;

class ExplainCommandTest {

  @Test
  void explainsAStandardRule() {
    CliRun run = CliRun.of("explain", "title-required");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("title-required (ERROR)")
        .contains("Checks: " + StandardRule.TITLE_REQUIRED.summary())
        .contains("Why:    " + StandardRule.TITLE_REQUIRED.rationale());
  }

  @Test
  void anUnknownRuleIsAUsageErrorThatListsTheRules() {
    CliRun run = CliRun.of("explain", "no-such-rule");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no-such-rule").contains("id-format");
  }

  @Test
  void aMissingRuleIdIsAUsageError() {
    assertThat(CliRun.of("explain").exitCode()).isEqualTo(2);
  }
}
