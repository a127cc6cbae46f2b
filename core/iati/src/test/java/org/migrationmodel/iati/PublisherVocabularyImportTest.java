package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.text.TextClassifier;
import org.migrationmodel.validation.Severity;

/**
 * Publishers' own vocabularies: IOM's project types and areas, UNHCR's pillars. The publisher's
 * code decides the primary activity among the activities the library's table maps it to; a code the
 * table lacks is a finding.
 */
class PublisherVocabularyImportTest {
  private static final String IOM_URI = "https://data.iom.int/codelist/sector.pdf";

  @Test
  void iomsProjectTypeDecidesThePrimaryActivityEvenAgainstTheText() {
    TextClassifier otherwise =
        TextClassifiers.pointingTo(Activity.ASYLUM_AND_REFUGEES, 1.0, "refugees");
    ImportedActivity activity =
        iom(
            IatiImporter.standard().withTextClassifier(otherwise),
            "<sector vocabulary=\"99\" vocabulary-uri=\""
                + IOM_URI
                + "\" code=\"DP\">"
                + "<narrative>Internally Displaced Persons</narrative></sector>"
                + "<sector vocabulary=\"98\" vocabulary-uri=\""
                + IOM_URI
                + "\" code=\"01\"/>"
                + "<sector vocabulary=\"1\" code=\"72010\"/>");
    assertThat(activity.classificationSource()).isEqualTo(ClassificationSource.PROPOSED);
    assertThat(activity.programme().classification().primaryActivity())
        .contains(Activity.INTERNALLY_DISPLACED_PERSONS);
    assertThat(activity.proposals())
        .anyMatch(
            proposal ->
                proposal.source() == Proposal.Source.PUBLISHER_VOCABULARY
                    && proposal.activity() == Activity.INTERNALLY_DISPLACED_PERSONS
                    && proposal.evidence().contains("code DP (Internally Displaced Persons)")
                    && proposal.evidence().contains("/iati-activities/iati-activity[1]/sector[1]"));
  }

  @Test
  void aTypeMappedToSeveralActivitiesGivesTheMainOneUnlessOtherCodesSingleOutAnother() {
    ImportedActivity plain = iom(IatiImporter.standard(), iomType("PX"));
    assertThat(plain.programme().classification().primaryActivity())
        .contains(Activity.COUNTER_TRAFFICKING);
    ImportedActivity withDac =
        iom(IatiImporter.standard(), iomType("IB") + "<sector vocabulary=\"1\" code=\"15136\"/>");
    assertThat(withDac.programme().classification().primaryActivity())
        .contains(Activity.VISA_ENTRY_AND_STAY_SYSTEMS);
  }

  @Test
  void aTypeStandingForACrossCuttingActivityProposesItWithoutPrimary() {
    ImportedActivity activity = iom(IatiImporter.standard(), iomType("MP"));
    assertThat(activity.classificationSource()).isEqualTo(ClassificationSource.PROPOSED);
    assertThat(activity.programme().classification().crossCuttingActivities())
        .containsExactly(CrossCuttingActivity.MIGRATION_HEALTH);
    assertThat(activity.programme().classification().primaryActivity()).isEmpty();
  }

