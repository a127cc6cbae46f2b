package org.migrationmodel.suggester;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmodel.taxonomy.SupportedLanguage;

/** British and American spellings of a word meet at the same stem; other words keep theirs. */
class AmericanSpellingFilterTest {
  private static final TextAnalysis ANALYSIS = new TextAnalysis();

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "reception centres, reception centers",
    "Transit Centre, transit center",
    "community stabilisation, community stabilization",
    "demobilisations, demobilizations",
    "labour migration, labor migration",
    "Labourers, laborers",
    "neighbouring countries, neighboring countries",
    "resettlement programme, resettlement program",
  })
  void britishAndAmericanSpellingsMeet(String british, String american) {
    assertThat(stems(british)).isEqualTo(stems(american)).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"raise", "expertise", "enterprise", "isation", "tour", "center"})
  void otherWordsAreLeftAlone(String word) {
    assertThat(AmericanSpellingFilter.american(word)).isEqualTo(word);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "centres, centers",
    "organisations, organizations",
    "labour-intensive, labor-intensive"
  })
  void rewritesTheBritishSpelling(String word, String expected) {
    assertThat(AmericanSpellingFilter.american(word)).isEqualTo(expected);
  }

  private static String stems(String text) {
    return String.join(" ", ANALYSIS.analyse(text, SupportedLanguage.ENGLISH).stems);
  }
}
