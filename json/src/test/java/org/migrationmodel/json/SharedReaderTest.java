package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.SerializableTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migrationmodel.fixtures.Concurrently;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.fixtures.RuleBreaker;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.StandardRule;
import org.migrationmodel.validation.ValidationReport;
import org.migrationmodel.validation.Validator;

/**
 * One validating reader shared by many threads, or shipped to cluster workers as a serialized copy,
 * reads exactly what one thread reads with the original.
 */
class SharedReaderTest {
  private static final int DOCUMENTS = 10_000;
  private static final int THREADS = 8;
  private static final long SEED = 2026;
  // Every third programme breaks one rule, so that the reports compared hold findings.
  private static final int BREAK_EVERY = 3;

  private static final ProgrammeReader READER =
      ProgrammeReader.builder().validator(Validator.standard()).build();

  private static ImmutableList<String> documents;
  private static ImmutableList<Read> singleThreaded;

  /** What a read gives, compared as a value: ReadResult itself has no equals. */
  private record Read(Optional<Programme> programme, ValidationReport report) {
    static Read of(ReadResult result) {
      return new Read(result.programme(), result.report());
    }
  }

  @BeforeAll
  static void readOnOneThread() {
    documents = documents();
    singleThreaded =
        documents.stream()
            .map(document -> Read.of(READER.read(document)))
            .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<String> documents() {
    ProgrammeGenerator generator = new ProgrammeGenerator(SEED);
    StandardRule[] rules = StandardRule.values();
    ProgrammeWriter writer = ProgrammeJson.writer();
    ImmutableList.Builder<String> documents = ImmutableList.builder();
    for (int i = 0; i < DOCUMENTS; i++) {
      Programme clean = generator.next();
      Programme programme =
          i % BREAK_EVERY == 0
              ? RuleBreaker.breaking(rules[(i / BREAK_EVERY) % rules.length], clean).programme()
              : clean;
      documents.add(writer.write(programme));
    }
    return documents.build();
  }

  @Test
  void theReadsComparedHoldProgrammesAndFindings() {
    assertThat(singleThreaded).allMatch(read -> read.programme().isPresent());
    assertThat(singleThreaded.stream().filter(read -> !read.report().isValid()).count())
        .isGreaterThan(DOCUMENTS / BREAK_EVERY / 2);
  }

  @Test
  void eightThreadsSharingOneReaderReadWhatOneThreadReads() throws Exception {
    assertEveryThreadMatchesOneThread(READER);
  }

  @Test
  void aSerializedCopySharedByEightThreadsReadsWhatTheOriginalReads() throws Exception {
    assertEveryThreadMatchesOneThread(SerializableTester.reserialize(READER));
  }

  private static void assertEveryThreadMatchesOneThread(ProgrammeReader reader) throws Exception {
    List<Read> reads =
        Concurrently.map(documents, THREADS, document -> Read.of(reader.read(document)));

    for (int i = 0; i < DOCUMENTS; i++) {
      assertThat(reads.get(i))
          .as("document %d, read by thread %d", i, i % THREADS)
          .isEqualTo(singleThreaded.get(i));
    }
  }
}
