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

  @Test
  void aNounTakesAnBeforeAVowelAndAOtherwise() {
    assertThat(Quoting.withArticle("activity")).isEqualTo("an activity");
    assertThat(Quoting.withArticle("area")).isEqualTo("an area");
    assertThat(Quoting.withArticle("theme")).isEqualTo("a theme");
    assertThat(Quoting.withArticle("countryRole")).isEqualTo("a countryRole");
  }
}
