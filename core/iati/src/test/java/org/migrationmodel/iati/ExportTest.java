package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.validation.Severity;

class ExportTest {
  private static final Programme MINIMAL =
      Programme.builder()
          .id("P-1")
          .title("Minimal")
          .period(ProgrammePeriod.of(LocalDate.parse("2024-07-01"), LocalDate.parse("2026-12-31")))
          .classification(
              Classification.builder().primaryActivity(Activity.COUNTER_TRAFFICKING).build())
          .build();

  @Test
  void aProgrammeWithoutPeriodIsNotWrittenAndSaysWhy() throws Exception {
    Programme undated =
        Programme.builder().from(MINIMAL).period(java.util.Optional.empty()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportSummary summary = Iati.IOM.exportAll(List.of(undated, MINIMAL), out);
    assertThat(summary.written()).isEqualTo(1);
    assertThat(summary.findings().get("P-1"))
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.NOT_EXPORTED.id())
                    && finding.severity() == Severity.ERROR
                    && finding.location().path().equals("/period"));
    assertThat(out.toString(StandardCharsets.UTF_8)).containsOnlyOnce("<iati-activity ");
  }

  @Test
  void withoutDescriptionOrPartnersTheXsdMinimumIsMetAndNothingComesBackInvented()
      throws Exception {
    byte[] file = Iati.export(List.of(MINIMAL));
    String xml = new String(file, StandardCharsets.UTF_8);
    assertThat(xml)
        .contains("<description type=\"1\">\n      <narrative>Minimal</narrative>")
        .contains("<participating-org ref=\"XM-DAC-47066\" role=\"2\">");
    assertThat(Xsd.errors(file)).isEmpty();
    ImportedActivity back = Iati.read(file).activities().get(0);
    assertThat(back.programme().description()).isEmpty();
    assertThat(back.programme().partners()).isEmpty();
    assertThat(back.findings()).isEmpty();
  }

  @Test
  void everyCountryIsARecipientWhateverItsRoleSplitEvenlyToExactly100() {
    Programme programme =
        Programme.builder()
            .from(MINIMAL)
            .addCountries(
                ProgrammeCountry.of("TH", CountryRole.DESTINATION),
                ProgrammeCountry.of("MM", CountryRole.ORIGIN),
                ProgrammeCountry.of("KH", CountryRole.ORIGIN))
            .build();
    String xml = new String(Iati.export(List.of(programme)), StandardCharsets.UTF_8);
    assertThat(xml)
        .contains("<recipient-country code=\"TH\" percentage=\"33.34\"/>")
        .contains("<recipient-country code=\"MM\" percentage=\"33.33\"/>")
        .contains("<recipient-country code=\"KH\" percentage=\"33.33\"/>")
        .contains("code=\"TH:DESTINATION\"");
  }

  @Test
  void aCountryWithTwoRolesIsOneRecipient() {
    assertThat(
            ActivityXml.recipients(
                List.of(
                    ProgrammeCountry.of("DE", CountryRole.DESTINATION),
                    ProgrammeCountry.of("DE", CountryRole.HOST),
                    ProgrammeCountry.of("FR", CountryRole.DESTINATION))))
        .containsExactly("DE", "FR");
  }

  @Test
  void theBudgetIsSplitIntoYearsThatAddUpToTheTotal() {
    Programme budgeted =
        Programme.builder()
            .from(MINIMAL)
            .budget(Budget.builder().currency("USD").total(new BigDecimal("1000000.01")).build())
            .build();
    String xml = new String(Iati.export(List.of(budgeted)), StandardCharsets.UTF_8);
    assertThat(xml.split("<budget ", -1)).hasSize(4);
    assertThat(xml)
        .contains(
            "<period-start iso-date=\"2024-07-01\"/>\n      <period-end iso-date=\"2025-06-30\"/>")
        .contains(
            "<period-start iso-date=\"2026-07-01\"/>\n      <period-end iso-date=\"2026-12-31\"/>");
    ImportedActivity back = Iati.read(xml).activities().get(0);
    assertThat(back.programme().budget().orElseThrow().total()).isEqualTo("1000000.01");
  }

  @Test
  void theSamplesNeedNoFindingBeyondMissingDescriptions() throws Exception {
    ExportSummary summary = Iati.IOM.exportAll(SampleProgrammes.all(), new ByteArrayOutputStream());
    assertThat(summary.findings().values())
        .allMatch(finding -> finding.severity() == Severity.INFO);
  }
}
