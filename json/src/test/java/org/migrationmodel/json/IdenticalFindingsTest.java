package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Validator;

/**
 * Reading and validating give, record for record, exactly the findings they gave before the reader
 * was tuned for speed: the golden file was recorded from the code as it was then. Each of 3,000
 * seeded records, clean and broken ({@link BrokenRecords}), is read strictly, leniently and with a
 * short length limit, alone, as lines of one NDJSON text and as elements of one JSON array; each
 * finding (id, severity, pointer, line, column, message, suggestions) and the programme built are
 * compared. The file holds a hash per record and the full listing of the first records.
 *
 * <p>To record the file again, on purpose only, run this test with {@code
 * -DidenticalFindings.write=PATH}.
 */
class IdenticalFindingsTest {
  private static final String GOLDEN = "identical-findings.golden.txt";
  private static final long FIRST_SEED = 20_261_201_000L;
  private static final int RECORDS = 3_000;
  private static final int LISTED = 12;
  // Below the length of most generated records, so that the length limit is met often.
  private static final long SHORT_LIMIT = 700;

  private static final Validator VALIDATOR = Validator.standard();
  private static final Map<String, ProgrammeReader> READERS =
      Map.of(
          "strict",
          ProgrammeReader.builder().validator(VALIDATOR).build(),
          "lenient",
          ProgrammeReader.builder().mode(ReadMode.LENIENT).validator(VALIDATOR).build(),
          "short",
          ProgrammeReader.builder()
              .validator(VALIDATOR)
              .limits(ReadLimits.standard().withMaxDocumentLength(SHORT_LIMIT))
              .build());
  private static final List<String> READER_ORDER = List.of("strict", "lenient", "short");

  @Test
  void everyRecordGetsTheFindingsRecordedBeforeTheReaderWasTuned() throws IOException {
    List<BrokenRecords.Sample> samples = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      samples.add(BrokenRecords.of(FIRST_SEED + i));
    }
    List<StringBuilder> outcomes = outcomes(samples);

    String written = System.getProperty("identicalFindings.write");
    if (written != null) {
      Files.writeString(Path.of(written), golden(samples, outcomes), StandardCharsets.UTF_8);
      Assumptions.abort("golden file written to " + written + "; nothing compared");
    }
    Map<Integer, String> expectedHashes = new LinkedHashMap<>();
    Map<Integer, StringBuilder> expectedListings = new LinkedHashMap<>();
    readGolden(expectedHashes, expectedListings);

