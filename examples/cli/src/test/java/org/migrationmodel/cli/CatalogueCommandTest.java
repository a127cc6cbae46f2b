package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmodel.taxonomy.Catalogue;

class CatalogueCommandTest {

  @Test
  void printsAreasWithTheirActivitiesThenCrossCuttingActivitiesThenThemes() {
    CliRun run = CliRun.of("catalogue");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .containsSubsequence(
            "catalogue 1.0",
            "Migration and Development  [MIGRATION_AND_DEVELOPMENT]",
            "    Return of Qualified Nationals  [RETURN_OF_QUALIFIED_NATIONALS]",
            "Forced Migration  [FORCED_MIGRATION]",
            "    Elections and Referenda  [ELECTIONS_AND_REFERENDA]",
            "Cross-cutting activities",
            "  Integration and Reintegration  [INTEGRATION_AND_REINTEGRATION]",
            "Themes for the High-Level Dialogue",
            "  5. ");
    assertThat(run.out().lines().filter(line -> line.startsWith("    "))).hasSize(30);
  }

  @Test
  void printsLabelsAndHeadingsInFrench() {
    CliRun run = CliRun.of("catalogue", "--lang", "fr");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Activités transversales")
        .contains("Lutte contre la traite  [COUNTER_TRAFFICKING]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "csv"})
  void refusesLangWithJsonOrCsvWhichHoldEveryLanguage(String format) {
    CliRun run = CliRun.of("catalogue", "--format", format, "--lang", "fr");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--lang applies to the text tree only");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void refusesAnUnsupportedLanguageWithExitCodeTwo() {
    CliRun run = CliRun.of("catalogue", "--lang", "de");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("expected en, fr or es");
  }

  @Test
  void printsEveryTermAsCsvOrJsonWithLabelsInThreeLanguages() throws Exception {
    CliRun csv = CliRun.of("catalogue", "--format", "csv");
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out().lines()).hasSize(1 + Catalogue.standard().terms().size());
    assertThat(csv.out()).startsWith("vocabulary,code,label_en,label_fr,label_es,");
    CliRun json = CliRun.of("catalogue", "--format", "json");
    assertThat(new ObjectMapper().readTree(json.out()).at("/version").asText()).isEqualTo("1.0");
  }
}
