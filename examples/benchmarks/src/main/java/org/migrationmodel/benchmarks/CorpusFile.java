package org.migrationmodel.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.json.BulkFormat;
import org.migrationmodel.json.ProgrammeJson;
import org.migrationmodel.programme.Programme;

/**
 * Writes a large NDJSON file of generated programmes, for the memory check of docs/benchmarks.md:
 * {@code java -cp examples/benchmarks/target/benchmarks.jar
 * org.migrationmodel.benchmarks.CorpusFile FILE [RECORDS]}, 1,000,000 records by default. The
 * programmes are generated as they are written, so the file can be far larger than the heap.
 */
public final class CorpusFile {
  private static final long DEFAULT_RECORDS = 1_000_000;

  private CorpusFile() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: CorpusFile FILE [RECORDS]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    long records = args.length == 2 ? Long.parseLong(args[1]) : DEFAULT_RECORDS;
    ProgrammeGenerator generator = new ProgrammeGenerator(Corpus.SEED);
    Iterable<Programme> programmes =
        () -> Stream.generate(generator::next).limit(records).iterator();
    ProgrammeJson.writer().writeAll(programmes, BulkFormat.NDJSON, file);
  }
}
