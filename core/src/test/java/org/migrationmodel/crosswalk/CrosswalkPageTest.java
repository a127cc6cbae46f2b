package org.migrationmodel.crosswalk;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.PopulationGroup;

/** Runs the example of docs/crosswalks.md, and checks that the page shows this code. */
class CrosswalkPageTest {
  private static final Path PAGE = Path.of("../docs/crosswalks.md");
  private static final Path THIS_SOURCE =
      Path.of("src/test/java/org/migrationmodel/crosswalk/CrosswalkPageTest.java");
  private static final String BEGIN = "// docs:begin";
  private static final String END = "// docs:end";

  @Test
  void thePagesExampleGivesTheProgrammesGcmSdgAndDacView() {
    // docs:begin
    Programme programme =
        Programme.builder()
            .id("MLI-AVRR-2026")
            .title("Return and reintegration assistance for migrants in Mali")
            .classification(
                Classification.builder()
                    .primaryActivity(Activity.ASSISTED_RETURN_AND_REINTEGRATION)
                    .addSecondaryActivities(Activity.REMITTANCES_AND_MONEY_TRANSFERS)
                    .addCrossCuttingActivities(CrossCuttingActivity.INTEGRATION_AND_REINTEGRATION)
                    .addTargetGroups(PopulationGroup.RETURNEES)
                    .build())
            .budget(
                Budget.builder()
                    .currency("EUR")
                    .total(new BigDecimal("2400000"))
                    .addAllocations(
                        Allocation.of(
                            Activity.ASSISTED_RETURN_AND_REINTEGRATION, new BigDecimal("65")),
                        Allocation.of(
                            Activity.REMITTANCES_AND_MONEY_TRANSFERS, new BigDecimal("35")))
                    .build())
            .build();

    ProgrammeCrosswalk view = Crosswalk.standard().forProgramme(programme);
    Map<GcmObjective, Strength> gcm = view.gcmObjectives();
    Map<SdgTarget, Strength> sdg = view.sdgTargets();
    Map<DacPurposeCode, BigDecimal> dac = view.dacShares();
    // docs:end

    assertThat(gcm)
        .containsExactly(
            entry(GcmObjective.INCLUSION_AND_SOCIAL_COHESION, Strength.PRIMARY),
            entry(GcmObjective.REMITTANCES, Strength.PRIMARY),
            entry(GcmObjective.DIGNIFIED_RETURN_AND_REINTEGRATION, Strength.PRIMARY));
    assertThat(sdg)
        .containsExactly(
            entry(SdgTarget.TARGET_10_7, Strength.RELATED),
            entry(SdgTarget.TARGET_10_C, Strength.PRIMARY));
    assertThat(dac)
        .containsExactly(
            entry(DacPurposeCode.MIGRATION_AND_MOBILITY, new BigDecimal("65.00")),
            entry(DacPurposeCode.REMITTANCE_FACILITATION, new BigDecimal("35.00")));
  }

  @Test
  void thePageShowsExactlyTheCodeThisTestRuns() throws IOException {
    assertThat(pageExample()).containsExactlyElementsOf(testedExample());
  }

  // The page's first Java block.
  private static List<String> pageExample() throws IOException {
    List<String> lines = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
    int begin = lines.indexOf("```java") + 1;
    int end = lines.subList(begin, lines.size()).indexOf("```") + begin;
    return lines.subList(begin, end);
  }

  // The lines between the markers, without the method body's indentation.
  private static List<String> testedExample() throws IOException {
    List<String> lines = Files.readAllLines(THIS_SOURCE, StandardCharsets.UTF_8);
    int begin = indexOfTrimmed(lines, BEGIN) + 1;
    int end = indexOfTrimmed(lines, END);
    String indent =
        lines.get(begin).substring(0, lines.get(begin).indexOf(lines.get(begin).trim()));
    return lines.subList(begin, end).stream()
        .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line)
        .toList();
  }

  private static int indexOfTrimmed(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("No " + marker + " in " + THIS_SOURCE);
  }
}
