package org.migrationmodel.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.json.internal.Decoded;
import org.migrationmodel.json.internal.RecordSource;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Validator;

/**
 * Reading with worker threads gives what the caller's thread alone gives, record for record and in
 * input order, with a window of records in flight that does not grow with the input.
 */
class ParallelReadingTest {
  private static final int RECORDS = 400;
  private static final Map<String, ProgrammeReader.Builder> READERS =
      Map.of(
          "strict",
          ProgrammeReader.builder().validator(Validator.standard()),
          "lenient",
          ProgrammeReader.builder().mode(ReadMode.LENIENT).validator(Validator.standard()),
          "short",
          ProgrammeReader.builder()
              .validator(Validator.standard())
              .limits(ReadLimits.standard().withMaxDocumentLength(700)));

  static Stream<Long> seeds() {
    return LongStream.range(0, 3).mapToObj(i -> 20_261_206_000L + i * RECORDS);
  }

  @ParameterizedTest(name = "records from seed {0}")
  @MethodSource("seeds")
  void workersGiveWhatOneThreadGivesInInputOrder(long firstSeed) throws IOException {
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    ByteArrayOutputStream array = new ByteArrayOutputStream();
    array.write('[');
    for (int i = 0; i < RECORDS; i++) {
      byte[] record = BrokenRecords.of(firstSeed + i).bytes();
      lines.writeBytes(record);
      lines.write('\n');
      if (i > 0) {
        array.write(',');
      }
      array.writeBytes(record);
    }
    array.write(']');

    for (var reader : READERS.entrySet()) {
      ProgrammeReader alone = reader.getValue().threads(1).build();
      ProgrammeReader workers = reader.getValue().threads(3).build();
      for (BulkFormat format : BulkFormat.values()) {
        byte[] input = format == BulkFormat.NDJSON ? lines.toByteArray() : array.toByteArray();
        assertThat(outcomes(workers.records(new ByteArrayInputStream(input), format)))
            .as("seed %s, %s reader, %s", firstSeed, reader.getKey(), format)
            .isEqualTo(outcomes(alone.records(new ByteArrayInputStream(input), format)));
      }
      assertThat(outcomes(workers.records(new ByteArrayInputStream(lines.toByteArray()))))
          .as("seed %s, %s reader, layout told from the input", firstSeed, reader.getKey())
          .isEqualTo(outcomes(alone.records(new ByteArrayInputStream(lines.toByteArray()))));
    }
  }

  @Test
  void theWindowOfRecordsInFlightDoesNotGrowWithTheInput() throws IOException {
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger mostAhead = new AtomicInteger();
    List<Integer> numbers = new ArrayList<>();
    int records = 20_000;
    int threads = 2;
    RecordSource<Programme> source = new DecodedSource(records, taken, () -> {});
    InOrderDecoding<Programme, Integer> decoding =
        new InOrderDecoding<>(source, results(number -> number), threads);

    for (Integer number = decoding.next(); number != null; number = decoding.next()) {
      numbers.add(number);
      mostAhead.accumulateAndGet(taken.get() - numbers.size(), Math::max);
    }

    assertThat(numbers).hasSize(records).isSorted().startsWith(1, 2, 3).endsWith(records);
    assertThat(mostAhead.get())
        .isPositive()
        .isLessThanOrEqualTo(
            (threads * InOrderDecoding.BATCHES_PER_THREAD + 1) * InOrderDecoding.BATCH_RECORDS);
  }

  @Test
  void aFailureOnAWorkerIsThrownToTheCaller() {
    RecordSource<Programme> source = new DecodedSource(10, new AtomicInteger(), () -> {});
    RecordStream.Results<Programme, Integer> failing =
        results(
            recordNumber -> {
              throw new IllegalStateException("failed on record " + recordNumber);
            });
    InOrderDecoding<Programme, Integer> decoding = new InOrderDecoding<>(source, failing, 2);

    assertThatThrownBy(decoding::next)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("failed on record 1");
    decoding.close();
  }

  @Test
  void theWorkersStopWhenTheStreamIsClosedBeforeItsEnd() throws Exception {
    String ndjson = (Samples.minimalDocument() + "\n").repeat(1_000);
    ProgrammeReader reader = ProgrammeReader.builder().threads(2).build();

    try (RecordStream<ReadResult> records =
        reader.records(new ByteArrayInputStream(ndjson.getBytes(UTF_8)), BulkFormat.NDJSON)) {
      assertThat(records.iterator().next().isValid()).isTrue();
      assertThat(readerThreads()).isNotEmpty();
    }

    for (Thread worker : readerThreads()) {
      // Stopped workers end at once; the wait only lets the scheduler run them.
      worker.join(30_000);
      assertThat(worker.isAlive()).as(worker.getName()).isFalse();
    }
  }

  private static List<Thread> readerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("migration-model-reader-"))
        .toList();
  }

  @Test
  void noReaderHasFewerThanOneThread() {
    assertThatThrownBy(() -> ProgrammeReader.builder().threads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
    assertThat(ProgrammeReader.builder().build().threads()).isEqualTo(1);
    assertThat(ProgrammeReader.builder().threads(4).build().toBuilder().build().threads())
        .isEqualTo(4);
  }

  /** Each record's number, line, programme and findings, in the order they came. */
  private static List<List<Object>> outcomes(RecordStream<ReadResult> records) throws IOException {
    List<List<Object>> outcomes = new ArrayList<>();
    try (records) {
      for (ReadResult record : records) {
        outcomes.add(
            List.of(
                record.recordNumber(),
                record.line(),
                record.programme(),
                record.report().findings()));
      }
      outcomes.add(List.of(records.summary()));
    }
    return outcomes;
  }

  /** Gives each record what a function of its number gives. */
  private static RecordStream.Results<Programme, Integer> results(IntUnaryOperator of) {
    return new RecordStream.Results<>() {
      @Override
      public Integer of(Decoded<Programme> decoded, int recordNumber) {
        return of.applyAsInt(recordNumber);
      }

      @Override
      public boolean isValid(Integer result) {
        return true;
      }

      @Override
      public boolean isReadable(Integer result) {
        return true;
      }
    };
  }
}
