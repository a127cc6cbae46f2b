package org.migrationmodel.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationmodel.taxonomy.Activity;

class CrosswalkFileTest {
  private static final String CATALOGUE_VERSION = "1.0";

  @Test
  void aMinimalFileGivesEveryActivityItsPrimaryDacCode() {
    Crosswalk crosswalk = CrosswalkFile.parse(minimalLines(), CATALOGUE_VERSION);

    assertThat(crosswalk.version()).isEqualTo(CATALOGUE_VERSION);
    assertThat(crosswalk.links()).hasSize(Activity.values().length);
    assertThat(crosswalk.dacPurposeCode(Activity.BORDER_MANAGEMENT))
        .isEqualTo(DacPurposeCode.MIGRATION_AND_MOBILITY);
  }

  @Test
  void commentsAndBlankLinesAreSkipped() {
    List<String> lines = minimalLines();
    lines.add(1, "# a comment\twith a tab");
    lines.add(2, "   ");

    assertThat(CrosswalkFile.parse(lines, CATALOGUE_VERSION).links())
        .hasSize(Activity.values().length);
  }

  @Test
  void anOutsideGcmLineGivesTheReason() {
    List<String> lines = minimalLines();
    lines.add("activity\tFORMER_COMBATANTS\toutside-gcm\tPeacebuilding.");

    assertThat(CrosswalkFile.parse(lines, CATALOGUE_VERSION).outsideGcm(Activity.FORMER_COMBATANTS))
        .contains("Peacebuilding.");
  }

  @Test
  void anUnknownSourceCodeFailsNamingTheLine() {
    assertRejected(
        "activity\tCOUNTER_TRAFICKING\tgcm\t10\tPRIMARY\tWhy.",
        "line 32",
        "unknown activity code \"COUNTER_TRAFICKING\"");
  }

  @Test
  void aCodeInAnotherCaseIsUnknown() {
    assertRejected(
        "activity\tcounter_trafficking\tgcm\t10\tPRIMARY\tWhy.", "unknown activity code");
  }

  @Test
  void anUnknownVocabularyFails() {
    assertRejected(
        "theme\tPOLICY_COHERENCE\tgcm\t23\tRELATED\tWhy.", "unknown vocabulary \"theme\"");
  }

  @Test
  void anUnknownFrameworkOrTargetCodeFails() {
    assertRejected(
        "activity\tCOUNTER_TRAFFICKING\tgcr\t1\tPRIMARY\tWhy.", "unknown framework \"gcr\"");
    assertRejected(
        "activity\tCOUNTER_TRAFFICKING\tgcm\t24\tPRIMARY\tWhy.", "unknown gcm code \"24\"");
    assertRejected(
        "activity\tCOUNTER_TRAFFICKING\tdac\t93011\tRELATED\tWhy.", "unknown dac code \"93011\"");
  }

  @Test
  void anUnknownStrengthFails() {
    assertRejected(
        "activity\tCOUNTER_TRAFFICKING\tgcm\t10\tSTRONG\tWhy.", "unknown strength \"STRONG\"");
  }

  @Test
  void aBlankJustificationOrAMissingFieldFails() {
    assertRejected("activity\tCOUNTER_TRAFFICKING\tgcm\t10\tPRIMARY\t ", "blank");
    assertRejected("activity\tCOUNTER_TRAFFICKING\tgcm\t10\tPRIMARY", "expected 6 fields");
    assertRejected("activity COUNTER_TRAFFICKING gcm 10 PRIMARY Why.", "tab-separated");
  }

  @Test
  void onlyAnActivitysPrimaryDacLinkNamesItsBudgetCode() {
    List<String> lines = minimalLines();
    lines.add("activity\tBORDER_MANAGEMENT\tdac\t15136\tRELATED\tImmigration.");
    lines.add("activity\tBORDER_MANAGEMENT\tgcm\t11\tPRIMARY\tBorders.");
    lines.add("populationGroup\tMIGRANT_WORKERS\tgcm\t6\tPRIMARY\tFair recruitment.");

    Crosswalk crosswalk = CrosswalkFile.parse(lines, CATALOGUE_VERSION);

    assertThat(crosswalk.dacPurposeCode(Activity.BORDER_MANAGEMENT))
        .isEqualTo(DacPurposeCode.MIGRATION_AND_MOBILITY);
    assertThat(crosswalk).hasToString("Crosswalk 1.0 (33 links)");
  }

