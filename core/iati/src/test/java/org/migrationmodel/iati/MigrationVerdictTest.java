package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.text.TextClassifier;

/**
 * Whether an activity is about migration: its codes first, its text as one more piece of evidence
 * that can confirm a general code or overrule a displacement code, never a migration code, that
 * outweighs a code of another sector only when it describes migration work, and that decides alone
 * when the activity has no code at all.
 */
class MigrationVerdictTest {
  private static final TextClassifier SURE =
      TextClassifiers.pointingTo(Activity.COUNTER_TRAFFICKING, 0.9, "trafficking");
  private static final TextClassifier UNSURE =
      TextClassifiers.pointingTo(Activity.COUNTER_TRAFFICKING, 0.4, "trafficking");
  private static final TextClassifier NOT_MIGRATION = TextClassifiers.notAboutMigration();

  @Test
  void aMigrationCodeDecidesWhateverTheTextSays() {
    assertThat(source(NOT_MIGRATION, "15190")).isEqualTo(ClassificationSource.PROPOSED);
  }

  @Test
  void aDisplacementCodeDecidesUnlessTheTextIsReadAndNotAboutMigration() {
    assertThat(source(IatiImporter.standard(), "72010")).isEqualTo(ClassificationSource.PROPOSED);
    assertThat(source(SURE, "72010")).isEqualTo(ClassificationSource.PROPOSED);
    ImportedActivity overruled =
        read(IatiImporter.standard().withTextClassifier(NOT_MIGRATION), "72010");
    assertThat(overruled.classificationSource()).isEqualTo(ClassificationSource.NONE);
    assertThat(overruled.findings())
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.NOT_MIGRATION.id())
                    && finding.message().contains("not borne out by its text"));
  }

  @Test
  void aGeneralCodeTheCrosswalkLinksNeedsATextConfidentlyAboutMigration() {
    ImportedActivity confirmed = read(IatiImporter.standard().withTextClassifier(SURE), "15180");
    assertThat(confirmed.classificationSource())
        .as("%s", confirmed.findings())
        .isEqualTo(ClassificationSource.PROPOSED);
    assertThat(confirmed.programme().classification().primaryActivity())
        .contains(Activity.COUNTER_TRAFFICKING);
    assertThat(source(UNSURE, "15180")).isEqualTo(ClassificationSource.NONE);
    assertThat(source(IatiImporter.standard(), "15180")).isEqualTo(ClassificationSource.NONE);
  }

  @Test
  void aCodeThatPlacesTheActivityElsewhereOutweighsATextThatDoesNotDescribeMigrationWork() {
    // One phrase names a subject; relief for displaced people is a health project's work too.
    assertThat(source(SURE, "12220")).isEqualTo(ClassificationSource.NONE);
    TextClassifier describingRelief =
        TextClassifiers.pointingTo(
            Activity.INTERNALLY_DISPLACED_PERSONS, 0.9, "idps", "idp sites", "emergency");
    ImportedActivity relief =
        read(IatiImporter.standard().withTextClassifier(describingRelief), "12220");
    assertThat(relief.classificationSource()).isEqualTo(ClassificationSource.NONE);
    assertThat(relief.findings())
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.NOT_MIGRATION.id())
                    && finding.message().contains("does not describe migration work"));
  }

  /** Trade facilitation (DAC 33120) speaks of borders, customs and cross-border trade. */
  @Test
  void borderWordsDoNotOutweighACodeThatPlacesTheActivityElsewhere() {
    TextClassifier describingBorders =
        TextClassifiers.pointingTo(
            Activity.BORDER_MANAGEMENT, 0.95, "border", "cross-border", "customs", "border posts");
    ImportedActivity trade =
        read(IatiImporter.standard().withTextClassifier(describingBorders), "33120");
    assertThat(trade.classificationSource()).isEqualTo(ClassificationSource.NONE);
    assertThat(trade.findings())
        .anyMatch(finding -> finding.ruleId().equals(IatiProblem.NOT_MIGRATION.id()));
  }

  /**
   * A German-funded project coded as civil society (DAC 15150) whose text is about Roma returnees.
   */
  @Test
  void aTextThatDescribesMigrationWorkOutweighsACodeThatPlacesTheActivityElsewhere() {
    TextClassifier describingReturn =
        TextClassifiers.pointingTo(
            Activity.ASSISTED_RETURN_AND_REINTEGRATION,
            0.9,
            "sustainable return and reintegration",
            "returnee");
    ImportedActivity activity =
        read(IatiImporter.standard().withTextClassifier(describingReturn), "15150");
    assertThat(activity.classificationSource()).isEqualTo(ClassificationSource.PROPOSED);
    assertThat(activity.programme().classification().primaryActivity())
        .contains(Activity.ASSISTED_RETURN_AND_REINTEGRATION);
    assertThat(activity.findings())
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.PROPOSED.id())
                    && finding.message().contains("proposed by the importer, not given in the file")
                    && finding.message().contains("stands out of the activities proposed (1)"));
  }

  @Test
  void withoutAnySectorOrTagAConfidentTextDecides() {
    ImportedActivity sure = read(IatiImporter.standard().withTextClassifier(SURE), "");
    assertThat(sure.classificationSource()).isEqualTo(ClassificationSource.PROPOSED);
    assertThat(sure.programme().classification().primaryActivity())
        .contains(Activity.COUNTER_TRAFFICKING);
    assertThat(sure.proposals())
        .singleElement()
        .satisfies(proposal -> assertThat(proposal.source()).isEqualTo(Proposal.Source.TEXT));
  }

  /**
   * Only its publisher knows what a code means when it is of the publisher's own vocabulary and the
   * library has no table for it, or of a vocabulary IATI does not list.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "<sector vocabulary=\"99\" vocabulary-uri=\"https://example.org/sectors\" code=\"ER\"/>",
        "<sector vocabulary=\"XYZ\" code=\"A1\"/>"
      })
  void aCodeOnlyItsPublisherCanReadSaysNothingSoAConfidentTextDecides(String sector) {
    ImportedActivity sure = readSectors(IatiImporter.standard().withTextClassifier(SURE), sector);
    assertThat(sure.classificationSource()).isEqualTo(ClassificationSource.PROPOSED);
    assertThat(sure.programme().classification().primaryActivity())
        .contains(Activity.COUNTER_TRAFFICKING);
    ImportedActivity unsure =
        readSectors(IatiImporter.standard().withTextClassifier(UNSURE), sector);
    assertThat(unsure.classificationSource()).isEqualTo(ClassificationSource.NONE);
    assertThat(unsure.findings())
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.NOT_MIGRATION.id())
                    && finding.message().contains("it has no code the library can read"));
  }

  /**
   * A sector without code, as IATI 1.0x files write a sector's name alone, is not read: it is a
   * finding at that sector, and the activity is judged as one without codes.
   */
  @Test
  void aSectorWithoutCodeIsAFindingAndSaysNothingSoAConfidentTextDecides() {
    ImportedActivity sure =
        readSectors(
            IatiImporter.standard().withTextClassifier(SURE),
            "<sector vocabulary=\"ISO\">Advocacy</sector><sector vocabulary=\"1\"/>");
    assertThat(sure.classificationSource()).isEqualTo(ClassificationSource.PROPOSED);
    assertThat(sure.programme().classification().primaryActivity())
        .contains(Activity.COUNTER_TRAFFICKING);
    assertThat(sure.findings())
        .filteredOn(finding -> finding.ruleId().equals(IatiProblem.MISSING.id()))
        .extracting(finding -> finding.location().path())
        .contains(
            "/iati-activities/iati-activity[1]/sector[1]",
            "/iati-activities/iati-activity[1]/sector[2]");
  }

  /** An SDG goal (here 6, water) is public: it places the activity though goals are not read. */
  @Test
  void aPublicCodeTheLibraryDoesNotReadStillPlacesTheActivityElsewhere() {
    ImportedActivity goal =
        readSectors(
            IatiImporter.standard().withTextClassifier(SURE),
            "<sector vocabulary=\"7\" code=\"6\"/>");
    assertThat(goal.classificationSource()).isEqualTo(ClassificationSource.NONE);
    assertThat(goal.findings())
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.NOT_MIGRATION.id())
                    && finding.message().contains("does not describe migration work"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textsThatDoNotDecide")
  void withoutAnySectorOrTagATextNotConfidentlyAboutMigrationLeavesItNotAboutMigration(
      String text, IatiImporter importer, String because) {
    ImportedActivity activity = read(importer, "");
    assertThat(activity.classificationSource()).isEqualTo(ClassificationSource.NONE);
    assertThat(activity.proposals()).isEmpty();
    assertThat(activity.findings())
        .filteredOn(finding -> finding.ruleId().equals(IatiProblem.NOT_MIGRATION.id()))
        .singleElement()
        .satisfies(
            finding ->
                assertThat(finding.message())
                    .contains("it has no code the library can read, and " + because));
  }

  static Stream<Arguments> textsThatDoNotDecide() {
    IatiImporter importer = IatiImporter.standard();
    return Stream.of(
        arguments("no classifier", importer, "no text was classified"),
        arguments(
            "not confident",
            importer.withTextClassifier(UNSURE),
            "its text is not confidently about migration"),
        arguments(
            "not about migration",
            importer.withTextClassifier(NOT_MIGRATION),
            "its text is not confidently about migration"));
  }

  @Test
  void theTextSinglesOutAPrimaryNoCodePointsToOnlyWhenItIsConfident() {
    ImportedActivity unsure = read(IatiImporter.standard().withTextClassifier(UNSURE), "72010");
    assertThat(unsure.classificationSource()).isEqualTo(ClassificationSource.PROPOSED);
    assertThat(unsure.programme().classification().primaryActivity()).isEmpty();
    ImportedActivity sure = read(IatiImporter.standard().withTextClassifier(SURE), "72010");
    assertThat(sure.programme().classification().primaryActivity())
        .contains(Activity.COUNTER_TRAFFICKING);
  }

  private static ClassificationSource source(TextClassifier text, String dac) {
    return source(IatiImporter.standard().withTextClassifier(text), dac);
  }

  private static ClassificationSource source(IatiImporter importer, String dac) {
    return read(importer, dac).classificationSource();
  }

  /** Reads an activity with one DAC sector, or none when {@code dac} is empty. */
  private static ImportedActivity read(IatiImporter importer, String dac) {
    return readSectors(
        importer, dac.isEmpty() ? "" : "<sector vocabulary=\"1\" code=\"" + dac + "\"/>");
  }

  private static ImportedActivity readSectors(IatiImporter importer, String sectors) {
    String file =
        "<iati-activities version=\"2.03\"><iati-activity>"
            + "<iati-identifier>GB-GOV-1-1</iati-identifier><reporting-org ref=\"GB-GOV-1\"/>"
            + "<title><narrative>Shelters for victims of trafficking</narrative></title>"
            + sectors
            + "</iati-activity></iati-activities>";
    return Iati.read(importer, file.getBytes(StandardCharsets.UTF_8)).activities().get(0);
  }
}
