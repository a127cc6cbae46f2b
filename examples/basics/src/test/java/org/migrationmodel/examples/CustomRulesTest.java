package org.migrationmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomRulesTest {
  @Test
  void theOrganisationsRuleReportsAndTheRuleSetIsChangedAsAsked() throws Exception {
    String output = StandardOutput.of(() -> CustomRules.main(new String[0]));
    assertThat(output)
        .contains("ERROR org-period-required at /period")
        .contains("trafficking-without-rights ERROR")
        .contains("org-period-required ERROR")
        .doesNotContain("return-without-health");
  }
}
