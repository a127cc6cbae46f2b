package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  private static final String PORTFOLIO = "../data/programmes.ndjson";

  @Test
  void summarisesThePortfolioInTheMostCommonCurrencyAndListsWhatItCouldNotConvert() {
    CliRun run = CliRun.of("report", PORTFOLIO);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Portfolio: 44 programmes; budget USD ")
        .contains("Not converted (no exchange rate; give --rate CODE=RATE): AUD ")
        .contains("Activities no programme covers: 0")
        .contains("Read: 44 programmes: 44 valid, 0 invalid, 0 errors, 0 warnings");
  }

  @Test
  void ratesBringEveryBudgetIntoTheReportingCurrency() {
    CliRun run =
        CliRun.of(
            "report",
            "--currency",
            "EUR",
            "--rate",
            "USD=0.5",
            "--rate",
            "AUD=0.5",
            "--rate",
            "CHF=1",
            "--rate",
            "GBP=1",
            "--rate",
            "CAD=0.5",
            "--rate",
            "JPY=0.01",
            PORTFOLIO);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("budget EUR ").doesNotContain("Not converted");
  }

  @Test
  void writesTheHtmlPage(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("portfolio.html");
    CliRun run = CliRun.of("report", "--html", page.toString(), PORTFOLIO);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Wrote " + page);
    assertThat(Files.readString(page))
        .startsWith("<!DOCTYPE html>")
        .contains("Migration portfolio: 44 programmes");
  }

  @Test
  void unreadableRecordsAreNamedAndLeftOutOfTheSummaryWhichSaysItIsIncompleteThenExitOne() {
    CliRun run = CliRun.of("report", "../data/broken-programmes.ndjson");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith(
            "Incomplete: 4 records could not be read and the portfolio does not count them."
                + System.lineSeparator()
                + "  ../data/broken-programmes.ndjson record ")
        .contains("Portfolio: 28 programmes")
        .contains("Read: 32 programmes: 10 valid, 22 invalid")
        .contains("; 4 records could not be read")
        .contains("the summary counts the 28 programmes that could be read");
    assertThat(run.err().lines())
        .hasSize(4)
        .allSatisfy(
            line ->
                assertThat(line)
                    .matches(
                        "migration-model: \\.\\./data/broken-programmes\\.ndjson record \\d+"
                            + " \\(line \\d+\\) could not be read: [a-z-]+: .*"));
  }

  @Test
  void anInputNotReadToItsEndIsNamedAboveThePortfolioThenExitTwo(@TempDir Path dir)
      throws IOException {
    String first = Files.readAllLines(Path.of(PORTFOLIO)).get(0);
    Path file = dir.resolve("stops.json");
    Files.writeString(file, "[" + first + ",\n{\"id\": ,\n" + first + "]\n");
    CliRun run = CliRun.of("report", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out())
        .startsWith(
            "Incomplete: 1 record could not be read and the portfolio does not count it; 1 input"
                + " was not read whole (1 line of text not read).")
        .contains("Portfolio: 1 programmes");
    assertThat(run.err()).contains(file + ": reading stopped at line 2");
  }

  @Test
  void aMissingFileIsAnInputErrorWithExitCodeTwo() {
    CliRun run = CliRun.of("report", "data/missing.ndjson");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file");
  }

  @Test
  void aMalformedRateIsAUsageError() {
    assertThat(CliRun.of("report", "--rate", "EUR=lots", PORTFOLIO).exitCode()).isEqualTo(2);
  }
}
