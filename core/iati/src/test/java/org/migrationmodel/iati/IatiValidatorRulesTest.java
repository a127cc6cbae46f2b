package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.Activity;

/**
 * Exported files pass every rule of the IATI Validator that applies to what the exporter writes
 * ({@link IatiValidatorRules}, listed in docs/iati.md), for the samples, for generated programmes,
 * and for programmes that make the exporter assume or map something; a broken file breaks each.
 */
class IatiValidatorRulesTest {
  private static final OffsetDateTime NOW = OffsetDateTime.now(Iati.FIXED);

  @Test
  void theSamplePortfolioPassesEveryRule() throws Exception {
    assertThat(IatiValidatorRules.check(Iati.export(SampleProgrammes.all()), NOW)).isEmpty();
  }

  static LongStream seeds() {
    return LongStream.range(1000, 1100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedProgrammesPassEveryRule(long seed) throws Exception {
    ProgrammeGenerator generator = new ProgrammeGenerator(seed);
    List<Programme> programmes = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      programmes.add(generator.next());
    }
    assertThat(IatiValidatorRules.check(Iati.export(programmes), NOW))
        .as("seed %d", seed)
        .isEmpty();
  }

  @Test
  void programmesTheExporterHasToCompleteStillPassEveryRule() throws Exception {
    Programme global =
        Programme.builder()
            .id("GLOBAL/2024 & more?")
            .title("Global")
            .period(
                ProgrammePeriod.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-06-30")))
            .classification(
                Classification.builder()
                    .primaryActivity(Activity.DOCUMENTATION)
                    .addSecondaryActivities(Activity.CONSULAR_SERVICES, Activity.BORDER_MANAGEMENT)
                    .build())
            .budget(Budget.builder().currency("EUR").total(new BigDecimal("10")).build())
            .build();
    assertThat(IatiValidatorRules.check(Iati.export(List.of(global)), NOW)).isEmpty();
  }

  @Test
  void aBrokenFileBreaksEachRuleItIsBuiltToBreak() throws Exception {
    String broken =
        "<iati-activities version=\"2.02\"><iati-activity last-updated-datetime=\"2027-01-01T00:00:00Z\""
            + " default-currency=\"ABC\">"
            + "<iati-identifier> OTHER/1 </iati-identifier><reporting-org ref=\"XM-DAC-47066\"/>"
            + "<title/><description type=\"9\"><narrative> </narrative></description>"
            + "<participating-org role=\"7\"/>"
            + "<activity-date type=\"1\" iso-date=\"2026-01-01\"/>"
            + "<activity-date type=\"3\" iso-date=\"2025-01-01\"/>"
            + "<recipient-country code=\"QQ\" percentage=\"60\"/>"
            + "<recipient-country code=\"ML\"/>"
            + "<sector vocabulary=\"99\" vocabulary-uri=\"x\" code=\"A\" percentage=\"50\"/>"
            + "<sector vocabulary=\"99\" vocabulary-uri=\"x\" code=\"B\"/>"
            + "<tag vocabulary=\"3\" code=\"99.9\"><narrative>x</narrative></tag>"
            + "<budget type=\"3\" status=\"1\"><period-start iso-date=\"2025-01-01\"/>"
            + "<period-end iso-date=\"2026-06-30\"/><value>1</value></budget>"
            + "</iati-activity>"
            + "<iati-activity><iati-identifier>XM-DAC-47066</iati-identifier>"
            + "<reporting-org ref=\"XM-DAC-47066\" type=\"40\"/><activity-status code=\"2\"/>"
            + "<title><narrative xml:lang=\"en\">T</narrative></title>"
            + "<activity-date type=\"3\" iso-date=\"2025-01-01\"/>"
            + "<recipient-region code=\"189\" percentage=\"120\"/>"
            + "<sector vocabulary=\"1\" code=\"99999\" percentage=\"50\"/>"
            + "<budget type=\"1\" status=\"1\"><period-start iso-date=\"2025-02-01\"/>"
            + "<period-end iso-date=\"2025-01-01\"/><value currency=\"EUR\" value-date=\"2025-01-01\">"
            + "1</value></budget></iati-activity>"
            + "<iati-activity xml:lang=\"qq\"><iati-identifier> OTHER/1 </iati-identifier>"
            + "<reporting-org ref=\" A/B \" type=\"40\"/><activity-status code=\"9\"/>"
            + "<title><narrative>T</narrative></title>"
            + "<participating-org ref=\" P|Q \" role=\"4\"/>"
            + "<activity-date type=\"1\" iso-date=\"2025-01-01\"/>"
            + "<activity-date type=\"5\" iso-date=\"2025-01-01\"/>"
            + "<tag vocabulary=\"42\" code=\"x\"/>"
            + "<budget type=\"1\" status=\"3\"><period-start iso-date=\"2025-01-01\"/>"
            + "<period-end iso-date=\"2025-06-30\"/><value value-date=\"2025-01-01\">1</value>"
            + "</budget><budget type=\"1\" status=\"1\"><period-start iso-date=\"2025-07-01\"/>"
            + "<period-end iso-date=\"2025-12-31\"/><value currency=\"ZZZ\""
            + " value-date=\"2025-07-01\">1</value></budget></iati-activity>"
            + "<iati-activity xml:lang=\"en\"><iati-identifier>XM-DAC-47066-4</iati-identifier>"
            + "<other-identifier ref=\"4\" type=\"A1\"><owner-org/></other-identifier>"
            + "<reporting-org ref=\"XM-DAC-47066\" type=\"40\"/><activity-status code=\"2\"/>"
            + "<title><narrative>T</narrative></title>"
            + "<activity-date type=\"1\" iso-date=\"2025-01-01\"/>"
            + "<recipient-country code=\"ML\" percentage=\"50\"/>"
            + "<sector vocabulary=\"1\" code=\"15190\"/>"
            + "<sector vocabulary=\"77\" code=\"x\" percentage=\"150\"/></iati-activity>"
            + "<iati-activity xml:lang=\"en\"><iati-identifier>XM-DAC-47066-5</iati-identifier>"
            + "<reporting-org ref=\"XM-DAC-47066\" type=\"40\"/><activity-status code=\"2\"/>"
            + "<title><narrative>T</narrative></title>"
            + "<activity-date type=\"1\" iso-date=\"2025-01-01\"/>"
            + "<recipient-country code=\"ML\"/>"
            + "<recipient-region code=\"998\" vocabulary=\"7\" percentage=\"50\"/>"
            + "<sector vocabulary=\"1\" code=\"15190\"/></iati-activity></iati-activities>";
    assertThat(IatiValidatorRules.ids(IatiValidatorRules.check(broken.getBytes(), NOW)))
        .containsExactlyInAnyOrder(
            "9.1.1", "1.1.1", "1.1.21", "1.3.1", "1.3.13", "6.3.1", "9.54.1", "11.1.1", "4.1.1",
            "4.3.1", "4.4.1", "9.26.1", "6.10.1", "9.41.1", "6.2.1", "11.1.2", "9.50.1", "3.1.1",
            "3.1.2", "2.1.1", "2.1.2", "2.2.1", "102.1.1", "9.126.1", "9.3.1", "9.8.1", "7.5.3",
            "7.5.2", "1.1.3", "9.51.1", "12.1.1", "3.4.4", "9.76.1", "2.1.4", "8.6.3", "6.11.1",
            "1.1.2", "1.14.1", "1.14.13", "1.8.1", "1.8.13", "9.4.1", "9.5.1", "9.7.1", "9.9.1",
            "9.79.1", "9.95.1", "3.7.1", "6.2.2", "7.8.1", "9.78.1", "12.3.1", "3.1.4", "3.4.1",
            "3.4.2", "9.52.1", "6.8.1");
  }
}
