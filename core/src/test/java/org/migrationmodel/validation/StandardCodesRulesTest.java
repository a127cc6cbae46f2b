package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmodel.validation.Edits.withBudget;
import static org.migrationmodel.validation.Reported.finding;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.CountryRole;

class StandardCodesRulesTest {

  private static Programme withCurrency(String currency) {
    return withBudget(SampleProgrammes.counterTrafficking(), b -> b.currency(currency));
  }

  private static Programme withExtraCountry(String code) {
    return Programme.builder()
        .from(SampleProgrammes.borderManagement())
        .addCountries(ProgrammeCountry.of(code, CountryRole.TRANSIT))
        .build();
  }

  private static Programme withPeriod(String start, String end) {
    return Programme.builder()
        .from(SampleProgrammes.counterTrafficking())
        .period(ProgrammePeriod.of(LocalDate.parse(start), LocalDate.parse(end)))
        .build();
  }

  @ParameterizedTest(name = "\"{0}\" is rejected")
  @ValueSource(strings = {"EURO", "US$", "ABC", "EU", "", "usd", " USD"})
  void aCurrencyThatIsNotAnIso4217CodeIsAnError(String currency) {
    assertThat(Reported.by(withCurrency(currency)))
        .containsExactly(finding(StandardRule.CURRENCY_CODE, Severity.ERROR, "/budget/currency"));
  }

  @ParameterizedTest(name = "{0} is accepted")
  @ValueSource(strings = {"USD", "EUR", "XOF", "JPY", "CHF", "KES"})
  void iso4217CurrenciesAreAccepted(String currency) {
    assertThat(Reported.by(withCurrency(currency))).isEmpty();
  }

  @Test
  void aLowerCaseCurrencySuggestsItsUpperCaseCode() {
    assertThat(Reported.suggestions(StandardRule.CURRENCY_CODE, withCurrency("usd")))
        .containsExactly("USD");
    assertThat(Reported.suggestions(StandardRule.CURRENCY_CODE, withCurrency("EURO"))).isEmpty();
  }

  @Test
  void aCurrencyMessageGivesTheCodeToUseWhenThereIsOne() {
    assertThat(Reported.messages(StandardRule.CURRENCY_CODE, withCurrency("eur")))
        .containsExactly("The currency \"eur\" is not an ISO 4217 code; use EUR.");
    assertThat(Reported.messages(StandardRule.CURRENCY_CODE, withCurrency("EURO")))
        .containsExactly(
            "The currency \"EURO\" is not an ISO 4217 code; use the three upper-case letters of"
                + " the currency, such as USD or EUR.");
  }

  @Test
  void aCountryMessageGivesTheCodeToUseWhenThereIsOne() {
    assertThat(Reported.messages(StandardRule.COUNTRY_CODE, withExtraCountry("UK")))
        .containsExactly("The country code \"UK\" is not an ISO 3166-1 alpha-2 code; use GB.");
    assertThat(Reported.messages(StandardRule.COUNTRY_CODE, withExtraCountry("XX")))
        .containsExactly(
            "The country code \"XX\" is not an ISO 3166-1 alpha-2 code; use the country's two"
                + " upper-case letters, such as ML for Mali.");
  }

  @ParameterizedTest(name = "\"{0}\" is rejected")
  @ValueSource(strings = {"UK", "gb", "FRA", "XX", "", "EL", "1A"})
  void aCountryCodeThatIsNotIso3166Alpha2IsAnErrorAtThatCode(String code) {
    assertThat(Reported.by(withExtraCountry(code)))
        .containsExactly(finding(StandardRule.COUNTRY_CODE, Severity.ERROR, "/countries/2/code"));
  }

  @ParameterizedTest(name = "\"{0}\" suggests {1}")
  @CsvSource({"UK, GB", "EL, GR", "gb, GB", "ml, ML"})
  void commonCountryCodeSlipsSuggestTheIsoCode(String code, String suggestion) {
    assertThat(Reported.suggestions(StandardRule.COUNTRY_CODE, withExtraCountry(code)))
        .containsExactly(suggestion);
  }

  @ParameterizedTest(name = "{0} is accepted")
  @ValueSource(strings = {"XK", "SS", "CW", "GB", "TL"})
  void iso3166CodesAndKosovoAreAccepted(String code) {
    assertThat(Reported.by(withExtraCountry(code))).isEmpty();
  }

  @Test
  void aPeriodThatStartsAfterItEndsIsAnErrorThatNamesBothDates() {
    Programme reversed = withPeriod("2025-02-28", "2022-03-01");

    assertThat(Reported.by(reversed))
        .containsExactly(finding(StandardRule.PERIOD_ORDER, Severity.ERROR, "/period"));
    assertThat(Reported.messages(StandardRule.PERIOD_ORDER, reversed))
        .singleElement()
        .asString()
        .contains("2025-02-28", "2022-03-01");
  }

  @Test
  void aOneDayPeriodAndAMissingPeriodAreAccepted() {
    Programme noPeriod =
        Programme.builder()
            .from(SampleProgrammes.counterTrafficking())
            .period(Optional.empty())
            .build();

    assertThat(Reported.by(withPeriod("2025-06-20", "2025-06-20"))).isEmpty();
    assertThat(Reported.by(noPeriod)).isEmpty();
  }
}
