package org.migrationmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

  @ParameterizedTest
  @ValueSource(strings = {",", "\"", "\n", "\r"})
  void aFieldIsQuotedWhereverItHoldsACommaAQuoteOrALineEnd(String special) {
    String escaped = special.replace("\"", "\"\"");

    String line = Csv.line(List.of(special + "a", "a" + special, "a" + special + "b", "plain"));

    assertThat(line)
        .isEqualTo("\"" + escaped + "a\",\"a" + escaped + "\",\"a" + escaped + "b\",plain\n");
  }
}
