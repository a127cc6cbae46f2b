package org.migrationmodel.suggester;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryNamesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // by name, in the three languages, accents or not
        "Sri Lankan women recruited to care for older people in Israel|2",
        "Des agences recrutent des femmes pour le Liban et le Koweït|2",
        "Trabajadoras contratadas en Filipinas para el servicio doméstico en España|2",
        "Etats-Unis et Mexique|2",
        // by their people, a name with a demonym's ending
        "Nepalese workers in Qatar|2",
        "Des jeunes Marocains en formation|1",
        "mujeres jóvenes paraguayas|1",
        // the longest name first: one country each, not two
        "Papua New Guinea|1",
        "Guinea-Bissau|1",
        "South Sudan|1",
        "Nigeria and Niger|2",
        // a name inside another word, or a word that only starts like one, is not a country
        "A malignant tumour, a germanium detector, Indianapolis|0",
        // one country named twice is one country
        "Support to Ethiopia: Ethiopian universities|1",
        "Higher education quality|0"
      })
  void countsTheCountriesATextNamesByNameOrByTheirPeople(String text, int countries) {
    assertThat(CountryNames.count(text)).isEqualTo(countries);
  }
}
