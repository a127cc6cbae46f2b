package org.migrationmodel.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.Driver;
import org.migrationmodel.taxonomy.Modality;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.Theme;

/** Documents and programmes the tests share. */
final class Samples {
  private Samples() {}

  /** The text of {@code mali-return.json}: a complete, valid document using every member. */
  static String maliDocument() {
    return resource("mali-return.json");
  }

  /** The programme that {@link #maliDocument()} describes. */
  static Programme maliProgramme() {
    return Programme.builder()
        .id("MLI-AVRR-2026")
        .title("Return and reintegration assistance for migrants in Mali")
        .description(
            "Voluntary return from Niger and Libya, with reintegration support where returnees"
                + " settle.")
        .period(ProgrammePeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)))
        .addCountries(
            ProgrammeCountry.of("ML", CountryRole.RETURN),
            ProgrammeCountry.of("NE", CountryRole.TRANSIT),
            ProgrammeCountry.of("LY", CountryRole.TRANSIT))
        .classification(
            Classification.builder()
                .primaryActivity(Activity.ASSISTED_RETURN_AND_REINTEGRATION)
                .declaredPrimaryArea(Area.REGULATING_MIGRATION)
                .addSecondaryActivities(Activity.STRANDED_MIGRANTS, Activity.COUNTER_TRAFFICKING)
                .addCrossCuttingActivities(
                    CrossCuttingActivity.TECHNICAL_COOPERATION_AND_CAPACITY_BUILDING,
                    CrossCuttingActivity.INTEGRATION_AND_REINTEGRATION,
                    CrossCuttingActivity.MIGRATION_HEALTH,
                    CrossCuttingActivity.MIGRANTS_RIGHTS_AND_INTERNATIONAL_MIGRATION_LAW)
                .addThemes(Theme.COMPREHENSIVE_MIGRATION_MANAGEMENT, Theme.MIGRANTS_HUMAN_RIGHTS)
                .addModalities(Modality.DIRECT_ASSISTANCE, Modality.CAPACITY_BUILDING)
                .addDrivers(Driver.INSECURITY, Driver.LACK_OF_ECONOMIC_OPPORTUNITY)
                .addTargetGroups(
                    PopulationGroup.RETURNEES,
                    PopulationGroup.STRANDED_MIGRANTS,
                    PopulationGroup.VICTIMS_OF_TRAFFICKING)
                .build())
        .budget(
            Budget.builder()
                .currency("USD")
                .total(new BigDecimal("12500000.00"))
                .addAllocations(
                    Allocation.of(
                        Activity.ASSISTED_RETURN_AND_REINTEGRATION, new BigDecimal("62.5")),
                    Allocation.of(Activity.STRANDED_MIGRANTS, new BigDecimal("25")),
                    Allocation.of(Activity.COUNTER_TRAFFICKING, new BigDecimal("12.5")))
                .build())
        .addPartners(Agency.IOM, Agency.UNODC, Agency.OHCHR)
        .build();
  }

  /** The smallest valid document: the required members only. */
  static String minimalDocument() {
    return "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"Border management\","
        + "\"classification\":{\"primaryActivity\":\"BORDER_MANAGEMENT\"}}";
  }

  /** The programme of {@link #minimalDocument()}. */
  static Programme minimalProgramme() {
    return Programme.builder()
        .id("P-1")
        .title("Border management")
        .classification(
            Classification.builder().primaryActivity(Activity.BORDER_MANAGEMENT).build())
        .build();
  }

  static String resource(String name) {
    try (InputStream in = Samples.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("No test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
