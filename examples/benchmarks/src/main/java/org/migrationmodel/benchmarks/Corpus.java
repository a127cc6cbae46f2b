package org.migrationmodel.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.json.ProgrammeJson;
import org.migrationmodel.json.ProgrammeWriter;
import org.migrationmodel.programme.Programme;

/**
 * The benchmarks' input: generated, clean programmes and each one's compact JSON record, as the
 * UTF-8 bytes of one NDJSON line without its line end. The same seed gives the same corpus in every
 * JVM, so the suite's driver and every fork see the same bytes.
 */
final class Corpus {
  static final int RECORDS = 100_000;
  static final long SEED = 20_261_127L;

  private final Programme[] programmes;
  private final byte[][] records;

  private Corpus(Programme[] programmes, byte[][] records) {
    this.programmes = programmes;
    this.records = records;
  }

  static Corpus generate() {
    ProgrammeGenerator generator = new ProgrammeGenerator(SEED);
    ProgrammeWriter writer = ProgrammeJson.writer();
    Programme[] programmes = new Programme[RECORDS];
    byte[][] records = new byte[RECORDS][];
    for (int i = 0; i < RECORDS; i++) {
      programmes[i] = generator.next();
      records[i] = writer.write(programmes[i]).getBytes(StandardCharsets.UTF_8);
    }
    return new Corpus(programmes, records);
  }

  int size() {
    return records.length;
  }

  byte[] record(int index) {
    return records[index];
  }

  Programme programme(int index) {
    return programmes[index];
  }

  /** The records' lengths in bytes, shortest first. */
  int[] sortedLengths() {
    int[] lengths = new int[records.length];
    for (int i = 0; i < records.length; i++) {
      lengths[i] = records[i].length;
    }
    Arrays.sort(lengths);
    return lengths;
  }

  double meanLength() {
    return Arrays.stream(records).mapToLong(record -> record.length).average().orElse(0);
  }
}
