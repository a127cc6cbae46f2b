package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmodel.validation.Reported.finding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.taxonomy.CountryRole;

/**
 * The country and currency codes come from the library's pinned ISO tables, so that every JDK gives
 * the same findings: each kind of code in the tables is pinned here.
 */
class PinnedCodeTablesTest {

  private static Programme withCurrency(String currency) {
    Programme sample = SampleProgrammes.counterTrafficking();
    Budget budget = sample.budget().orElseThrow();
    return Programme.builder()
        .from(sample)
        .budget(Budget.builder().from(budget).currency(currency).build())
        .build();
  }

  private static Programme withExtraCountry(String code) {
    return Programme.builder()
        .from(SampleProgrammes.borderManagement())
        .addCountries(ProgrammeCountry.of(code, CountryRole.TRANSIT))
        .build();
  }

  @ParameterizedTest(name = "{0} is accepted")
  @ValueSource(strings = {"ZWG", "VED", "VES", "SLE", "XCG", "STN", "MRU", "XOF", "XAF", "UAH"})
  void currentCurrenciesOfThePinnedTableAreAcceptedOnEveryJdk(String currency) {
    assertThat(Reported.by(withCurrency(currency))).isEmpty();
  }

  @ParameterizedTest(name = "{0} was withdrawn in {1}; use {2}")
  @CsvSource({
    "DEM, 2002, EUR",
    "FRF, 2002, EUR",
    "HRK, 2023, EUR",
    "BGN, 2026, EUR",
    "ZWL, 2024, ZWG",
    "ZWD, 2008, ZWG",
    "ANG, 2025, XCG",
    "SLL, 2023, SLE",
    "VEF, 2018, VES",
    "MRO, 2018, MRU",
    "CUC, 2021, CUP"
  })
  void aWithdrawnCurrencyIsReportedWithItsReplacement(String code, String year, String use) {
    Programme programme = withCurrency(code);

    assertThat(Reported.by(programme))
        .containsExactly(finding(StandardRule.CURRENCY_CODE, Severity.ERROR, "/budget/currency"));
    assertThat(Reported.suggestions(StandardRule.CURRENCY_CODE, programme)).containsExactly(use);
    assertThat(Reported.messages(StandardRule.CURRENCY_CODE, programme))
        .containsExactly(
            "The currency \""
                + code
                + "\" was withdrawn from ISO 4217 in "
                + year
                + "; use "
                + use
                + ".");
  }

  @ParameterizedTest(name = "{0} is refused: {1}")
  @CsvSource({
    "XXX, the ISO 4217 code for transactions without a currency",
    "XTS, the ISO 4217 code reserved for testing",
    "XAU, the ISO 4217 code of a precious metal",
    "XAG, the ISO 4217 code of a precious metal",
    "XPT, the ISO 4217 code of a precious metal",
    "XPD, the ISO 4217 code of a precious metal",
    "BOV, an ISO 4217 funds code",
    "CLF, an ISO 4217 funds code",
    "USN, an ISO 4217 funds code",
    "UYW, an ISO 4217 funds code",
    "XDR, an ISO 4217 unit of account",
    "XUA, an ISO 4217 unit of account",
    "XBA, an ISO 4217 unit of account"
  })
  void aCodeNoBudgetIsPaidInIsRefusedAndSaysWhatItIs(String code, String what) {
    Programme programme = withCurrency(code);

    assertThat(Reported.by(programme))
        .containsExactly(finding(StandardRule.CURRENCY_CODE, Severity.ERROR, "/budget/currency"));
    assertThat(Reported.suggestions(StandardRule.CURRENCY_CODE, programme)).isEmpty();
    assertThat(Reported.messages(StandardRule.CURRENCY_CODE, programme))
        .singleElement()
        .asString()
        .startsWith("The currency \"" + code + "\" is " + what)
        .endsWith("; give the currency the budget is paid in, such as USD or EUR.");
  }

  @Test
  void aLowerCaseWithdrawnCurrencySuggestsNothingItCannotUse() {
    assertThat(Reported.suggestions(StandardRule.CURRENCY_CODE, withCurrency("dem"))).isEmpty();
  }

  @ParameterizedTest(name = "{0} is accepted")
  @ValueSource(strings = {"XK", "SS", "CW", "SX", "BQ", "ME", "RS", "TL", "EH", "PS"})
  void assignedCountriesAndKosovoAreAcceptedOnEveryJdk(String code) {
    assertThat(Reported.by(withExtraCountry(code))).isEmpty();
  }

  @ParameterizedTest(name = "{0} was withdrawn in {1}; use {2}")
  @CsvSource({
    "AN, 2010, 'BQ, CW or SX', BQ CW SX",
    "CS, 2006, RS or ME, RS ME",
    "YU, 2003, RS or ME, RS ME",
    "ZR, 1997, CD, CD",
    "TP, 2002, TL, TL",
    "BU, 1989, MM, MM"
  })
  void aWithdrawnCountryCodeIsReportedWithTheCodesThatReplacedIt(
      String code, String year, String use, String suggestions) {
    Programme programme = withExtraCountry(code);

    assertThat(Reported.by(programme))
        .containsExactly(finding(StandardRule.COUNTRY_CODE, Severity.ERROR, "/countries/2/code"));
    assertThat(Reported.suggestions(StandardRule.COUNTRY_CODE, programme))
        .containsExactly(suggestions.split(" "));
    assertThat(Reported.messages(StandardRule.COUNTRY_CODE, programme))
        .containsExactly(
            "The country code \""
                + code
                + "\" was withdrawn from ISO 3166-1 in "
                + year
                + "; use "
                + use
                + ".");
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {"XA", "XZ", "QM", "AA", "ZZ", "EU", "UN"})
  void userAssignedAndReservedCodesOtherThanKosovoAreRefused(String code) {
    assertThat(Reported.by(withExtraCountry(code)))
        .containsExactly(finding(StandardRule.COUNTRY_CODE, Severity.ERROR, "/countries/2/code"));
  }
}
