package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;

class HostileXmlTest {
  private static final String ACTIVITY =
      "<iati-activity><iati-identifier>XM-DAC-47066-A</iati-identifier>"
          + "<title><narrative>A</narrative></title></iati-activity>";

  @Test
  void aDtdIsRefusedBeforeAnyEntityIsExpanded() {
    String laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
            + " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
            + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
            + "]>\n<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&lol3;"
            + "</iati-identifier></iati-activity></iati-activities>";
    Iati.Imported imported = Iati.read(laughs);
    assertStopped(imported, IatiProblem.DTD_REFUSED);
    assertThat(imported.activities()).isEmpty();
  }

  @Test
  void anExternalEntityIsNeverRead(@TempDir Path folder) throws Exception {
    Path secret = folder.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String external =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE a [ <!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\"> ]>\n<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&x;"
            + "</iati-identifier></iati-activity></iati-activities>";
    Iati.Imported imported = Iati.read(external);
    assertStopped(imported, IatiProblem.DTD_REFUSED);
    assertThat(imported.activities()).isEmpty();
    assertThat(imported.summary().findings().toString()).doesNotContain("TOP-SECRET");
  }

  @Test
  void nestingDeeperThanTheLimitStopsTheImportAtThatElement() {
    String deep =
        "<iati-activities version=\"2.03\">"
            + ACTIVITY
            + "<iati-activity>"
            + "<x>".repeat(40)
            + "</x>".repeat(40)
            + "</iati-activity></iati-activities>";
    Iati.Imported imported = Iati.read(deep);
    Finding stop = assertStopped(imported, IatiProblem.LIMIT_EXCEEDED);
    assertThat(stop.message()).contains("deeper than 32");
    assertThat(stop.location().path()).startsWith("/iati-activities/iati-activity[2]/x[1]/x[1]");
    assertThat(imported.activities()).hasSize(1);
  }

  @Test
  void anActivityLargerThanTheLimitStopsTheImport() {
    String large =
        "<iati-activities version=\"2.03\"><iati-activity><title><narrative>"
            + "x".repeat(5_000)
            + "</narrative></title></iati-activity></iati-activities>";
    ImportLimits small = new ImportLimits(32, 1_000, 1L << 30);
    Iati.Imported imported = Iati.read(IatiImporter.standard().withLimits(small), large.getBytes());
    assertThat(assertStopped(imported, IatiProblem.LIMIT_EXCEEDED).message())
        .contains("more than 1000 characters");
  }

  @Test
  void aFileLargerThanTheLimitStopsTheImport() {
    byte[] file = Iati.export(SampleProgrammes.all());
    ImportLimits small = new ImportLimits(32, 1_000_000, 20_000);
    Iati.Imported imported = Iati.read(IatiImporter.standard().withLimits(small), file);
    assertThat(assertStopped(imported, IatiProblem.LIMIT_EXCEEDED).message())
        .contains("larger than 20000 bytes");
    assertThat(imported.activities()).isNotEmpty().hasSizeLessThan(SampleProgrammes.all().size());
  }

  @Test
  void malformedXmlIsReportedWithItsLineAfterTheActivitiesBeforeIt() {
    String broken =
        "<iati-activities version=\"2.03\">\n" + ACTIVITY + "\n<iati-activity>\n<title></oops>";
    Iati.Imported imported = Iati.read(broken);
    Finding stop = assertStopped(imported, IatiProblem.MALFORMED);
    assertThat(stop.line()).hasValue(4);
    assertThat(imported.activities()).hasSize(1);
  }

  @Test
  void aDocumentOfAnotherKindIsRefused() {
    Finding stop = assertStopped(Iati.read("<html><body/></html>"), IatiProblem.MALFORMED);
    assertThat(stop.message()).contains("root element is html");
    assertStopped(Iati.read(""), IatiProblem.MALFORMED);
  }

  @Test
  void anActivityListsAtMostAThousandFindingsAndCountsTheRest() {
    String many =
        "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>XM-DAC-47066-A"
            + "</iati-identifier><title><narrative>A</narrative></title>"
            + "<sector vocabulary=\"1\" code=\"15190\" percentage=\"x\"/>".repeat(1_200)
            + "<activity-date type=\"9\" iso-date=\"2024-01-01\"/>".repeat(5)
            + "</iati-activity></iati-activities>";
    List<Finding> findings = Iati.read(many).activities().get(0).findings();
    assertThat(findings).hasSize(1_001);
    Finding last = findings.get(1_000);
    assertThat(last.ruleId()).isEqualTo(IatiProblem.LIMIT_EXCEEDED.id());
    // 1,200 invalid percentages, 5 invalid date types, the identifier without the reporting
    // organisation's prefix, the missing period and the verdict: 1,208 findings.
    assertThat(last.message()).startsWith("208 more findings");
  }

  private static Finding assertStopped(Iati.Imported imported, IatiProblem problem) {
    assertThat(imported.summary().complete()).isFalse();
    Finding last = imported.summary().findings().get(imported.summary().findings().size() - 1);
    assertThat(last.ruleId()).isEqualTo(problem.id());
    assertThat(last.severity()).isEqualTo(Severity.ERROR);
    return last;
  }
}
