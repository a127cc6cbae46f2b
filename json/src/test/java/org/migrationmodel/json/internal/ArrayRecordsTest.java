package org.migrationmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.migrationmodel.json.ReadMode;

class ArrayRecordsTest {

  @Test
  void closingTheRecordsClosesTheirParser() throws IOException {
    JsonParser parser = JsonFactories.forReading(ReadLimits.DEFAULT).createParser("[{}]");

    new ArrayRecords(parser, ReadMode.STRICT, ReadLimits.DEFAULT).close();

    assertThat(parser.isClosed()).isTrue();
  }
}
