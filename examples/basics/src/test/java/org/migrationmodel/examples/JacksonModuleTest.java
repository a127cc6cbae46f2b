package org.migrationmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JacksonModuleTest {
  @Test
  void anExistingMapperWritesAndReadsProgrammesAndTerms() throws Exception {
    String output = StandardOutput.of(() -> JacksonModule.main(new String[0]));
    assertThat(output)
        .contains("\"modelVersion\" : \"1.0\"")
        .contains("\"primaryActivity\" : \"")
        .endsWith("true" + System.lineSeparator() + "COUNTER_TRAFFICKING" + System.lineSeparator());
  }
}
