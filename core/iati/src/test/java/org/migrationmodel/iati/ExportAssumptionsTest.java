package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;

/**
 * What the exporter assumes or refuses so that every activity passes IATI's rules, each with a
 * finding on its own programme, and what the importer makes of it.
 */
class ExportAssumptionsTest {
  private static final Programme CLEAN =
      Programme.builder()
          .id("CLEAN-1")
          .title("Clean")
          .description("Nothing to say")
          .period(ProgrammePeriod.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-12-31")))
          .addCountries(ProgrammeCountry.of("ML", CountryRole.RETURN))
          .classification(
              Classification.builder()
                  .primaryActivity(Activity.ASSISTED_RETURN_AND_REINTEGRATION)
                  .build())
          .build();

  private static final Programme GAPS =
      Programme.builder()
          .id("PRJ/2024/7")
          .title("Global research")
          .period(ProgrammePeriod.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31")))
          .classification(
              Classification.builder()
                  .primaryActivity(Activity.COUNTER_TRAFFICKING)
                  .addSecondaryActivities(Activity.STRANDED_MIGRANTS, Activity.COUNTER_SMUGGLING)
                  .build())
          .budget(Budget.builder().currency("USD").total(new BigDecimal("900")).build())
          .build();

  @Test
  void noFindingLeaksFromOneProgrammeToTheNext() throws Exception {
    ExportSummary summary = Iati.IOM.exportAll(List.of(GAPS, CLEAN), new ByteArrayOutputStream());
    assertThat(summary.written()).isEqualTo(2);
    assertThat(summary.findings().get("PRJ/2024/7")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(summary.findings().get("CLEAN-1")).isEmpty();
  }

  @Test
  void severalActivitiesWithoutAllocationsGetEqualSharesThatTheImportDoesNotTakeForAllocations() {
    ExportedAndBack result = exportAndBack(GAPS);
    assertThat(result.xml())
        .contains("code=\"COUNTER_TRAFFICKING\" percentage=\"33.34\"")
        .contains("code=\"STRANDED_MIGRANTS\" percentage=\"33.33\"")
        .contains("code=\"COUNTER_SMUGGLING\" percentage=\"33.33\"")
        .contains("docs/iati.md#shares-assumed\" code=\"EQUAL\"");
    assertThat(result.finding(IatiProblem.EQUAL_SHARES).location().path())
        .isEqualTo("/budget/allocations");
    assertThat(result.back().programme().budget()).isEqualTo(GAPS.budget());
  }

  @Test
  void aProgrammeWithoutCountryIsWrittenForRegion998AndComesBackWithout() {
    ExportedAndBack result = exportAndBack(GAPS);
    assertThat(result.xml())
        .contains("<recipient-region code=\"998\" vocabulary=\"1\" percentage=\"100\"/>")
        .doesNotContain("<recipient-country");
    Finding region = result.finding(IatiProblem.REGION_ASSUMED);
    assertThat(region.severity()).isEqualTo(Severity.INFO);
    assertThat(region.location().path()).isEqualTo("/countries");
    assertThat(result.back().programme().countries()).isEmpty();
  }

  @Test
  void anIdWithCharactersIatiFlagsIsMappedAndComesBackWhole() {
    ExportedAndBack result = exportAndBack(GAPS);
    assertThat(result.xml())
        .contains("<iati-identifier>XM-DAC-47066-PRJ-2024-7</iati-identifier>")
        .contains("<other-identifier ref=\"PRJ/2024/7\" type=\"A1\">");
    Finding mapped = result.finding(IatiProblem.IDENTIFIER_MAPPED);
    assertThat(mapped.severity()).isEqualTo(Severity.WARNING);
    assertThat(mapped.location().path()).isEqualTo("/id");
    assertThat(result.back().programme().id()).isEqualTo("PRJ/2024/7");
    assertThat(result.back().findings()).isEmpty();
  }

  @Test
  void aReversedPeriodOrNoActivityIsRefused() throws Exception {
    Programme reversed =
        Programme.builder()
            .from(CLEAN)
            .id("REVERSED")
            .period(
                ProgrammePeriod.of(LocalDate.parse("2025-01-01"), LocalDate.parse("2024-01-01")))
            .build();
    Programme empty =
        Programme.builder()
            .from(CLEAN)
            .id("EMPTY")
            .classification(Classification.builder().build())
            .build();
    ExportSummary summary =
        Iati.IOM.exportAll(List.of(reversed, empty, CLEAN), new ByteArrayOutputStream());
    assertThat(summary.written()).isEqualTo(1);
    assertThat(summary.findings().get("REVERSED"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.ruleId()).isEqualTo(IatiProblem.NOT_EXPORTED.id());
              assertThat(finding.location().path()).isEqualTo("/period");
            });
    assertThat(summary.findings().get("EMPTY"))
        .singleElement()
        .satisfies(finding -> assertThat(finding.location().path()).isEqualTo("/classification"));
  }

  @Test
  void theAssumptionsStillMakeAFileTheXsdAccepts() throws Exception {
    assertThat(Xsd.errors(Iati.export(List.of(GAPS, CLEAN)))).isEmpty();
  }

  /** A programme exported alone, its findings, the file, and the activity read back. */
  private record ExportedAndBack(String xml, List<Finding> findings, ImportedActivity back) {
    Finding finding(IatiProblem problem) {
      return findings.stream()
          .filter(f -> f.ruleId().equals(problem.id()))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no " + problem.id() + " in " + findings));
    }
  }

  private static ExportedAndBack exportAndBack(Programme programme) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ExportSummary summary = Iati.IOM.exportAll(List.of(programme), out);
      Iati.Imported imported = Iati.read(out.toByteArray());
      return new ExportedAndBack(
          out.toString(StandardCharsets.UTF_8),
          summary.findings().get(programme.id()),
          imported.activities().get(0));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
