package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.validation.Validator;

/**
 * Ten thousand generated programmes, one a line, each with one random byte edit (a byte replaced,
 * removed or put in, any byte, a line end included): every reading of the whole file, its layout
 * told from its content, accounts for every line that is not blank, reads to the end, and throws
 * nothing. The corpus follows from its seed, which the test's name gives.
 */
class FuzzedRecordsTest {
  private static final int RECORDS = 10_000;
  private static final Validator VALIDATOR = Validator.standard();

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20_261_206L})
  void everyLineOfTenThousandMutatedRecordsIsAccountedFor(long seed) throws IOException {
    byte[] corpus = corpus(seed);
    long lines = nonBlankLines(corpus);

    for (ReadMode mode : ReadMode.values()) {
      ProgrammeReader reader = ProgrammeReader.builder().mode(mode).validator(VALIDATOR).build();
      try (RecordStream<ReadResult> records = reader.records(new ByteArrayInputStream(corpus))) {
        int previousLine = 0;
        for (ReadResult record : records) {
          assertThat(record.line()).as("seed %s, %s", seed, mode).isGreaterThan(previousLine);
          assertThat(record.isValid() || !record.report().findings().isEmpty())
              .as("seed %s, %s, line %s has a finding", seed, mode, record.line())
              .isTrue();
          previousLine = record.line();
        }
        assertThat(records.summary())
            .as("seed %s, %s", seed, mode)
            .satisfies(summary -> assertThat(summary.read()).isEqualTo(lines))
            .satisfies(summary -> assertThat(summary.complete()).isTrue());
      }
    }
    try (RecordStream<JsonRecord> records =
        ProgrammeJson.reader().jsonRecords(new ByteArrayInputStream(corpus))) {
      records.forEach(record -> {});
      assertThat(records.summary().read()).as("seed %s, trees", seed).isEqualTo(lines);
      assertThat(records.summary().complete()).as("seed %s, trees", seed).isTrue();
    }
  }

  private static byte[] corpus(long seed) {
    ProgrammeGenerator programmes = new ProgrammeGenerator(seed);
    SplittableRandom random = new SplittableRandom(seed);
    ByteArrayOutputStream corpus = new ByteArrayOutputStream();
    for (int i = 0; i < RECORDS; i++) {
      byte[] line =
          ProgrammeJson.writer().write(programmes.next()).getBytes(StandardCharsets.UTF_8);
      int at = random.nextInt(line.length);
      byte edit = (byte) random.nextInt(256);
      switch (random.nextInt(3)) {
        case 0 -> {
          line[at] = edit;
          corpus.writeBytes(line);
        }
        case 1 -> {
          corpus.write(line, 0, at);
          corpus.write(line, at + 1, line.length - at - 1);
        }
        default -> {
          corpus.write(line, 0, at);
          corpus.write(edit);
          corpus.write(line, at, line.length - at);
        }
      }
      corpus.write('\n');
    }
    return corpus.toByteArray();
  }

  /** Lines that hold more than spaces, tabs and carriage returns, as NDJSON readers count them. */
  private static long nonBlankLines(byte[] bytes) {
    long lines = 0;
    boolean text = false;
    for (byte b : bytes) {
      if (b == '\n') {
        lines += text ? 1 : 0;
        text = false;
      } else if (b != ' ' && b != '\t' && b != '\r') {
        text = true;
      }
    }
    return lines + (text ? 1 : 0);
  }
}
