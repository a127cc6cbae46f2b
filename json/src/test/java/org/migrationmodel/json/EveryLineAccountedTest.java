package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.fixtures.BrokenLine;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.validation.Validator;

/**
 * Whichever line of an NDJSON file is broken, the first included, and however, every reading of it
 * accounts for every line: each is a record, the broken one unreadable at its own line, the others
 * read. Each case follows from its seed, which its name gives.
 */
class EveryLineAccountedTest {
  private static final int LINES = 5;
  private static final ProgrammeReader READER =
      ProgrammeReader.builder().validator(Validator.standard()).build();

  @TempDir Path directory;

  static Stream<Arguments> cases() {
    return BrokenLine.everyWayAndPlace(2_026_120_600L, LINES).stream()
        .map(broken -> Arguments.of(broken.seed(), broken.kind(), broken.line()));
  }

  @ParameterizedTest(name = "seed {0}: {1} at line {2}")
  @MethodSource("cases")
  void everyLineIsARecordAndOnlyTheBrokenOneIsUnreadable(long seed, BrokenLine kind, int line)
      throws IOException {
    byte[] file = file(seed, kind, line);
    Path json = Files.write(directory.resolve("programmes.json"), file);
    Path ndjson = Files.write(directory.resolve("programmes.ndjson"), file);

    List<Reading> readings =
        List.of(
            new Reading("stream", lines(READER.records(new ByteArrayInputStream(file)))),
            new Reading(".json", lines(READER.records(json))),
            new Reading(".ndjson", lines(READER.records(ndjson))),
            new Reading("trees", trees(READER.jsonRecords(new ByteArrayInputStream(file)))));

    for (Reading reading : readings) {
      assertThat(reading.lines())
          .as("seed %s, %s at line %s, read as %s", seed, kind, line, reading.name())
          .containsExactly(expected(line));
    }
  }

  /** Each line as read: its number, and whether it gave a value. */
  private record Reading(String name, List<String> lines) {}

  private static String[] expected(int brokenLine) {
    String[] lines = new String[LINES];
    for (int i = 1; i <= LINES; i++) {
      lines[i - 1] = i + (i == brokenLine ? " unreadable" : " read");
    }
    return lines;
  }

  private static List<String> lines(RecordStream<ReadResult> records) throws IOException {
    List<String> lines = new ArrayList<>();
    try (records) {
      for (ReadResult record : records) {
        lines.add(record.line() + (record.programme().isPresent() ? " read" : " unreadable"));
      }
      assertThat(records.summary().complete()).isTrue();
      assertThat(records.summary().unreadable()).isEqualTo(1);
    }
    return lines;
  }

  private static List<String> trees(RecordStream<JsonRecord> records) throws IOException {
    List<String> lines = new ArrayList<>();
    try (records) {
      for (JsonRecord record : records) {
        lines.add(record.line() + (record.isValid() ? " read" : " unreadable"));
      }
      assertThat(records.summary().complete()).isTrue();
    }
    return lines;
  }

  /** Five generated programmes, one a line, the given line broken. */
  static byte[] file(long seed, BrokenLine kind, int brokenLine) {
    ProgrammeGenerator programmes = new ProgrammeGenerator(seed);
    SplittableRandom random = new SplittableRandom(seed);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    for (int i = 1; i <= LINES; i++) {
      byte[] line =
          ProgrammeJson.writer().write(programmes.next()).getBytes(StandardCharsets.UTF_8);
      file.writeBytes(i == brokenLine ? kind.breaking(line, random) : line);
      file.write('\n');
    }
    return file.toByteArray();
  }
}
