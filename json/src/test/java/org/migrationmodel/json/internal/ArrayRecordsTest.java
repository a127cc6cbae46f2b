package org.migrationmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Finding;

class ArrayRecordsTest {

  @Test
  void anArrayInUtf16IsOneProblemRecordAndReadingStopsAtItsFirstLine() throws IOException {
    ArrayRecords<Programme> records =
        new ArrayRecords<>(
            new ByteArrayInputStream("[{}]".getBytes(StandardCharsets.UTF_16BE)),
            RecordReading.programmes(
                JsonFactories.forReading(ReaderBounds.DEFAULT),
                /* lenient= */ false,
                ReaderBounds.DEFAULT,
                /* notePositions= */ true));

    Decoded<Programme> first = records.next().decode();

    assertThat(first.findings()).extracting(Finding::ruleId).containsExactly("json-syntax");
    assertThat(first.findings().get(0).message()).contains("UTF-16");
    assertThat(records.next()).isNull();
    assertThat(records.stoppedAtLine()).isEqualTo(1);
    assertThat(records.linesNotRead()).isEqualTo(1);
    records.close();
  }
}
