package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migrationmodel.json.BatchResult;
import org.migrationmodel.json.BulkFormat;
import org.migrationmodel.json.JsonProblem;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.RuleDescription;
import org.migrationmodel.validation.StandardRule;
import org.migrationmodel.validation.Validator;

/** The sample data in {@code examples/data/} is what the README and docs/cli.md promise. */
class SampleDataTest {
  private static final ProgrammeReader READER =
      ProgrammeReader.builder().validator(Validator.standard()).build();

  // The finding each line of the broken file is there to show, in line order.
  private static final List<String> BROKEN_LINES_SHOW =
      List.of(
          "id-format",
          "title-required",
          "primary-activity-required",
          "primary-area-mismatch",
          "secondary-repeats-primary",
          "duplicate-entry",
          "currency-code",
          "negative-amount",
          "allocation-share-range",
          "allocation-sum",
          "allocation-unlisted-activity",
          "primary-largest-share",
          "period-order",
          "country-code",
          "idp-cross-border",
          "trafficking-without-rights",
          "return-without-reintegration",
          "return-without-health",
          "target-group-mismatch",
          "implied-theme-missing",
          "unsupported-theme",
          "json-syntax",
          "json-syntax",
          "unknown-code",
          "unknown-member",
          "duplicate-member",
          "wrong-type",
          "missing-member",
          "null-value",
          "invalid-value",
          "limit-exceeded",
          "unsupported-model-version");

  @Test
  void thePortfolioHasFortyOrMoreCleanProgrammesInAllFourAreasAndSeveralCurrencies()
      throws IOException {
    BatchResult portfolio = READER.readAll(Path.of("../data/programmes.ndjson"), BulkFormat.NDJSON);
    assertThat(portfolio.summary().read()).isGreaterThanOrEqualTo(40);
    assertThat(portfolio.report().findings()).isEmpty();
    List<Programme> programmes = portfolio.programmes();
    assertThat(programmes.stream().flatMap(p -> p.classification().primaryArea().stream()))
        .containsAll(Set.of(Area.values()));
    assertThat(
            programmes.stream()
                .flatMap(p -> p.budget().stream())
                .map(Budget::currency)
                .collect(Collectors.toSet()))
        .hasSizeGreaterThanOrEqualTo(5);
    assertThat(programmes).allSatisfy(p -> assertThat(p.budget()).isPresent());
  }

  @Test
  void eachBrokenLineShowsItsKindOfFinding() throws IOException {
    BatchResult broken =
        READER.readAll(Path.of("../data/broken-programmes.ndjson"), BulkFormat.NDJSON);
    assertThat(broken.records()).hasSameSizeAs(BROKEN_LINES_SHOW);
    for (ReadResult record : broken.records()) {
      String expected = BROKEN_LINES_SHOW.get(record.recordNumber() - 1);
      assertThat(record.report().findings())
          .as("line %d", record.line())
          .extracting(Finding::ruleId)
          .contains(expected);
    }
  }

  // withdrawn-code needs a catalogue that withdraws a term; the standard one withdraws none.
  @Test
  void theBrokenFileShowsEveryStandardRuleButWithdrawnCodeAndEveryReadingProblem() {
    Set<String> shown = Set.copyOf(BROKEN_LINES_SHOW);
    assertThat(shown)
        .containsAll(
            Validator.standard().rules().stream()
                .map(RuleDescription::id)
                .filter(id -> !id.equals(StandardRule.WITHDRAWN_CODE.id()))
                .toList());
    assertThat(shown)
        .containsAll(Arrays.stream(JsonProblem.values()).map(JsonProblem::id).toList());
  }
}
