package org.migrationmodel.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TargetVocabulariesTest {

  @Test
  void eachFrameworkHasItsEnglishTitle() {
    assertThat(Framework.values())
        .extracting(Framework::title)
        .containsExactly(
            "Global Compact for Safe, Orderly and Regular Migration",
            "Sustainable Development Goals",
            "OECD DAC Creditor Reporting System purpose codes",
            "UNHCR population types");
  }

  @Test
  void everyTargetHasTheOfficialCodeAndTitleOfItsSource() {
    List<String> rendered =
        Arrays.stream(Framework.values())
            .flatMap(framework -> framework.targets().stream())
            .map(TargetVocabulariesTest::render)
            .toList();

    assertThat(rendered).containsExactlyElementsOf(Golden.lines("golden-targets.txt"));
  }

  @Test
  void gcmObjectivesAreNumberedOneToTwentyThreeInOfficialOrder() {
    assertThat(GcmObjective.values()).hasSize(23);
    for (GcmObjective objective : GcmObjective.values()) {
      assertThat(objective.number()).isEqualTo(objective.ordinal() + 1);
      assertThat(GcmObjective.of(objective.number())).isSameAs(objective);
    }
  }

  @Test
  void aGcmObjectiveNumberOutsideOneToTwentyThreeIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GcmObjective.of(0))
        .withMessageContaining("1 to 23");
    assertThatIllegalArgumentException().isThrownBy(() -> GcmObjective.of(24));
  }

  @Test
  void theSelectionsHoldEightSdgTargetsNineDacCodesAndNineUnhcrPopulationTypes() {
    assertThat(SdgTarget.values()).hasSize(8);
    assertThat(DacPurposeCode.values()).hasSize(9);
    assertThat(UnhcrPopulationType.values()).hasSize(9);
  }

  @ParameterizedTest
  @EnumSource(Framework.class)
  void everyTargetBelongsToTheFrameworkThatListsIt(Framework framework) {
    assertThat(framework.targets())
        .allSatisfy(target -> assertThat(target.framework()).isEqualTo(framework));
    assertThat(framework.targets().stream().map(Target::code)).doesNotHaveDuplicates();
  }

  @Test
  void aFrameworkFindsATargetByItsExactOfficialCode() {
    assertThat(Framework.GCM.find("13")).contains(GcmObjective.ALTERNATIVES_TO_DETENTION);
    assertThat(Framework.SDG.find("10.c")).contains(SdgTarget.TARGET_10_C);
    assertThat(Framework.DAC.find("24050")).contains(DacPurposeCode.REMITTANCE_FACILITATION);
    assertThat(Framework.UNHCR.find("IDP")).contains(UnhcrPopulationType.INTERNALLY_DISPLACED);
    assertThat(Framework.SDG.find("10.C")).isEmpty();
    assertThat(Framework.GCM.find("REF")).isEmpty();
  }

  private static String render(Target target) {
    String title =
        target instanceof GcmObjective objective
            ? objective.shortLabel() + " | " + objective.title()
            : target.title();
    return String.join(" ", target.framework().id(), target.code(), title);
  }
}