  @Test
  void aLineOfThreeFieldsIsALinkMissingFields() {
    assertRejected("activity\tCOUNTER_TRAFFICKING\tgcm", "expected 6 fields");
  }

  @Test
  void anOutsideGcmLineHasFourFieldsAndComesOncePerTerm() {
    assertRejected(
        "activity\tFORMER_COMBATANTS\toutside-gcm\tPeacebuilding.\tMore.", "expected 4 fields");
    List<String> twice = minimalLines();
    twice.add("activity\tFORMER_COMBATANTS\toutside-gcm\tPeacebuilding.");
    twice.add("activity\tFORMER_COMBATANTS\toutside-gcm\tAgain.");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CrosswalkFile.parse(twice, CATALOGUE_VERSION))
        .withMessageContaining("FORMER_COMBATANTS is outside the GCM twice");
  }

  @Test
  void aRepeatedLinkFails() {
    assertRejected(
        "activity\tBORDER_MANAGEMENT\tdac\t15190\tRELATED\tAgain.",
        "BORDER_MANAGEMENT is linked to dac 15190 twice");
  }

  @Test
  void aTermOutsideTheGcmWithAGcmLinkFails() {
    List<String> lines = minimalLines();
    lines.add("activity\tRESETTLEMENT\toutside-gcm\tRefugees.");
    lines.add("activity\tRESETTLEMENT\tgcm\t5\tRELATED\tA pathway.");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CrosswalkFile.parse(lines, CATALOGUE_VERSION))
        .withMessageContaining("RESETTLEMENT is outside the GCM but linked to GCM objective 5");
  }

  @Test
  void anActivityWithoutExactlyOnePrimaryDacCodeFails() {
    List<String> missing = minimalLines();
    missing.removeIf(line -> line.startsWith("activity\tBORDER_MANAGEMENT\t"));
    List<String> twice = minimalLines();
    twice.add("activity\tBORDER_MANAGEMENT\tdac\t15136\tPRIMARY\tAlso immigration.");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CrosswalkFile.parse(missing, CATALOGUE_VERSION))
        .withMessageContaining("BORDER_MANAGEMENT needs exactly one PRIMARY DAC link, has 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CrosswalkFile.parse(twice, CATALOGUE_VERSION))
        .withMessageContaining("BORDER_MANAGEMENT needs exactly one PRIMARY DAC link, has 2");
  }

  @Test
  void aVersionOtherThanTheCataloguesFails() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CrosswalkFile.parse(minimalLines(), "1.1"))
        .withMessageContaining("line 1")
        .withMessageContaining("crosswalk version 1.0 is not the catalogue's version 1.1");
  }

  @Test
  void aMissingVersionLineFails() {
    List<String> lines = minimalLines();
    lines.remove(0);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CrosswalkFile.parse(lines, CATALOGUE_VERSION))
        .withMessageContaining("expected \"version\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CrosswalkFile.parse(List.of("# nothing"), CATALOGUE_VERSION))
        .withMessageContaining("no version line");
  }

  private static void assertRejected(String line, String... messageParts) {
    List<String> lines = minimalLines();
    lines.add(line);
    var thrown =
        assertThatIllegalArgumentException()
            .isThrownBy(() -> CrosswalkFile.parse(lines, CATALOGUE_VERSION));
    Arrays.stream(messageParts).forEach(thrown::withMessageContaining);
  }

  // The smallest valid file: the version, then each activity's one primary DAC link.
  private static List<String> minimalLines() {
    List<String> lines = new ArrayList<>();
    lines.add("version\t" + CATALOGUE_VERSION);
    for (Activity activity : Activity.values()) {
      lines.add("activity\t" + activity.code() + "\tdac\t15190\tPRIMARY\tMigration.");
    }
    return lines;
  }
}
