package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmodel.validation.Finding;

/**
 * The layout of an input is told whatever its first record holds: a broken first line of NDJSON
 * does not turn the file into one document, and a document that is not NDJSON stays one.
 */
class LayoutDetectionTest {
  private static final ProgrammeReader READER = ProgrammeReader.builder().build();
  private static final String GOOD = Samples.minimalDocument();

  @TempDir Path directory;

  /** The first lines of the files of issue 21, each followed by two valid programmes. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"{\"title\": \"a\"", "garbage", "{\"title\": 5,,}", "{\"title\": \"x\"}}"})
  void aBrokenFirstLineIsOneUnreadableRecordAndTheOthersAreRead(String firstLine)
      throws IOException {
    String text = firstLine + "\n" + GOOD + "\n" + GOOD + "\n";

    try (RecordStream<ReadResult> records = READER.records(utf8(text))) {
      List<ReadResult> read = all(records);

      assertThat(read)
          .extracting(ReadResult::line, r -> r.programme().isPresent())
          .containsExactly(tuple(1, false), tuple(2, true), tuple(3, true));
      assertThat(read.get(0).report().findings())
          .extracting(Finding::ruleId, Finding::line)
          .contains(tuple("json-syntax", OptionalInt.of(1)));
      assertThat(records.summary())
          .isEqualTo(new BulkSummary(3, 2, 1, 1, true, OptionalInt.empty(), 0));
    }
  }

  @Test
  void severalBrokenLinesAtTheStartStillLeaveTheFileNdjson() throws IOException {
    String text = "garbage\n{\"id\":\n\n" + GOOD + "\n" + GOOD.substring(0, 20) + "\n";

    try (RecordStream<ReadResult> records = READER.records(utf8(text))) {
      assertThat(all(records))
          .extracting(ReadResult::line, r -> r.programme().isPresent())
          .containsExactly(tuple(1, false), tuple(2, false), tuple(4, true), tuple(5, false));
    }
  }

  @Test
  void aPrettyPrintedDocumentWithASyntaxErrorStaysOneDocumentAndCountsWhatItLeft()
      throws IOException {
    String pretty =
        "{\n  \"modelVersion\": \"1.0\",\n  \"id\": \"P-1\",,\n  \"title\": \"T\",\n\n"
            + "  \"classification\": {\"primaryActivity\": \"BORDER_MANAGEMENT\"}\n}\n";

    try (RecordStream<ReadResult> records = READER.records(utf8(pretty))) {
      List<ReadResult> read = all(records);

      assertThat(read).singleElement().satisfies(r -> assertThat(r.programme()).isEmpty());
      assertThat(read.get(0).report().findings())
          .extracting(Finding::ruleId, Finding::line)
          .containsExactly(tuple("json-syntax", OptionalInt.of(3)));
      // Lines 4, 6 and 7: nothing is left of line 3 after the second comma, and line 5 is blank.
      assertThat(records.summary())
          .isEqualTo(new BulkSummary(1, 0, 1, 1, false, OptionalInt.of(3), 3));
    }
  }

  @Test
  void aValidPrettyDocumentWhoseInnerLinesStartWithABraceIsOneDocument() throws IOException {
    String unindented =
        "{\"modelVersion\": \"1.0\", \"id\": \"P-1\", \"title\": \"T\", \"classification\":\n"
            + "{\"primaryActivity\": \"BORDER_MANAGEMENT\"}\n}\n";

    try (RecordStream<ReadResult> records = READER.records(utf8(unindented))) {
      assertThat(all(records)).singleElement().satisfies(r -> assertThat(r.isValid()).isTrue());
      assertThat(records.summary().complete()).isTrue();
    }
  }

  @Test
  void aDocumentFollowedByAnotherStopsAfterTheFirstAndCountsTheLinesOfTheSecond()
      throws IOException {
    String pretty = "{\n  \"modelVersion\": \"1.0\",\n  \"id\": \"P-1\"\n}\n";

    try (RecordStream<ReadResult> records = READER.records(utf8(pretty + pretty))) {
      List<ReadResult> read = all(records);

      assertThat(read).hasSize(1);
      assertThat(read.get(0).report().findings())
          .extracting(Finding::ruleId, Finding::line)
          .contains(tuple("json-syntax", OptionalInt.of(5)));
      // The second document's four lines, the first of which the reader saw start.
      assertThat(records.summary().stoppedAtLine()).hasValue(5);
      assertThat(records.summary().linesNotRead()).isEqualTo(4);
    }
  }

  @Test
  void linesOfGarbageWithNoObjectAfterThemAreOneDocumentThatSaysHowMuchItLeft() throws IOException {
    try (RecordStream<ReadResult> records = READER.records(utf8("garbage\nmore\n\nstill\n"))) {
      assertThat(all(records)).hasSize(1);
      assertThat(records.summary())
          .isEqualTo(new BulkSummary(1, 0, 1, 1, false, OptionalInt.of(1), 2));
    }
  }

  @Test
  void aFileNamedNdjsonOrJsonlIsReadAsLinesWhateverItsFirstLineHolds() throws IOException {
    for (String name : List.of("a.ndjson", "b.JSONL")) {
      Path file = directory.resolve(name);
      Files.writeString(file, "[\n" + GOOD + "\n");

      try (RecordStream<ReadResult> records = READER.records(file)) {
        assertThat(all(records))
            .as(name)
            .extracting(ReadResult::line, ReadResult::isValid)
            .containsExactly(tuple(1, false), tuple(2, true));
      }
    }
  }

  @Test
  void aFileOfAnotherNameIsToldByItsContent() throws IOException {
    Path file = directory.resolve("programmes.json");
    Files.writeString(file, "garbage\n" + GOOD + "\n");

    try (RecordStream<ReadResult> records = READER.records(file)) {
      assertThat(all(records)).extracting(ReadResult::isValid).containsExactly(false, true);
    }
  }

  @Test
  void aBrokenFirstLineLongerThanTheLimitStillLeavesTheFileNdjson() throws IOException {
    ProgrammeReader reader =
        ProgrammeReader.builder().limits(ReadLimits.standard().withMaxDocumentLength(200)).build();
    String longLine = "{\"title\": \"" + "x".repeat(300);

    try (RecordStream<ReadResult> records = reader.records(utf8(longLine + "\n" + GOOD + "\n"))) {
      assertThat(all(records))
          .extracting(ReadResult::line, ReadResult::isValid)
          .containsExactly(tuple(1, false), tuple(2, true));
    }
  }

  @Test
  void aBrokenFirstLineTooLongToHoldIsOneDocumentThatCountsTheLinesItLeft() throws IOException {
    ProgrammeReader reader =
        ProgrammeReader.builder().limits(ReadLimits.standard().withMaxDocumentLength(200)).build();
    // Beyond the record limit and the parser's read-ahead together, so that none of it is held.
    String longLine = "{\"title\": \"" + "x".repeat(100_000);

    try (RecordStream<ReadResult> records =
        reader.records(utf8(longLine + "\n" + GOOD + "\n\n" + GOOD + "\n"))) {
      assertThat(all(records)).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(1));
      assertThat(records.summary())
          .isEqualTo(new BulkSummary(1, 0, 1, 1, false, OptionalInt.of(1), 2));
    }
  }

  private static ByteArrayInputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static <R> List<R> all(Iterable<R> records) {
    List<R> all = new ArrayList<>();
    records.forEach(all::add);
    return all;
  }
}
