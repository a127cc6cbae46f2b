package org.migrationmodel.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.SupportedLanguage;

class TextClassificationTest {

  private static TermSuggestion<Activity> activity(Activity activity, double confidence) {
    return TermSuggestion.of(activity, confidence, List.of("words"));
  }

  private static TextClassification.Builder english() {
    return TextClassification.builder()
        .languageTag("en")
        .language(SupportedLanguage.ENGLISH)
        .aboutMigration(true);
  }

  /** Four activities, the first with the given confidence, the rest less likely. */
  private static TextClassification ranked(double first) {
    return english()
        .addActivities(
            activity(Activity.COUNTER_TRAFFICKING, first),
            activity(Activity.COUNTER_SMUGGLING, 0.1),
            activity(Activity.STRANDED_MIGRANTS, 0.05),
            activity(Activity.ASSISTED_RETURN_AND_REINTEGRATION, 0.01))
        .build();
  }

  @Test
  void theFirstActivityAboveOneHalfIsConfident() {
    assertThat(ranked(0.51).isConfident()).isTrue();
    assertThat(ranked(0.5).isConfident()).isFalse();
    assertThat(english().build().isConfident()).isFalse();
  }

  @Test
  void aConfidentTextDescribesMovementWhenTwoPhrasesPointToAMovementActivity() {
    TermSuggestion<Activity> returnDescribed =
        TermSuggestion.of(
            Activity.ASSISTED_RETURN_AND_REINTEGRATION,
            0.9,
            List.of("sustainable return and reintegration", "returnee"));
    assertThat(english().addActivities(returnDescribed).build().describesMovement()).isTrue();
    assertThat(ranked(0.9).describesMovement()).as("one phrase names a subject").isFalse();
    TermSuggestion<Activity> unsure =
        TermSuggestion.of(Activity.ASSISTED_RETURN_AND_REINTEGRATION, 0.5, List.of("a", "b"));
    assertThat(english().addActivities(unsure).build().describesMovement()).isFalse();
    TermSuggestion<Activity> relief =
        TermSuggestion.of(Activity.INTERNALLY_DISPLACED_PERSONS, 0.9, List.of("idps", "wash"));
    assertThat(english().addActivities(relief).build().describesMovement()).isFalse();
    assertThat(english().build().describesMovement()).isFalse();
  }

  @Test
  void movementActivitiesAreAllButThoseWhoseWordsOtherProgrammesShare() {
    assertThat(TextClassification.isMovement(Activity.RESETTLEMENT)).isTrue();
    assertThat(TextClassification.isMovement(Activity.BORDER_MANAGEMENT)).isFalse();
    assertThat(TextClassification.isMovement(Activity.TRANSITION_AND_RECOVERY)).isFalse();
    assertThat(TextClassification.isMovement(Activity.INTERNALLY_DISPLACED_PERSONS)).isFalse();
    assertThat(java.util.Arrays.stream(Activity.values()).filter(TextClassification::isMovement))
        .hasSize(Activity.values().length - 11);
    assertThatThrownBy(() -> TextClassification.isMovement(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aConfidentClassificationContradictsAnActivityBelowTheThirdRank() {
    TextClassification confident = ranked(0.8);

    assertThat(confident.contradicts(Activity.ASSISTED_RETURN_AND_REINTEGRATION)).isTrue();
    assertThat(confident.contradicts(Activity.DOCUMENTATION)).isTrue();
    assertThat(confident.contradicts(Activity.STRANDED_MIGRANTS)).isFalse();
    assertThat(confident.contradicts(Activity.COUNTER_TRAFFICKING)).isFalse();
  }

  @Test
  void aClassificationThatIsNotConfidentContradictsNothing() {
    assertThat(ranked(0.4).contradicts(Activity.DOCUMENTATION)).isFalse();
  }

  @Test
  void aClassificationWithFewerActivitiesThanTheAgreeingRanksStillJudges() {
    TextClassification one =
        english().addActivities(activity(Activity.COUNTER_TRAFFICKING, 0.9)).build();

    assertThat(one.contradicts(Activity.COUNTER_TRAFFICKING)).isFalse();
    assertThat(one.contradicts(Activity.COUNTER_SMUGGLING)).isTrue();
    assertThatThrownBy(() -> one.contradicts(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aTextNotReadNamesItsLanguageAndIsNotAboutMigration() {
    TextClassification swedish =
        TextClassification.builder().languageTag("sv").aboutMigration(false).build();

    assertThat(swedish.language()).isEmpty();
    assertThat(swedish.languageTag()).isEqualTo("sv");
    assertThat(swedish.activities()).isEmpty();
    assertThatThrownBy(
            () -> TextClassification.builder().languageTag("sv").aboutMigration(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not read");
  }

  @Test
  void theLanguageReadMustMatchItsTag() {
    assertThatThrownBy(
            () ->
                TextClassification.builder()
                    .languageTag("fr")
                    .language(SupportedLanguage.ENGLISH)
                    .aboutMigration(false)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tagged fr");
  }

  @Test
  void aTextNotAboutMigrationCarriesNoSuggestionOfAnyKind() {
    assertThatThrownBy(
            () ->
                english()
                    .aboutMigration(false)
                    .addActivities(activity(Activity.DOCUMENTATION, 0.2))
                    .build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                english()
                    .aboutMigration(false)
                    .addTargetGroups(
                        TermSuggestion.of(PopulationGroup.REFUGEES, 0.3, List.of("refugees")))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no suggestions");
  }

  @Test
  void activitiesMustComeMostLikelyFirst() {
    assertThatThrownBy(
            () ->
                english()
                    .addActivities(
                        activity(Activity.DOCUMENTATION, 0.2),
                        activity(Activity.BORDER_MANAGEMENT, 0.3))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("BORDER_MANAGEMENT is ranked after DOCUMENTATION");
  }

  @Test
  void activitiesOfEqualConfidenceMayComeInEitherOrder() {
    TextClassification tie =
        english()
            .addActivities(
                activity(Activity.BORDER_MANAGEMENT, 0.3), activity(Activity.DOCUMENTATION, 0.3))
            .build();

    assertThat(tie.activities()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
  void aConfidenceOutsideZeroToOneIsRefused(double confidence) {
    assertThatThrownBy(() -> activity(Activity.DOCUMENTATION, confidence))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not between 0 and 1");
  }

  @Test
  void aSuggestionNeedsATermAndEvidenceAndCopiesItsEvidence() {
    List<String> words = new java.util.ArrayList<>(List.of("victims of trafficking"));
    TermSuggestion<Activity> suggestion =
        TermSuggestion.of(Activity.COUNTER_TRAFFICKING, 0.7, words);
    words.add("later");

    assertThat(suggestion.evidence()).containsExactly("victims of trafficking");
    assertThat(suggestion)
        .isEqualTo(TermSuggestion.of(Activity.COUNTER_TRAFFICKING, 0.7, words.subList(0, 1)));
    assertThatThrownBy(() -> TermSuggestion.of(null, 0.5, List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> TermSuggestion.of(Activity.DOCUMENTATION, 0.5, null))
        .isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 1})
  void zeroAndOneAreConfidences(double confidence) {
    assertThat(activity(Activity.DOCUMENTATION, confidence).confidence()).isEqualTo(confidence);
  }
}
