package org.migrationmodel.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.SerializableTester;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  private final Catalogue catalogue = Catalogue.standard();

  @Test
  void theFirstCatalogueIsVersionOneWithEveryTermActiveSinceThen() {
    assertThat(catalogue.version()).isEqualTo("1.0");
    assertThat(catalogue.terms()).hasSize(91);
    assertThat(catalogue.terms())
        .allSatisfy(
            term -> {
              assertThat(catalogue.lifecycle(term).status()).isEqualTo(TermStatus.ACTIVE);
              assertThat(catalogue.lifecycle(term).introducedIn()).isEqualTo("1.0");
              assertThat(catalogue.isActive(term)).isTrue();
            });
  }

  @Test
  void lookupSearchesEveryVocabulary() {
    assertThat(catalogue.lookup("students-and-trainees"))
        .containsExactly(Activity.STUDENTS_AND_TRAINEES, PopulationGroup.STUDENTS_AND_TRAINEES);
    assertThat(catalogue.lookup("MIGRATION_HEALTH"))
        .containsExactly(CrossCuttingActivity.MIGRATION_HEALTH);
    assertThat(catalogue.lookup("NOTHING")).isEmpty();
  }

  @Test
  void vocabulariesAreFoundByIdInTheirFixedOrder() {
    assertThat(catalogue.vocabularies())
        .extracting(Vocabulary::id)
        .containsExactly(
            "area",
            "activity",
            "crossCuttingActivity",
            "theme",
            "modality",
            "driver",
            "populationGroup",
            "agency",
            "countryRole");
    assertThat(catalogue.vocabulary("theme")).contains(Theme.VOCABULARY);
    assertThat(catalogue.vocabulary("themes")).isEmpty();
  }

  @Test
  void aCustomCatalogueCanWithdrawATerm() {
    Catalogue next = withdrawing(Activity.BRAIN_DRAIN_AND_GAIN);
    assertThat(next.version()).isEqualTo("1.1");
    assertThat(next.isActive(Activity.BRAIN_DRAIN_AND_GAIN)).isFalse();
    assertThat(next.lifecycle(Activity.BRAIN_DRAIN_AND_GAIN).withdrawnIn()).contains("1.1");
    assertThat(next.isActive(Activity.BORDER_MANAGEMENT)).isTrue();
  }

  @Test
  void aCatalogueMustGiveEveryTermALifecycle() {
    assertThatThrownBy(
            () -> Catalogue.of("2.0", Map.of(Area.FORCED_MIGRATION, TermLifecycle.active("1.0"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without a lifecycle");
  }

  @Test
  void catalogueSurvivesJavaSerialization() {
    Catalogue copy = SerializableTester.reserialize(withdrawing(Activity.TARGETED_ASSISTANCE));
    assertThat(copy.version()).isEqualTo("1.1");
    assertThat(copy.isActive(Activity.TARGETED_ASSISTANCE)).isFalse();
    assertThat(copy.isActive(Activity.BORDER_MANAGEMENT)).isTrue();
  }

  @Test
  void aCatalogueShowsItsVersion() {
    assertThat(catalogue).hasToString("Catalogue 1.0");
    assertThat(withdrawing(Area.FORCED_MIGRATION)).hasToString("Catalogue 1.1");
  }

  static Catalogue withdrawing(Term term) {
    Map<Term, TermLifecycle> lifecycles = new HashMap<>();
    for (Term each : Catalogue.standard().terms()) {
      lifecycles.put(each, Catalogue.standard().lifecycle(each));
    }
    lifecycles.put(term, TermLifecycle.withdrawn("1.0", "1.1"));
    return Catalogue.of("1.1", lifecycles);
  }
}
