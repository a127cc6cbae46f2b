package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.migrationmodel.fixtures.SampleProgrammes;

class ExportSchemaTest {
  static final Clock FIXED = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void theSamplePortfolioExportsToOneFileThatValidatesAgainstTheXsd() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportSummary summary =
        IatiExporter.of(ReportingOrganisation.iom())
            .withClock(FIXED)
            .exportAll(SampleProgrammes.all(), out);
    assertThat(summary.written()).isEqualTo(SampleProgrammes.all().size());
    assertThat(Xsd.errors(out.toByteArray())).isEmpty();
  }
}
