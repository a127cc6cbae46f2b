package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.migrationmodel.crosswalk.Crosswalk;

class CrosswalkCommandTest {

  @Test
  void byTermListsItsLinksFrameworkByFramework() {
    CliRun run = CliRun.of("crosswalk", "--term", "counter-trafficking");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("COUNTER_TRAFFICKING: Counter-Trafficking (activity)")
        .containsSubsequence("  GCM 10 PRIMARY: ", "  SDG 8.7 PRIMARY: ", "  DAC 15190 PRIMARY: ");
  }

  @Test
  void aTermOutsideTheGcmSaysWhy() {
    CliRun run = CliRun.of("crosswalk", "--term", "ASYLUM_AND_REFUGEES");
    assertThat(run.out()).contains("Outside the GCM: ").doesNotContain("  GCM ");
  }

  @Test
  void byObjectiveListsWhatServesItOrThatItIsAGap() {
    assertThat(CliRun.of("crosswalk", "--gcm", "10").out())
        .contains("PRIMARY COUNTER_TRAFFICKING (activity)");
    assertThat(CliRun.of("crosswalk", "--gcm", "13").out()).contains("a gap");
  }

  @Test
  void byProgrammeFileGivesEachProgrammesViewWithDacShares() {
    CliRun run = CliRun.of("crosswalk", "../data/programmes.ndjson");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("PHL-REMIT-2025: Cheaper, digital remittances from the Gulf to the Philippines")
        .contains("  SDG:   5.2 (related); 8.8; 10.c")
        .contains("  DAC:   24050 100.00%");
    assertThat(run.out().lines().filter(line -> line.startsWith("  DAC:"))).hasSize(44);
  }

  @Test
  void exportsTheWholeCrosswalkAsJsonOrCsv() throws IOException {
    JsonNode json = new ObjectMapper().readTree(CliRun.of("crosswalk", "--format", "json").out());
    assertThat(json.get("links")).hasSize(Crosswalk.standard().links().size());
    assertThat(CliRun.of("crosswalk", "--format", "csv").out())
        .startsWith("version,source_vocabulary,source_code,framework,");
  }

  @Test
  void usageErrorsExitWithCodeTwo() {
    assertThat(CliRun.of("crosswalk").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("crosswalk", "--gcm", "24").err()).contains("1 to 23");
    assertThat(CliRun.of("crosswalk", "--term", "FORCED_MIGRATION").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("crosswalk", "--gcm", "1", "--term", "DOCUMENTATION").exitCode())
        .isEqualTo(2);
  }
}