    assertThat(expectedHashes).as("records in the golden file").hasSize(RECORDS);
    List<Integer> differing = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      if (!hash(outcomes.get(i)).equals(expectedHashes.get(i))) {
        differing.add(i);
      }
    }
    if (!differing.isEmpty()) {
      int first = differing.get(0);
      BrokenRecords.Sample sample = samples.get(first);
      StringBuilder expected = expectedListings.get(first);
      throw new AssertionError(
          differing.size()
              + " of "
              + RECORDS
              + " records read differently from the golden file. The first is record "
              + first
              + ", seed "
              + sample.seed()
              + " ("
              + sample.kind()
              + "); it now reads as:\n"
              + outcomes.get(first)
              + (expected == null
                  ? "(the golden file lists only the first " + LISTED + " records in full)"
                  : "and was recorded as:\n" + expected));
    }
  }

  /** What each record reads as, by every reader and every way of giving it. */
  private static List<StringBuilder> outcomes(List<BrokenRecords.Sample> samples)
      throws IOException {
    List<StringBuilder> outcomes = new ArrayList<>();
    for (BrokenRecords.Sample sample : samples) {
      StringBuilder outcome = new StringBuilder();
      for (String name : READER_ORDER) {
        describe(outcome, name + " alone", READERS.get(name).read(input(sample.bytes())));
      }
      outcomes.add(outcome);
    }
    List<Integer> lines = new ArrayList<>();
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    List<Integer> elements = new ArrayList<>();
    ByteArrayOutputStream array = new ByteArrayOutputStream();
    array.write('[');
    for (int i = 0; i < samples.size(); i++) {
      BrokenRecords.Sample sample = samples.get(i);
      if (sample.oneLine()) {
        lines.add(i);
        ndjson.write(sample.bytes());
        ndjson.write('\n');
      }
      if (sample.wellFormed()) {
        array.write(elements.isEmpty() ? '\n' : ',');
        array.write(sample.bytes());
        array.write('\n');
        elements.add(i);
      }
    }
    array.write(']');
    for (String name : READER_ORDER) {
      ProgrammeReader reader = READERS.get(name);
      describeBulk(outcomes, name + " ndjson", reader, ndjson, BulkFormat.NDJSON, lines);
      describeBulk(outcomes, name + " array", reader, array, BulkFormat.JSON_ARRAY, elements);
    }
    return outcomes;
  }

  private static void describeBulk(
      List<StringBuilder> outcomes,
      String how,
      ProgrammeReader reader,
      ByteArrayOutputStream text,
      BulkFormat format,
      List<Integer> records)
      throws IOException {
    BatchResult batch = reader.readAll(input(text.toByteArray()), format);
    assertThat(batch.records()).as(how + " records").hasSize(records.size());
    for (int r = 0; r < records.size(); r++) {
      describe(outcomes.get(records.get(r)), how, batch.records().get(r));
    }
  }

  private static void describe(StringBuilder outcome, String how, ReadResult result) {
    outcome
        .append(how)
        .append(": record ")
        .append(result.recordNumber())
        .append(", line ")
        .append(result.line())
        .append(", programme ")
        .append(result.programme().map(p -> hash(p.toString())).orElse("none"))
        .append('\n');
    for (Finding finding : result.report().findings()) {
      outcome
          .append("  ")
          .append(finding.ruleId())
          .append(' ')
          .append(finding.severity())
          .append(" at ")
          .append(finding.location().path())
          .append(' ')
          .append(finding.line())
          .append(' ')
          .append(finding.column())
          .append(": ")
          .append(finding.message().replace("\n", "\\n"))
          .append(' ')
          .append(finding.suggestions())
          .append('\n');
    }
  }

  private static String golden(List<BrokenRecords.Sample> samples, List<StringBuilder> outcomes) {
    StringBuilder golden = new StringBuilder();
    golden
        .append("# IdenticalFindingsTest: what each seeded record reads as; seeds ")
        .append(FIRST_SEED)
        .append(" on.\n# H index hash: SHA-256 (first 16 hex digits) of the record's listing.\n")
        .append("# L index text: the full listing, for the first ")
        .append(LISTED)
        .append(" records.\n");
    for (int i = 0; i < outcomes.size(); i++) {
      golden.append("H ").append(i).append(' ').append(hash(outcomes.get(i))).append('\n');
    }
    for (int i = 0; i < LISTED; i++) {
      golden.append("L ").append(i).append(" # ").append(samples.get(i).kind()).append('\n');
      for (String line : outcomes.get(i).toString().split("\n")) {
        golden.append("L ").append(i).append(' ').append(line).append('\n');
      }
    }
    return golden.toString();
  }

  private static void readGolden(Map<Integer, String> hashes, Map<Integer, StringBuilder> listings)
      throws IOException {
    try (InputStream in = IdenticalFindingsTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as("golden file " + GOLDEN).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("H ")) {
          String[] parts = line.split(" ");
          hashes.put(Integer.parseInt(parts[1]), parts[2]);
        } else if (line.startsWith("L ")) {
          int space = line.indexOf(' ', 2);
          int index = Integer.parseInt(line.substring(2, space));
          String text = line.substring(space + 1);
          if (!text.startsWith("# ")) {
            listings.computeIfAbsent(index, k -> new StringBuilder()).append(text).append('\n');
          }
        }
      }
    }
  }

  private static String hash(CharSequence text) {
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString().substring(0, 16);
  }

  private static InputStream input(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }
}
