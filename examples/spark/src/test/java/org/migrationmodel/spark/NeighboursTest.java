package org.migrationmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.migrationmodel.json.ReadMode;

/**
 * A bad line costs only itself: the records around it are read and numbered as the library reads
 * and numbers them in one process, wherever Spark's 4 KiB splits fall.
 */
@ExtendWith(LocalSpark.class)
class NeighboursTest {
  private static final int ROUNDS = 12;

  @TempDir Path directory;

  @Test
  void badLinesLoseNoNeighbourAcrossSplits(SparkSession spark) throws IOException {
    byte[] good = goodRecord();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    Set<Long> goodLines = new TreeSet<>();
    Set<Long> badLines = new TreeSet<>();
    long line = 0;
    for (int round = 0; round < ROUNDS; round++) {
      line = append(file, good, ++line, goodLines);
      line = append(file, "   \t".getBytes(StandardCharsets.US_ASCII), ++line, null);
      line =
          append(
              file,
              ascii("{\"modelVersion\":\"1.0\",\"id\":\"CUT\",\"title\":\"T"),
              ++line,
              badLines);
      line = append(file, crlf(good), ++line, goodLines);
      line = append(file, withInvalidUtf8(good), ++line, badLines);
      line = append(file, ascii("not json"), ++line, badLines);
      line = append(file, good, ++line, goodLines);
    }
    Path input = directory.resolve("mixed.ndjson");
    Files.write(input, file.toByteArray());
    assertThat(file.size()).isGreaterThan(10 * 4096);

    JobRun run = JobRun.of(spark, directory.resolve("findings"), input.toString());
    List<FindingRow> findings = FindingRow.of(run.table(spark, "parquet").collectAsList());

    Set<Long> linesWithFindings =
        findings.stream().map(FindingRow::line).collect(Collectors.toCollection(TreeSet::new));
    assertThat(linesWithFindings).isEqualTo(badLines);
    assertThat(run.summaryLine())
        .startsWith(
            (goodLines.size() + badLines.size())
                + " programmes: "
                + goodLines.size()
                + " valid, "
                + badLines.size()
                + " invalid, ");
    assertThat(run.summaryLine())
        .isEqualTo(LibraryRun.of(ReadMode.STRICT, input.toString()).summaryLine());
    assertThat(findings).isEqualTo(LibraryRun.of(ReadMode.STRICT, input.toString()).findings());
  }

  private static long append(ByteArrayOutputStream file, byte[] line, long number, Set<Long> kind) {
    file.writeBytes(line);
    file.write('\n');
    if (kind != null) {
      kind.add(number);
    }
    return number;
  }

  private static byte[] goodRecord() throws IOException {
    return Files.readAllLines(Path.of("..", "data", "programmes.ndjson"), StandardCharsets.UTF_8)
        .get(0)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] crlf(byte[] record) {
    byte[] line = java.util.Arrays.copyOf(record, record.length + 1);
    line[record.length] = '\r';
    return line;
  }

  /** The record with one byte of its title replaced by 0xFF, which UTF-8 never uses. */
  private static byte[] withInvalidUtf8(byte[] record) {
    byte[] line = record.clone();
    int title = new String(record, StandardCharsets.ISO_8859_1).indexOf("\"title\":\"") + 9;
    line[title] = (byte) 0xFF;
    return line;
  }
}
