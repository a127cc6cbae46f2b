package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.text.TextClassifier;

/**
 * Whether an activity is about migration: its codes first, its text as one more piece of evidence
 * that can confirm a general code or overrule a displacement code, never a migration code.
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
  void withoutAnyLinkedCodeEvenAConfidentTextDoesNotDecide() {
    assertThat(source(SURE, "12220")).isEqualTo(ClassificationSource.NONE);
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

  private static ImportedActivity read(IatiImporter importer, String dac) {
    String file =
        "<iati-activities version=\"2.03\"><iati-activity>"
            + "<iati-identifier>GB-GOV-1-1</iati-identifier><reporting-org ref=\"GB-GOV-1\"/>"
            + "<title><narrative>Shelters for victims of trafficking</narrative></title>"
            + "<sector vocabulary=\"1\" code=\""
            + dac
            + "\"/></iati-activity></iati-activities>";
    return Iati.read(importer, file.getBytes(StandardCharsets.UTF_8)).activities().get(0);
  }
}
