package org.migrationmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotingTest {

  @Test
  void aValueOfEightyCharactersIsQuotedWhole() {
    String value = "x".repeat(80);

    assertThat(Quoting.quote(value)).isEqualTo("\"" + value + "\"");
  }

  @Test
  void aLongerValueIsCutAfterEightyCharactersWithItsLength() {
    String value = "x".repeat(80) + "y";

    assertThat(Quoting.quote(value)).isEqualTo("\"" + "x".repeat(80) + "...\" (81 characters)");
  }
}
