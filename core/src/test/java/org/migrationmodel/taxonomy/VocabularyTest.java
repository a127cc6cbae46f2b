package org.migrationmodel.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "COUNTER_TRAFFICKING",
        "counter_trafficking",
        "Counter-Trafficking",
        "counter trafficking",
        "  COUNTER-TRAFFICKING  "
      })
  void lookUpToleratesCaseHyphensAndSpaces(String code) {
    assertThat(Activity.of(code)).isEqualTo(Activity.COUNTER_TRAFFICKING);
    assertThat(Activity.find(code)).contains(Activity.COUNTER_TRAFFICKING);
  }

  @Test
  void unknownCodeNamesTheClosestValidCode() {
    assertThatThrownBy(() -> Activity.of("COUNTER_TRAFICKING"))
        .isInstanceOfSatisfying(
            UnknownCodeException.class,
            e -> {
              assertThat(e.vocabularyId()).isEqualTo("activity");
              assertThat(e.code()).isEqualTo("COUNTER_TRAFICKING");
              assertThat(e.suggestions()).first().isEqualTo("COUNTER_TRAFFICKING");
            })
        .hasMessageContaining("did you mean COUNTER_TRAFFICKING");
  }

  @Test
  void findReturnsEmptyForAnUnknownCode() {
    assertThat(Theme.find("NOT_A_THEME")).isEmpty();
    assertThat(Area.find("")).isEmpty();
  }

  @Test
  void aFragmentOfACodeSuggestsTheCodesContainingIt() {
    assertThat(Activity.VOCABULARY.closestCodes("SMUGGLING")).containsExactly("COUNTER_SMUGGLING");
  }

  @Test
  void anUnrelatedCodeInAShortVocabularyListsEveryCode() {
    assertThatThrownBy(() -> CountryRole.of("SOMEWHERE"))
        .isInstanceOfSatisfying(
            UnknownCodeException.class, e -> assertThat(e.suggestions()).isEmpty())
        .hasMessageContaining("expected one of ORIGIN, TRANSIT, DESTINATION, HOST, RETURN");
  }

  @Test
  void aHugeCodeIsQuotedOnlyInPartAndGetsNoSuggestion() {
    String huge = "X".repeat(100_000);
    assertThatThrownBy(() -> Activity.of(huge))
        .isInstanceOfSatisfying(
            UnknownCodeException.class,
            e -> {
              assertThat(e.suggestions()).isEmpty();
              assertThat(e.getMessage()).hasSizeLessThan(300).contains("100000 characters");
            });
  }

  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(ClosestCodes.distance("KITTEN", "SITTING")).isEqualTo(3);
    assertThat(ClosestCodes.distance("", "ABC")).isEqualTo(3);
    assertThat(ClosestCodes.distance("SAME", "SAME")).isZero();
  }

  @Test
  void codesAreTheConstantNamesAndEveryVocabularyKnowsItsTerms() {
    for (Vocabulary<?> vocabulary : Catalogue.standard().vocabularies()) {
      for (Term term : vocabulary.terms()) {
        assertThat(term.code()).isEqualTo(term.name()).matches("[A-Z][A-Z_]*[A-Z]");
        assertThat(term.vocabulary()).isSameAs(vocabulary);
        assertThat(vocabulary.of(term.code())).isSameAs(term);
      }
    }
  }

  @Test
  void aCodeFarFromEveryCodeOfALongVocabularyPointsToTheVocabulary() {
    assertThatThrownBy(() -> Activity.of("QQQQ"))
        .hasMessageEndingWith("; see the activity vocabulary for the valid codes.");
  }

  @Test
  void suggestionsComeClosestFirst() {
    assertThat(Activity.VOCABULARY.closestCodes("RETURN"))
        .containsExactly("RETURN_OF_QUALIFIED_NATIONALS", "ASSISTED_RETURN_AND_REINTEGRATION");
  }

  @Test
  void aCodeAsFarAsTheToleranceIsStillSuggested() {
    // Six characters allow two edits: HOST is two insertions away.
    assertThat(CountryRole.VOCABULARY.closestCodes("HOSTXX")).containsExactly("HOST");
  }

  @Test
  void aFragmentOfFourCharactersSuggestsTheCodesContainingIt() {
    assertThat(Activity.VOCABULARY.closestCodes("SMUG")).containsExactly("COUNTER_SMUGGLING");
  }

  @Test
  void aCodeOfEightyCharactersIsQuotedWhole() {
    String code = "Y".repeat(80);
    assertThatThrownBy(() -> Activity.of(code))
        .hasMessageContaining("\"" + code + "\"")
        .hasMessageNotContaining("characters)");
  }
}
