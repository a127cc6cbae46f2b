package org.migrationmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelVersionTest {

  @ParameterizedTest
  @CsvSource({"1.0, 1", "0.5, 0", "9.9, 9", "10.0, 10", "2.17, 2", "123456789.0, 123456789"})
  void theMajorVersionIsTheNumberBeforeTheDot(String version, int major) {
    assertThat(ModelVersion.major(version)).isEqualTo(major);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1",
        ".5",
        "1.",
        "01.0",
        "00.5",
        "1234567890.0",
        "1.0.0",
        "v1.0",
        "1a.0",
        "1.x",
        "1/.0",
        "1:.0",
        "1.-1",
        " 1.0"
      })
  void textThatIsNotTwoNumbersJoinedByADotHasNoMajorVersion(String version) {
    assertThat(ModelVersion.major(version)).isEqualTo(-1);
  }
}
