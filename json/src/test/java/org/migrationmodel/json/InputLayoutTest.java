package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.migrationmodel.validation.Finding;

/** Reading an input whatever its layout, and whatever white space comes before it. */
class InputLayoutTest {
  private static final ProgrammeReader READER = ProgrammeReader.builder().build();
  // More than the 16 MiB a record may take, and more than any look-ahead buffer of that size.
  private static final long MORE_THAN_16_MIB = (16L << 20) + 4096;

  @Test
  void aDocumentAfterMoreThan16MibOfWhiteSpaceIsRead() throws IOException {
    List<ReadResult> detected = all(READER.records(afterWhiteSpace(Samples.minimalDocument())));
    ReadResult single = READER.read(afterWhiteSpace(Samples.minimalDocument()));

    assertThat(detected)
        .extracting(ReadResult::programme)
        .containsExactly(Optional.of(Samples.minimalProgramme()));
    assertThat(single.programme()).contains(Samples.minimalProgramme());
  }

  @Test
  void anArrayAfterMoreThan16MibOfWhiteSpaceIsRead() throws IOException {
    String array = "[" + Samples.minimalDocument() + "," + Samples.minimalDocument() + "]";

    List<ReadResult> records = all(READER.records(afterWhiteSpace(array)));

    assertThat(records).extracting(ReadResult::isValid).containsExactly(true, true);
  }

  @Test
  void aBlankNdjsonLineLongerThanTheRecordLimitIsPassedOver() throws IOException {
    InputStream ndjson =
        new SequenceInputStream(
            utf8(Samples.minimalDocument() + "\n"),
            afterWhiteSpace(Samples.minimalDocument() + "\n"));

    BatchResult batch = READER.readAll(ndjson, BulkFormat.NDJSON);

    assertThat(batch.records()).extracting(ReadResult::isValid).containsExactly(true, true);
  }

  @Test
  void aRecordAfterMoreThan16MibOfSpacesOnItsOwnLineIsReadAndItsColumnsCountThem()
      throws IOException {
    String bad = Samples.minimalDocument().replace("\"P-1\"", "1");
    String spaces = " ".repeat((int) MORE_THAN_16_MIB);
    OptionalInt idColumn = OptionalInt.of(spaces.length() + bad.indexOf(":1") + 2);

    List<ReadResult> detected = all(READER.records(utf8("\n" + spaces + bad + "\n")));
    BatchResult ndjson = READER.readAll("\n" + spaces + bad + "\n", BulkFormat.NDJSON);
    ReadResult notUtf8 =
        READER.readAll(spaces + "{\"title\": \"\\ud800\"}", BulkFormat.NDJSON).records().get(0);

    assertThat(detected).hasSize(1);
    assertThat(List.of(detected.get(0), ndjson.records().get(0)))
        .extracting(record -> record.report().findings().get(0))
        .extracting(Finding::ruleId, f -> f.location().path(), Finding::line, Finding::column)
        .containsOnly(tuple("wrong-type", "/id", OptionalInt.of(2), idColumn));
    assertThat(notUtf8.report().findings())
        .extracting(Finding::ruleId, Finding::line, Finding::column)
        .containsExactly(
            tuple(
                "json-syntax",
                OptionalInt.of(1),
                OptionalInt.of(spaces.length() + "{\"title\": \"".length() + 1)));
  }

  @Test
  void theLayoutIsToldFromTheInputAndLinesAndColumnsStayThoseOfTheInput() throws IOException {
    String bad = Samples.minimalDocument().replace("\"P-1\"", "1");
    String pretty = "{\n  \"modelVersion\": \"1.0\",\n  \"id\": 1,\n  \"title\": \"T\"\n}";

    List<ReadResult> ndjson = all(READER.records(utf8("\r\n\n  " + bad + "\n" + bad + "\n")));
    List<ReadResult> array = all(READER.records(utf8("\n\t[" + bad + "]")));
    List<ReadResult> single = all(READER.records(utf8("\r\r " + pretty)));

    assertThat(ndjson)
        .extracting(record -> record.report().findings().get(0))
        .extracting(f -> f.location().path(), Finding::line, Finding::column)
        .containsExactly(
            tuple("/id", OptionalInt.of(3), OptionalInt.of(bad.indexOf(":1") + 4)),
            tuple("/id", OptionalInt.of(4), OptionalInt.of(bad.indexOf(":1") + 2)));
    assertThat(array).hasSize(1);
    assertThat(array.get(0).report().findings().get(0).line()).hasValue(2);
    assertThat(single).hasSize(1);
    assertThat(single.get(0).report().findings())
        .extracting(Finding::ruleId, f -> f.location().path(), Finding::line)
        .contains(tuple("wrong-type", "/id", OptionalInt.of(5)));
  }

