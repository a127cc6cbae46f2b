package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationmodel.json.BulkFormat;
import org.migrationmodel.json.ProgrammeJson;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.json.RecordStream;
import org.migrationmodel.programme.Programme;

class IatiCommandTest {
  private static final String SAMPLES = "../data/programmes.ndjson";

  @Test
  void exportWritesOneActivitiesFileOnStandardOutputAndASummaryOnStandardError() {
    CliRun run = CliRun.of("iati", "export", "--reporting-org", "XM-DAC-47066", SAMPLES);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("<iati-identifier>XM-DAC-47066-SEN-DIASPORA-2026</iati-identifier>");
    assertThat(run.out().split("<iati-activity ", -1)).hasSize(45);
    assertThat(run.err().lines().reduce((first, second) -> second).orElseThrow())
        .startsWith("iati export: 44 activities written, 0 programmes not written, ");
  }

  @Test
  void exportThenImportGivesBackEachProgrammesClassificationCountriesPeriodAndBudget()
      throws IOException {
    CliRun exported = CliRun.of("iati", "export", "--reporting-org", "XM-DAC-47066", SAMPLES);
    CliRun imported =
        CliRun.withInput(exported.out().getBytes(StandardCharsets.UTF_8), "iati", "import", "-");
    assertThat(imported.exitCode()).isZero();
    assertThat(imported.err())
        .isEqualTo(
            "iati import: 44 activities read, 0 with a proposed classification, 0 not about"
                + " migration, 0 findings\n");
    List<Programme> originals = programmes(Files.readAllBytes(Path.of(SAMPLES)));
    List<Programme> back = programmes(imported.out().getBytes(StandardCharsets.UTF_8));
    assertThat(back).hasSameSizeAs(originals);
    for (int i = 0; i < originals.size(); i++) {
      Programme original = originals.get(i);
      assertThat(back.get(i).id()).isEqualTo(original.id());
      assertThat(back.get(i).classification()).isEqualTo(original.classification());
      assertThat(back.get(i).countries()).isEqualTo(original.countries());
      assertThat(back.get(i).period()).isEqualTo(original.period());
      assertThat(back.get(i).budget()).isEqualTo(original.budget());
    }
  }

  @Test
  void importReportsProposalsWithTheirEvidenceOnStandardError(@TempDir Path folder)
      throws IOException {
    Path file = folder.resolve("foreign.xml");
    Files.writeString(
        file,
        "<iati-activities version=\"2.03\"><iati-activity>"
            + "<iati-identifier>GB-1-7</iati-identifier>"
            + "<reporting-org ref=\"GB-1\" type=\"10\"><narrative>Donor</narrative></reporting-org>"
            + "<title><narrative>Remittance corridors</narrative></title>"
            + "<sector vocabulary=\"1\" code=\"24050\" percentage=\"100\"/>"
            + "</iati-activity></iati-activities>");
    CliRun run = CliRun.of("iati", "import", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"primaryActivity\":\"REMITTANCES_AND_MONEY_TRANSFERS\"");
    assertThat(run.err())
        .contains("GB-1-7: proposed REMITTANCES_AND_MONEY_TRANSFERS (DAC_SECTOR, weight 1.000)")
        .contains("iati-proposed")
        .contains("iati import: 1 activities read, 1 with a proposed classification, ");
  }

  @Test
  void theSuggesterSinglesOutThePrimaryActivityAmongThoseAMigrationCodeAllows(@TempDir Path folder)
      throws IOException {
    Path file = folder.resolve("trafficking.xml");
    Files.writeString(file, activity("GB-1-8", "<sector vocabulary=\"1\" code=\"15190\"/>"));
    CliRun run = CliRun.of("iati", "import", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"primaryActivity\":\"COUNTER_TRAFFICKING\"");
    assertThat(run.err()).contains("GB-1-8: proposed COUNTER_TRAFFICKING (TEXT, weight ");
  }

