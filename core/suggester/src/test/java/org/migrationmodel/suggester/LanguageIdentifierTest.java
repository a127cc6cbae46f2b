package org.migrationmodel.suggester;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationmodel.suggester.LanguageIdentifier.Identified;
import org.migrationmodel.taxonomy.SupportedLanguage;

class LanguageIdentifierTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|The project supports the return of migrants and their families to the north.",
        "fr|Le projet appuie le retour des migrants et de leurs familles dans leur région.",
        "es|El proyecto apoya el retorno de los migrantes y sus familias a las regiones del norte."
      })
  void englishFrenchAndSpanishAreRead(String tag, String text) {
    Identified identified = LanguageIdentifier.of(text);

    assertThat(identified.tag()).isEqualTo(tag);
    assertThat(identified.read()).map(SupportedLanguage::tag).contains(tag);
    assertThat(identified.decided()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sv|Projektet stöder återvändande migranter och deras familjer för att de ska få arbete.",
        "nl|Het project ondersteunt de terugkeer van migranten en hun families naar het noorden.",
        "it|Il progetto sostiene il ritorno dei migranti e delle loro famiglie nella regione.",
        "de|Das Projekt unterstützt die Rückkehr von Migranten und ihren Familien in den Norden.",
        "pt|O projeto apoia o retorno dos migrantes e das suas famílias para as regiões do norte.",
        "fi|Hanke tukee palaavia siirtolaisia ja heidän perheitään, jotka ovat palanneet kotiin.",
        "da|Projektet støtter hjemvendte migranter og deres familier, og de får ikke arbejde fra start."
      })
  void otherLanguagesAreNamedAndNotRead(String tag, String text) {
    Identified identified = LanguageIdentifier.of(text);

    assertThat(identified.tag()).isEqualTo(tag);
    assertThat(identified.read()).isEmpty();
  }

  @Test
  void aTextMostlyInAnotherScriptIsUndeterminedAndNotRead() {
    Identified identified =
        LanguageIdentifier.of("Поддержка возвращающихся мигрантов и их семей (IOM project)");

    assertThat(identified.tag()).isEqualTo("und");
    assertThat(identified.read()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Swahili|Mradi huu unasaidia wakimbizi wa ndani na jamii zinazowapokea kwa kutoa makazi ya"
            + " dharura, chakula na huduma za afya katika mikoa ya kaskazini.",
        "Somali|Mashruucani wuxuu taageeraa dadka gudaha ku barakacay iyo bulshooyinka martigeliyay,"
            + " isagoo siinaya hoy degdeg ah, cunto iyo adeegyo caafimaad gobollada waqooyi.",
        "Hausa|Wannan aikin yana tallafa wa yan gudun hijira na cikin gida da alummomin da suka karbe"
            + " su ta hanyar samar da matsuguni na gaggawa da abinci."
      })
  void aLongTextWithHardlyAKnownWordIsUndeterminedAndNotRead(String language, String text) {
    Identified identified = LanguageIdentifier.of(text);

    assertThat(identified.tag()).as(language).isEqualTo("und");
    assertThat(identified.read()).as(language).isEmpty();
  }

  @Test
  void aLongEnglishTextOfMostlyNamesAndTermsIsStillRead() {
    // 17 words, two of them known ("for", "in"), none an English function word.
    Identified identified =
        LanguageIdentifier.of(
            "Women Empowerment post Covid Climate Resilient Women Centric Economic Empowerment Model"
                + " for rural cooperatives in coastal districts");

    assertThat(identified.read()).contains(SupportedLanguage.ENGLISH);
  }

  @Test
  void oneForeignFunctionWordInANameDoesNotTurnAnEnglishTitleAway() {
    // "Van" is a Dutch function word and a Turkish province.
    assertThat(LanguageIdentifier.of("Refugee support in Van province").read())
        .contains(SupportedLanguage.ENGLISH);
  }

  @Test
  void aTextWithoutFunctionWordsIsEnglishUndecided() {
    Identified identified = LanguageIdentifier.of("COVID-19 RFF ExO allotment");

    assertThat(identified.read()).contains(SupportedLanguage.ENGLISH);
    assertThat(identified.decided()).isFalse();
    assertThat(LanguageIdentifier.of("").read()).contains(SupportedLanguage.ENGLISH);
    assertThat(LanguageIdentifier.of("Refugee support in Van province").decided()).isFalse();
  }

  @Test
  void oneFunctionWordOfAReadLanguageDoesNotDecideEither() {
    // "El" of El Salvador is a Spanish function word.
    Identified identified = LanguageIdentifier.of("Counter-trafficking hotline in El Salvador");

    assertThat(identified.read()).contains(SupportedLanguage.SPANISH);
    assertThat(identified.decided()).isFalse();
    assertThat(LanguageIdentifier.of("Retour des migrants et de leurs familles").decided())
        .isTrue();
  }

  @Test
  void aTieBetweenAReadLanguageAndAnotherIsRead() {
    // Two English and two Dutch function words.
    assertThat(LanguageIdentifier.of("the and het een").read()).contains(SupportedLanguage.ENGLISH);
  }
}
