package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Validator;

class BulkReadingTest {
  private static final ProgrammeReader READER = ProgrammeJson.reader();
  private static final String GOOD = Samples.minimalDocument();

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aJsonArrayIsReadRecordByRecordWithNumbersAndLines() throws IOException {
    String array = "[\n" + GOOD + ",\n" + GOOD.replace("\"P-1\"", "7") + ",\n" + GOOD + "\n]";

    try (RecordStream<ReadResult> records = READER.records(bytes(array), BulkFormat.JSON_ARRAY)) {
      List<ReadResult> results = new ArrayList<>();
      for (ReadResult record : records) {
        results.add(record);
      }

      assertThat(results)
          .extracting(ReadResult::recordNumber, ReadResult::line, ReadResult::isValid)
          .containsExactly(tuple(1, 2, true), tuple(2, 3, false), tuple(3, 4, true));
      assertThat(results.get(1).report().findings())
          .extracting(Finding::ruleId, f -> f.location().path())
          .containsExactly(tuple("wrong-type", "/id"));
      assertThat(records.summary())
          .isEqualTo(new BulkSummary(3, 2, 1, 1, true, OptionalInt.empty(), 0));
    }
  }

  @Test
  void theOneReportOfABatchPointsIntoEachRecordByItsIndex() {
    String array = "[" + GOOD + "," + GOOD.replace("BORDER_MANAGEMENT", "BORDERS") + "]";

    BatchResult batch = READER.readAll(array, BulkFormat.JSON_ARRAY);

    assertThat(batch.report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(tuple("unknown-code", "/1/classification/primaryActivity"));
    assertThat(batch.programmes()).hasSize(2);
  }

  @Test
  void aRecordOfAFutureMajorVersionIsRefusedAloneInAnArrayAndInNdjson() {
    String future = GOOD.replace("\"1.0\"", "\"2.0\"").replace("\"BORDER_MANAGEMENT\"", "7");

    for (BatchResult batch :
        new BatchResult[] {
          READER.readAll("[" + GOOD + "," + future + "]", BulkFormat.JSON_ARRAY),
          READER.readAll(GOOD + "\n" + future + "\n", BulkFormat.NDJSON)
        }) {
      assertThat(batch.records().get(1).report().findings())
          .extracting(Finding::ruleId, f -> f.location().path())
          .containsExactly(tuple("unsupported-model-version", "/modelVersion"));
      assertThat(batch.records().get(1).programme()).isEmpty();
      assertThat(batch.summary())
          .isEqualTo(new BulkSummary(2, 1, 1, 1, true, OptionalInt.empty(), 0));
    }
  }

  @Test
  void malformedJsonInAnArrayStopsReadingThereAndSaysSo() {
    String array = "[" + GOOD + ",\n" + GOOD.substring(0, 40) + "]," + GOOD + "]";

    BatchResult batch = READER.readAll(array, BulkFormat.JSON_ARRAY);

    assertThat(batch.records())
        .extracting(ReadResult::recordNumber, ReadResult::isValid)
        .containsExactly(tuple(1, true), tuple(2, false));
    assertThat(batch.records().get(1).report().findings())
        .extracting(Finding::ruleId)
        .containsExactly("json-syntax");
    assertThat(batch.records().get(1).report().findings().get(0).line()).hasValue(2);
    assertThat(batch.summary()).isEqualTo(new BulkSummary(2, 1, 1, 1, false, OptionalInt.of(2), 1));
  }

  @Test
  void aRecordLongerThanTheLimitIsReportedAndTheNextOneRead() {
    ProgrammeReader reader =
        ProgrammeReader.builder().limits(ReadLimits.standard().withMaxDocumentLength(200)).build();
    String longTitle = GOOD.replace("Border management", "x".repeat(300));
    String array = "[" + GOOD + "," + longTitle + "," + GOOD + "]";

    BatchResult batch = reader.readAll(array, BulkFormat.JSON_ARRAY);

    assertThat(batch.records())
        .extracting(ReadResult::recordNumber, ReadResult::isValid)
        .containsExactly(tuple(1, true), tuple(2, false), tuple(3, true));
    assertThat(batch.records().get(1).report().findings())
        .extracting(Finding::ruleId)
        .containsExactly("limit-exceeded");
    assertThat(batch.summary().complete()).isTrue();
  }

  @Test
  void problemsOutsideAnyRecordAreRecordsOfTheirOwn() {
    assertThat(READER.readAll("", BulkFormat.JSON_ARRAY).records())
        .singleElement()
        .satisfies(record -> assertThat(ruleIds(record)).containsExactly("json-syntax"));
    assertThat(READER.readAll(GOOD, BulkFormat.JSON_ARRAY).records())
        .singleElement()
        .satisfies(record -> assertThat(ruleIds(record)).containsExactly("wrong-type"));
    BatchResult trailing = READER.readAll("[" + GOOD + "] []", BulkFormat.JSON_ARRAY);
    assertThat(trailing.records()).extracting(ReadResult::isValid).containsExactly(true, false);
    assertThat(ruleIds(trailing.records().get(1))).containsExactly("json-syntax");
    assertThat(READER.readAll("[ ]", BulkFormat.JSON_ARRAY).summary())
        .isEqualTo(new BulkSummary(0, 0, 0, 0, true, OptionalInt.empty(), 0));
  }

  @Test
  void aValueThatIsNotAnArrayIsReportedAsWhatItStartsWith() {
    assertThat(READER.readAll(GOOD, BulkFormat.JSON_ARRAY).report().findings())
        .singleElement()
        .satisfies(finding -> assertThat(finding.message()).contains("starts with an object"));
    assertThat(READER.readAll("\"programmes\"", BulkFormat.JSON_ARRAY).report().findings())
        .singleElement()
        .satisfies(finding -> assertThat(finding.message()).contains("starts with another value"));
  }

  @Test
  void aRecordOfAProblemAfterTheArrayIsOnTheLineOfTheProblem() {
    BatchResult batch = READER.readAll("[" + GOOD + "]\n\n[]", BulkFormat.JSON_ARRAY);

    assertThat(batch.records())
        .extracting(ReadResult::recordNumber, ReadResult::line, ReadResult::isValid)
        .containsExactly(tuple(1, 1, true), tuple(2, 3, false));
  }

  @Test
  void aRecordBrokenPartWayIsOnTheLineWhereItStartsAndItsFindingWhereItBreaks() {
    String array = "[\n" + GOOD.replace(",\"title\"", ",\n\n\"title\"").replace("}}", "]]");

    ReadResult broken = READER.readAll(array, BulkFormat.JSON_ARRAY).records().get(0);

    assertThat(broken.line()).isEqualTo(2);
    assertThat(broken.report().findings())
        .extracting(Finding::ruleId, finding -> finding.line().getAsInt())
        .containsExactly(tuple("json-syntax", 4));
  }

  @Test
  void aRecordTooLongAndMalformedAfterTheLimitStopsTheReading() {
    ProgrammeReader reader =
        ProgrammeReader.builder().limits(ReadLimits.standard().withMaxDocumentLength(200)).build();
    String longAndBroken =
        GOOD.replace("Border management", "x".repeat(300)).replace("{\"primary", "{primary");

    BatchResult batch =
        reader.readAll("[" + longAndBroken + "," + GOOD + "]", BulkFormat.JSON_ARRAY);

    assertThat(batch.records()).hasSize(1);
    assertThat(ruleIds(batch.records().get(0))).containsExactly("limit-exceeded", "json-syntax");
    assertThat(batch.summary().complete()).isFalse();
  }

  @Test
  void aProblemThatStopsTheParserPointsIntoItsRecordWhetherFirstOrNot() {
    ProgrammeReader reader =
        ProgrammeReader.builder().limits(ReadLimits.standard().withMaxStringLength(20)).build();
    String longTitle = GOOD.replace("Border management", "Border management services");

    BatchResult first = reader.readAll("[" + longTitle + "]", BulkFormat.JSON_ARRAY);
    BatchResult second = reader.readAll("[" + GOOD + "," + longTitle + "]", BulkFormat.JSON_ARRAY);

    assertThat(first.records().get(0).report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(tuple("limit-exceeded", "/title"));
    assertThat(second.records().get(1).report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(tuple("limit-exceeded", "/title"));
    assertThat(first.report().findings())
        .extracting(f -> f.location().path())
        .containsExactly("/0/title");
  }

  @Test
  void aRecordPrintsItsNumberLineAndFindings() {
    String ndjson = GOOD + "\n\n" + GOOD.replace("\"P-1\"", "7");

    ReadResult second = READER.readAll(ndjson, BulkFormat.NDJSON).records().get(1);

    assertThat(second.toString())
        .startsWith("Record 2 (line 3): [ERROR wrong-type at /id (line 3): ");
  }

  @Test
  void ndjsonPassesOverBlankLinesAndCountsLinesFromTheFileStart() {
    String ndjson =
        "\n" + GOOD + "\r\n  \n" + GOOD.replace("\"T", "\"X") + "\n\n" + "{\"id\":\n" + "nonsense";

    BatchResult batch = READER.readAll(ndjson, BulkFormat.NDJSON);

    assertThat(batch.records())
        .extracting(ReadResult::recordNumber, ReadResult::line, ReadResult::isValid)
        .containsExactly(
            tuple(1, 2, true), tuple(2, 4, true), tuple(3, 6, false), tuple(4, 7, false));
    assertThat(batch.records().subList(2, 4))
        .extracting(record -> record.report().findings().get(0))
        .extracting(Finding::ruleId, finding -> finding.line().getAsInt())
        .containsExactly(tuple("json-syntax", 6), tuple("json-syntax", 7));
    assertThat(batch.summary())
        .isEqualTo(new BulkSummary(4, 2, 2, 2, true, OptionalInt.empty(), 0));
  }

  @Test
  void anNdjsonLineLongerThanTheLimitIsReportedWithoutHoldingIt() {
    ProgrammeReader reader =
        ProgrammeReader.builder().limits(ReadLimits.standard().withMaxDocumentLength(1000)).build();
    String ndjson = GOOD + "\n" + "[" + "0,".repeat(100_000) + "0]\n" + GOOD + "\n";

    BatchResult batch = reader.readAll(ndjson, BulkFormat.NDJSON);

    assertThat(batch.records())
        .extracting(ReadResult::line, ReadResult::isValid)
        .containsExactly(tuple(1, true), tuple(2, false), tuple(3, true));
    assertThat(ruleIds(batch.records().get(1))).containsExactly("limit-exceeded");
  }

  @Test
  void recordsAreReadOnlyAsTheyAreAskedFor() throws IOException {
    // The second record is broken; taking only the first must not read that far.
    String ndjson = GOOD + "\n" + "{";

    try (RecordStream<ReadResult> records = READER.records(bytes(ndjson), BulkFormat.NDJSON)) {
      Iterator<ReadResult> iterator = records.iterator();
      assertThat(iterator.next().isValid()).isTrue();
      assertThat(records.summary())
          .isEqualTo(new BulkSummary(1, 1, 0, 0, false, OptionalInt.empty(), 0));
      assertThat(iterator.next().isValid()).isFalse();
      assertThat(iterator.hasNext()).isFalse();
      assertThat(records.summary())
          .isEqualTo(new BulkSummary(2, 1, 1, 1, true, OptionalInt.empty(), 0));
    }
  }

  @Test
  void aValidatingReaderValidatesEachRecord(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("programmes.ndjson");
    Files.writeString(file, GOOD + "\n" + GOOD.replace("Border management", " ") + "\n");
    ProgrammeReader reader = ProgrammeReader.builder().validator(Validator.standard()).build();

    try (RecordStream<ReadResult> records = reader.records(file, BulkFormat.NDJSON)) {
      assertThat(records)
          .extracting(BulkReadingTest::ruleIds)
          .containsExactly(List.of(), List.of("title-required"));
    }
  }

  @Test
  void onlyAFailureToReadTheInputEscapesAsAnException() {
    InputStream failing = new SequenceInputStream(bytes("[" + GOOD + ","), failingStream());

    try (RecordStream<ReadResult> records = READER.records(failing, BulkFormat.JSON_ARRAY)) {
      Iterator<ReadResult> iterator = records.iterator();
      assertThat(iterator.next().isValid()).isTrue();
      assertThatThrownBy(iterator::next)
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("disk gone");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThatThrownBy(() -> READER.read(failingStream()))
        .isInstanceOf(IOException.class)
        .hasMessage("disk gone");
  }

  private static InputStream failingStream() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return read();
      }
    };
  }

  private static List<String> ruleIds(ReadResult record) {
    return record.report().findings().stream().map(Finding::ruleId).collect(Collectors.toList());
  }
}