  @Test
  void anActivityWhoseCodesPlaceItElsewhereIsProposedOnlyWhenItsTextDescribesMigrationWork(
      @TempDir Path folder) throws IOException {
    Path trafficking = folder.resolve("trafficking.xml");
    Files.writeString(trafficking, activity("GB-1-9", "<sector vocabulary=\"1\" code=\"12220\"/>"));
    CliRun described = CliRun.of("iati", "import", trafficking.toString());
    assertThat(described.exitCode()).as(described.err()).isZero();
    assertThat(described.out()).contains("\"primaryActivity\":\"COUNTER_TRAFFICKING\"");
    assertThat(described.err())
        .contains("GB-1-9: proposed COUNTER_TRAFFICKING (TEXT, weight ")
        .contains("1 activities read, 1 with a proposed classification, 0 not about migration");

    Path health = folder.resolve("health.xml");
    Files.writeString(
        health,
        activity(
            "GB-1-11",
            "Primary health care in Borno",
            "Mobile clinics, vaccination and maternal care for host communities and internally"
                + " displaced persons in camps.",
            "<sector vocabulary=\"1\" code=\"12220\"/>"));
    CliRun touched = CliRun.of("iati", "import", health.toString());
    assertThat(touched.exitCode()).as(touched.err()).isZero();
    assertThat(touched.out()).doesNotContain("primaryActivity");
    assertThat(touched.err())
        .contains("GB-1-11: INFO    iati-not-migration")
        .contains("1 activities read, 0 with a proposed classification, 1 not about migration");
  }

  @Test
  void anActivityWithNoCodeAtAllIsJudgedByItsText(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("no-code.xml");
    Files.writeString(file, activity("GB-1-10", ""));
    CliRun run = CliRun.of("iati", "import", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"primaryActivity\":\"COUNTER_TRAFFICKING\"");
    assertThat(run.err())
        .contains("GB-1-10: proposed COUNTER_TRAFFICKING (TEXT, weight ")
        .contains("1 activities read, 1 with a proposed classification, 0 not about migration");
  }

  private static String activity(String id, String sector) {
    return activity(
        id,
        "Protection of victims of human trafficking",
        "Shelters, legal aid and medical care for women and children trafficked for forced labour;"
            + " police and prosecutors trained to investigate traffickers.",
        sector);
  }

  private static String activity(String id, String title, String description, String sector) {
    return "<iati-activities version=\"2.03\"><iati-activity>"
        + "<iati-identifier>"
        + id
        + "</iati-identifier>"
        + "<reporting-org ref=\"GB-1\" type=\"10\"><narrative>Donor</narrative></reporting-org>"
        + "<title><narrative>"
        + title
        + "</narrative></title>"
        + "<description><narrative>"
        + description
        + "</narrative></description>"
        + sector
        + "</iati-activity></iati-activities>";
  }

  @Test
  void aFileThatCannotBeReadToItsEndExitsWithCodeTwo() {
    CliRun run =
        CliRun.withInput(
            "<!DOCTYPE x [<!ENTITY a \"b\">]><iati-activities/>".getBytes(StandardCharsets.UTF_8),
            "iati",
            "import",
            "-");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("iati-dtd-refused").contains("reading stopped early");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void programmesWithErrorsAreNotExportedAndTheExitCodeIsOne() {
    CliRun run =
        CliRun.of(
            "iati",
            "export",
            "--reporting-org",
            "XM-DAC-47066",
            "../data/broken-programmes.ndjson");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .containsPattern("iati export: \\d+ activities written, [1-9]\\d* programmes not written");
  }

  @Test
  void anUnknownReportingOrganisationNeedsAName() {
    CliRun run = CliRun.of("iati", "export", "--reporting-org", "GB-GOV-1", SAMPLES);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--reporting-org-name");
    CliRun named =
        CliRun.of(
            "iati",
            "export",
            "--reporting-org",
            "GB-GOV-1",
            "--reporting-org-name",
            "Donor",
            "--reporting-org-type",
            "10",
            SAMPLES);
    assertThat(named.exitCode()).isZero();
    assertThat(named.out()).contains("<reporting-org ref=\"GB-GOV-1\" type=\"10\">");
  }

  private static List<Programme> programmes(byte[] ndjson) throws IOException {
    List<Programme> programmes = new ArrayList<>();
    try (RecordStream<ReadResult> records =
        ProgrammeJson.reader().records(new ByteArrayInputStream(ndjson), BulkFormat.NDJSON)) {
      for (ReadResult record : records) {
        programmes.add(record.programme().orElseThrow());
      }
    }
    return programmes;
  }
}