  @Test
  void anArrayCutOffAtTheEndOfTheInputReportsTheCutRecordAndLeavesNothingUnread()
      throws IOException {
    String record = Samples.minimalDocument();
    String cut = "[" + record + ",\n" + record + ",\n" + record.substring(0, 30);

    try (RecordStream<ReadResult> records = READER.records(utf8(cut), BulkFormat.JSON_ARRAY)) {
      List<ReadResult> read = all(records);

      assertThat(read).extracting(ReadResult::isValid).containsExactly(true, true, false);
      Finding stop = read.get(2).report().findings().get(0);
      assertThat(stop.ruleId()).isEqualTo("json-syntax");
      assertThat(stop.message()).contains("The input ends before the JSON does");
      assertThat(stop.line()).hasValue(3);
      assertThat(records.summary())
          .isEqualTo(new BulkSummary(3, 2, 1, 1, true, OptionalInt.empty(), 0));
    }
  }

  @Test
  void anArrayMalformedPartWayStopsThereAndCountsTheLinesOfTextLeftUnread() throws IOException {
    String record = Samples.minimalDocument();
    String broken = record.replaceFirst(",", ",,");
    String array = "[" + record + ",\n" + broken + ",\n" + record + ",\n\n" + record + "]\n";

    try (RecordStream<ReadResult> records = READER.records(utf8(array), BulkFormat.JSON_ARRAY)) {
      List<ReadResult> read = all(records);

      assertThat(read).extracting(ReadResult::line).containsExactly(1, 2);
      assertThat(read.get(1).report().findings().get(0).line()).hasValue(2);
      // The rest of line 2, then lines 3 and 5; line 4 is blank.
      assertThat(records.summary())
          .isEqualTo(new BulkSummary(2, 1, 1, 1, false, OptionalInt.of(2), 3));
    }
  }

  @Test
  void aCompleteArrayHasNoStoppingLine() throws IOException {
    BatchResult batch =
        READER.readAll("[" + Samples.minimalDocument() + "]", BulkFormat.JSON_ARRAY);

    assertThat(batch.summary().complete()).isTrue();
    assertThat(batch.summary().stoppedAtLine()).isEmpty();
  }

  private static InputStream afterWhiteSpace(String text) {
    return new SequenceInputStream(new WhiteSpace(MORE_THAN_16_MIB), utf8(text));
  }

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<ReadResult> all(RecordStream<ReadResult> records) throws IOException {
    List<ReadResult> all = new ArrayList<>();
    try (records) {
      records.forEach(all::add);
    }
    return all;
  }

  /** Spaces, tabs and line ends, generated rather than held. */
  private static final class WhiteSpace extends InputStream {
    private static final byte[] PATTERN = " \t \r\n  \n".getBytes(StandardCharsets.US_ASCII);
    private long remaining;

    WhiteSpace(long length) {
      this.remaining = length;
    }

    @Override
    public int read() {
      return remaining == 0 ? -1 : PATTERN[(int) (--remaining % PATTERN.length)];
    }

    @Override
    public int read(byte[] bytes, int offset, int length) {
      if (remaining == 0) {
        return -1;
      }
      int count = (int) Math.min(length, remaining);
      for (int i = 0; i < count; i++) {
        bytes[offset + i] = PATTERN[(int) (--remaining % PATTERN.length)];
      }
      return count;
    }
  }
}
