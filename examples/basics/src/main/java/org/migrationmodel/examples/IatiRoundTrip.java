package org.migrationmodel.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.iati.ExportSummary;
import org.migrationmodel.iati.IatiExporter;
import org.migrationmodel.iati.IatiImporter;
import org.migrationmodel.iati.ImportSummary;
import org.migrationmodel.iati.ReportingOrganisation;
import org.migrationmodel.programme.Programme;

/**
 * Example: publish the sample programmes as IATI activities, read the file back, and read
 * activities this library did not write: an IOM project, whose classification is proposed from
 * IOM's own project type, and a donor's road project, which does not appear to be about migration.
 */
public final class IatiRoundTrip {
  private static final String FOREIGN =
      "<iati-activities version=\"2.03\"><iati-activity>"
          + "<iati-identifier>XM-DAC-47066-RR.0001</iati-identifier>"
          + "<reporting-org ref=\"XM-DAC-47066\" type=\"40\"><narrative>IOM</narrative>"
          + "</reporting-org>"
          + "<title><narrative>Reintegration of returning migrants</narrative></title>"
          + "<sector vocabulary=\"99\" vocabulary-uri=\"https://data.iom.int/codelist/sector.pdf\""
          + " code=\"RR\"><narrative>Return and Reintegration Assistance</narrative></sector>"
          + "<sector vocabulary=\"1\" code=\"15190\"/>"
          + "<contact-info><email>x@iom.int</email></contact-info>"
          + "</iati-activity><iati-activity>"
          + "<iati-identifier>GB-GOV-1-300124</iati-identifier>"
          + "<reporting-org ref=\"GB-GOV-1\" type=\"10\"><narrative>Donor</narrative></reporting-org>"
          + "<title><narrative>Rural roads</narrative></title>"
          + "<sector vocabulary=\"1\" code=\"21020\"/>"
          + "<contact-info><email>x@example.org</email></contact-info>"
          + "</iati-activity></iati-activities>";

  private IatiRoundTrip() {}

  /**
   * Runs the example.
   *
   * @param args not used
   * @throws IOException never, as everything stays in memory
   */
  public static void main(String[] args) throws IOException {
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    ExportSummary exported =
        IatiExporter.of(ReportingOrganisation.iom()).exportAll(SampleProgrammes.all(), xml);
    System.out.println("Exported " + exported.written() + " activities");

    IatiImporter importer = IatiImporter.standard();
    ImportSummary imported =
        importer.read(
            new ByteArrayInputStream(xml.toByteArray()),
            activity -> {
              Programme programme = activity.programme();
              if (programme.id().startsWith("NE-")) {
                System.out.println(
                    programme.id()
                        + ": "
                        + activity.classificationSource()
                        + ", primary "
                        + programme.classification().primaryActivity().orElseThrow()
                        + ", "
                        + programme.countries().size()
                        + " countries, "
                        + programme.budget().orElseThrow().total()
                        + " "
                        + programme.budget().orElseThrow().currency());
              }
            });
    System.out.println(
        "Imported " + imported.activities() + " activities, complete: " + imported.complete());

    ImportSummary foreign =
        importer.read(
            new ByteArrayInputStream(FOREIGN.getBytes(StandardCharsets.UTF_8)),
            activity -> {
              System.out.println(
                  activity.identifier()
                      + " (programme "
                      + activity.programme().id()
                      + "): "
                      + activity.classificationSource()
                      + activity
                          .programme()
                          .classification()
                          .primaryActivity()
                          .map(primary -> ", primary " + primary)
                          .orElse(""));
              activity
                  .proposals()
                  .forEach(proposal -> System.out.println("  " + proposal.evidence()));
              activity.findings().forEach(finding -> System.out.println("  " + finding));
            });
    // What the model has no place for is counted once per kind of element in the file.
    foreign.findings().forEach(finding -> System.out.println("file: " + finding));
  }
}
