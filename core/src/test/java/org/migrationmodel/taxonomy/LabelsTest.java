package org.migrationmodel.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LabelsTest {

  @ParameterizedTest
  @EnumSource(SupportedLanguage.class)
  void everyTermHasALabelInEachLanguage(SupportedLanguage language) {
    for (Term term : Catalogue.standard().terms()) {
      assertThat(term.displayName(language.locale())).as("%s in %s", term, language).isNotBlank();
    }
  }

  @Test
  void labelsFollowTheSourceDocumentAndItsTranslations() {
    assertThat(Activity.REMITTANCES_AND_MONEY_TRANSFERS.displayName(Locale.ENGLISH))
        .isEqualTo("Remittances/Money Transfers");
    assertThat(Activity.COUNTER_TRAFFICKING.displayName(Locale.FRENCH))
        .isEqualTo("Lutte contre la traite");
    assertThat(Area.FORCED_MIGRATION.displayName(new Locale("es"))).isEqualTo("Migración forzosa");
    assertThat(Activity.INTERNALLY_DISPLACED_PERSONS.displayName(Locale.ENGLISH)).isEqualTo("IDPs");
  }

  @Test
  void aCountryVariantOfALanguageGetsThatLanguage() {
    assertThat(Area.REGULATING_MIGRATION.displayName(Locale.CANADA_FRENCH))
        .isEqualTo("Réglementer la migration");
  }

  @Test
  void anUnsupportedLanguageFallsBackToEnglishWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      assertThat(Area.FORCED_MIGRATION.displayName(Locale.GERMAN)).isEqualTo("Forced Migration");
      assertThat(Area.FORCED_MIGRATION.displayName(Locale.ENGLISH)).isEqualTo("Forced Migration");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void everyTermHasOneEnglishSentenceOfDescription() {
    for (Term term : Catalogue.standard().terms()) {
      assertThat(term.description()).as("%s", term).endsWith(".").doesNotContain("\n");
      assertThat(term.description()).isNotEqualTo(term.displayName(Locale.ENGLISH));
    }
  }

  @Test
  void frenchAndSpanishAreTranslationsNotCopiesOfEnglish() {
    long frenchSameAsEnglish = countSameAsEnglish(Locale.FRENCH);
    long spanishSameAsEnglish = countSameAsEnglish(new Locale("es"));
    // A few words are spelt alike in several languages ("Documentation", "Diaspora", "IOM").
    assertThat(frenchSameAsEnglish).isLessThan(10);
    assertThat(spanishSameAsEnglish).isLessThan(10);
  }

  private static long countSameAsEnglish(Locale locale) {
    return Catalogue.standard().terms().stream()
        .filter(term -> term.displayName(locale).equals(term.displayName(Locale.ENGLISH)))
        .count();
  }
}