  @Test
  void aCodeTheTableLacksIsAWarningAndAddsNothing() {
    ImportedActivity activity = iom(IatiImporter.standard(), iomType("ZZ"));
    assertThat(activity.findings())
        .filteredOn(f -> f.ruleId().equals(IatiProblem.PUBLISHER_CODE_UNKNOWN.id()))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.severity()).isEqualTo(Severity.WARNING);
              assertThat(finding.location().path())
                  .isEqualTo("/iati-activities/iati-activity[1]/sector[1]");
              assertThat(finding.message()).contains("'ZZ'").contains("XM-DAC-47066");
            });
    assertThat(activity.classificationSource()).isEqualTo(ClassificationSource.NONE);
  }

  @Test
  void unhcrsPillarIsKnownByItsPublisherWithoutUri() {
    String file =
        "<iati-activities version=\"2.03\"><iati-activity>"
            + "<iati-identifier>XM-DAC-41121-2020-KEN</iati-identifier>"
            + "<reporting-org ref=\"XM-DAC-41121\"/><title><narrative>Kenya</narrative></title>"
            + "<sector vocabulary=\"99\" code=\"1\"><narrative>Refugee programme</narrative>"
            + "</sector></iati-activity></iati-activities>";
    ImportedActivity activity = Iati.read(file).activities().get(0);
    assertThat(activity.programme().classification().primaryActivity())
        .contains(Activity.ASYLUM_AND_REFUGEES);
  }

  /** UNHCR's activities since 2022 spread each budget over its four impact areas. */
  @Test
  void unhcrsImpactAreasAreKnownAndStandForNoSingleActivity() {
    StringBuilder file =
        new StringBuilder(
            "<iati-activities version=\"2.03\"><iati-activity>"
                + "<iati-identifier>XM-DAC-41121-2023-EHGL-RB</iati-identifier>"
                + "<reporting-org ref=\"XM-DAC-41121\"/>"
                + "<title><narrative>Regional Bureau</narrative></title>");
    for (String area : new String[] {"IA1", "IA2", "IA3", "IA4"}) {
      file.append("<sector vocabulary=\"99\" code=\"").append(area).append("\"/>");
    }
    file.append("</iati-activity></iati-activities>");
    ImportedActivity activity = Iati.read(file.toString()).activities().get(0);
    assertThat(activity.findings())
        .noneMatch(finding -> finding.ruleId().equals(IatiProblem.PUBLISHER_CODE_UNKNOWN.id()));
    assertThat(activity.classificationSource()).isEqualTo(ClassificationSource.NONE);
    assertThat(activity.findings())
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.NOT_MIGRATION.id())
                    && finding.message().contains("code IA4 (Securing Solutions)"));
  }

  /**
   * OCHA's pooled funds code every project 43010 (multisector aid) and name its cluster in their
   * own vocabulary: camp coordination and shelter serve people displaced, unless the text says
   * otherwise; health serves anyone.
   */
  @Test
  void ochasPooledFundsNameTheClusterAndCampsOrSheltersAreAboutDisplacement() {
    String clusters = "https://www.humanitarianresponse.info/en/coordination/clusters";
    TextClassifier idpHealth =
        TextClassifiers.pointingTo(Activity.INTERNALLY_DISPLACED_PERSONS, 0.9, "idps", "camps");
    IatiImporter importer = IatiImporter.standard().withTextClassifier(idpHealth);
    ImportedActivity camps =
        pooledFund(
            importer,
            "<sector vocabulary=\"99\" vocabulary-uri=\""
                + clusters
                + "\" code=\"1\"/><sector vocabulary=\"1\" code=\"43010\"/>");
    assertThat(camps.classificationSource()).isEqualTo(ClassificationSource.PROPOSED);
    assertThat(camps.programme().classification().primaryActivity())
        .contains(Activity.INTERNALLY_DISPLACED_PERSONS);
    assertThat(camps.proposals())
        .anyMatch(
            proposal ->
                proposal.source() == Proposal.Source.PUBLISHER_VOCABULARY
                    && proposal.evidence().contains("XM-OCHA-CBPF's sector vocabulary 99 code 1")
                    && proposal.evidence().contains("/iati-activities/iati-activity[1]/sector[1]"));
    // A shelter project may rebuild homes where nobody moved: the text decides, as for DAC 72010.
    ImportedActivity shelterInPlace =
        pooledFund(
            IatiImporter.standard().withTextClassifier(TextClassifiers.notAboutMigration()),
            "<sector vocabulary=\"99\" vocabulary-uri=\""
                + clusters
                + "\" code=\"4\"/><sector vocabulary=\"1\" code=\"43010\"/>");
    assertThat(shelterInPlace.classificationSource()).isEqualTo(ClassificationSource.NONE);
    assertThat(shelterInPlace.findings())
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.NOT_MIGRATION.id())
                    && finding.message().contains("displacement codes are not borne out"));
    ImportedActivity health =
        pooledFund(
            importer,
            "<sector vocabulary=\"99\" vocabulary-uri=\""
                + clusters
                + "\" code=\"7\"/><sector vocabulary=\"1\" code=\"43010\"/>");
    assertThat(health.classificationSource()).isEqualTo(ClassificationSource.NONE);
    assertThat(health.findings())
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.NOT_MIGRATION.id())
                    && finding.message().contains("code 7 (Health), which has no place"));
  }

  @Test
  void anotherPublishersVocabularyNinetyNineIsNotReadAsIoms() {
    String file =
        "<iati-activities version=\"2.03\"><iati-activity>"
            + "<iati-identifier>GB-CHC-1-1</iati-identifier><reporting-org ref=\"GB-CHC-1\"/>"
            + "<title><narrative>T</narrative></title>"
            + "<sector vocabulary=\"99\" code=\"DP\"/></iati-activity></iati-activities>";
    Iati.Imported imported = Iati.read(file);
    assertThat(imported.activities().get(0).classificationSource())
        .isEqualTo(ClassificationSource.NONE);
    assertThat(imported.summary().findings())
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.UNMAPPED.id())
                    && finding
                        .location()
                        .path()
                        .equals("/iati-activities/iati-activity[1]/sector[1]")
                    && finding.message().contains("no table for"));
  }

  @Test
  void everyRowOfTheTableNamesModelTermsAndIomsTypesAreAllThere() {
    PublisherVocabularies.Vocabulary types =
        PublisherVocabularies.standard()
            .find("99", java.util.Optional.of(IOM_URI), java.util.Optional.empty())
            .orElseThrow();
    assertThat(types.codes()).hasSize(32).containsKeys("DP", "RR", "IB", "PX", "MU");
    assertThat(types.codes().get("RR").activities())
        .containsExactly(Activity.ASSISTED_RETURN_AND_REINTEGRATION);
    assertThat(types.codes().get("MU").classifies()).isFalse();
    PublisherVocabularies.Vocabulary areas =
        PublisherVocabularies.standard()
            .find(
                "98",
                java.util.Optional.of("http://data.iom.int/codelist/sector.pdf/"),
                java.util.Optional.empty())
            .orElseThrow();
    assertThat(areas.codes()).hasSize(8);
  }

  private static String iomType(String code) {
    return "<sector vocabulary=\"99\" vocabulary-uri=\"" + IOM_URI + "\" code=\"" + code + "\"/>";
  }

  private static ImportedActivity pooledFund(IatiImporter importer, String sectors) {
    String file =
        "<iati-activities version=\"2.03\"><iati-activity>"
            + "<iati-identifier>XM-OCHA-CBPF-NGA-1</iati-identifier>"
            + "<reporting-org ref=\"XM-OCHA-CBPF\"/>"
            + "<title><narrative>A pooled fund's project</narrative></title>"
            + sectors
            + "</iati-activity></iati-activities>";
    return Iati.read(importer, file.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .activities()
        .get(0);
  }

  private static ImportedActivity iom(IatiImporter importer, String sectors) {
    String file =
        "<iati-activities version=\"2.03\"><iati-activity>"
            + "<iati-identifier>XM-DAC-47066-X.1</iati-identifier>"
            + "<reporting-org ref=\"XM-DAC-47066\"/>"
            + "<title><narrative>An IOM project</narrative></title>"
            + sectors
            + "</iati-activity></iati-activities>";
    return Iati.read(importer, file.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .activities()
        .get(0);
  }
}
