package org.migrationmodel.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The static {@code of} and {@code find} of every vocabulary's enum, as callers use them. */
class TermLookupTest {

  static Stream<Arguments> lookups() {
    return Stream.of(
        lookup(Area.VOCABULARY, Area::of, Area::find),
        lookup(Activity.VOCABULARY, Activity::of, Activity::find),
        lookup(
            CrossCuttingActivity.VOCABULARY, CrossCuttingActivity::of, CrossCuttingActivity::find),
        lookup(Theme.VOCABULARY, Theme::of, Theme::find),
        lookup(Modality.VOCABULARY, Modality::of, Modality::find),
        lookup(Driver.VOCABULARY, Driver::of, Driver::find),
        lookup(PopulationGroup.VOCABULARY, PopulationGroup::of, PopulationGroup::find),
        lookup(Agency.VOCABULARY, Agency::of, Agency::find),
        lookup(CountryRole.VOCABULARY, CountryRole::of, CountryRole::find));
  }

  private static <T extends Enum<T> & Term> Arguments lookup(
      Vocabulary<T> vocabulary, Function<String, T> of, Function<String, Optional<T>> find) {
    return Arguments.of(vocabulary, of, find);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookups")
  void everyTermIsFoundByItsCodeInAnyCase(
      Vocabulary<?> vocabulary, Function<String, Term> of, Function<String, Optional<Term>> find) {
    for (Term term : vocabulary.terms()) {
      String lowerKebab = term.code().toLowerCase(Locale.ROOT).replace('_', '-');
      assertThat(of.apply(lowerKebab)).isSameAs(term);
      assertThat(find.apply(lowerKebab)).containsSame(term);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookups")
  void anUnknownCodeIsNotFoundAndRefusedWithTheVocabularysId(
      Vocabulary<?> vocabulary, Function<String, Term> of, Function<String, Optional<Term>> find) {
    assertThat(find.apply("QQQQ")).isEmpty();
    assertThatThrownBy(() -> of.apply("QQQQ"))
        .isInstanceOfSatisfying(
            UnknownCodeException.class,
            e -> assertThat(e.vocabularyId()).isEqualTo(vocabulary.id()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookups")
  void aVocabularyNamesItselfAndItsEnumType(Vocabulary<?> vocabulary) {
    assertThat(List.<Object>of(vocabulary.type().getEnumConstants())).isEqualTo(vocabulary.terms());
    assertThat(vocabulary).hasToString(vocabulary.id());
  }
}
