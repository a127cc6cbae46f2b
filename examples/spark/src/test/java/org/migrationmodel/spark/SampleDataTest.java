package org.migrationmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmodel.json.ReadMode;

/**
 * The job gives the library's summary line and findings, in its order, for the shipped sample
 * files, as reading them in one process gives them.
 */
@ExtendWith(LocalSpark.class)
class SampleDataTest {
  private static final Path DATA = Path.of("..", "data");
  private static final String BROKEN = DATA.resolve("broken-programmes.ndjson").toString();
  private static final String MAX_PARTITION_BYTES = "spark.sql.files.maxPartitionBytes";
  private static final String MIN_PARTITION_NUM = "spark.sql.files.minPartitionNum";

  @TempDir Path output;

  @ParameterizedTest
  @ValueSource(strings = {"programmes.ndjson", "broken-programmes.ndjson"})
  void summaryAndFindingsEqualTheLibrarysReadInOneProcess(String name, SparkSession spark) {
    String file = DATA.resolve(name).toString();
    JobRun run = JobRun.of(spark, output.resolve("findings"), file);

    assertThat(run.status()).isEqualTo(name.startsWith("broken") ? 1 : 0);
    assertThat(run.summaryLine()).isEqualTo(LibraryRun.of(ReadMode.STRICT, file).summaryLine());
    List<Row> table = run.table(spark, "parquet").collectAsList();
    List<FindingRow> findings = FindingRow.of(table);
    assertThat(findings).isEqualTo(LibraryRun.of(ReadMode.STRICT, file).findings());
    assertThat(table)
        .allSatisfy(row -> assertThat(row.getString(row.fieldIndex("file"))).endsWith("/" + name));
    if (name.startsWith("broken")) {
      // Guards the comparison against passing on two tables that are empty or nearly so.
      assertThat(findings.stream().map(FindingRow::ruleId).distinct().count()).isGreaterThan(20);
      assertThat(findings.stream().map(FindingRow::line).distinct().count()).isGreaterThan(25);
    }
  }

  @Test
  void bothSampleFilesReadInOnePartitionGiveTheLibrarysSummaryAndFindings(SparkSession spark) {
    String programmes = DATA.resolve("programmes.ndjson").toString();
    RuntimeConfig conf = spark.conf();
    String maxPartitionBytes = conf.get(MAX_PARTITION_BYTES);
    try {
      // Splits as large as both files, and one task's worth: Spark puts both files in one
      // partition, which the job must read as two blocks, each numbered from its file's first line.
      conf.set(MAX_PARTITION_BYTES, "1048576");
      conf.set(MIN_PARTITION_NUM, "1");
      assertThat(spark.read().text(BROKEN, programmes).rdd().getNumPartitions()).isEqualTo(1);

      JobRun run = JobRun.of(spark, output.resolve("both"), BROKEN, programmes);

      assertThat(run.summaryLine())
          .isEqualTo(LibraryRun.of(ReadMode.STRICT, BROKEN, programmes).summaryLine());
      assertThat(FindingRow.of(run.table(spark, "parquet").collectAsList()))
          .isEqualTo(LibraryRun.of(ReadMode.STRICT, BROKEN, programmes).findings());
    } finally {
      conf.set(MAX_PARTITION_BYTES, maxPartitionBytes);
      conf.unset(MIN_PARTITION_NUM);
    }
  }

  @Test
  void jsonAndCsvHoldTheParquetTable(SparkSession spark) {
    Dataset<Row> parquet =
        JobRun.of(spark, output.resolve("parquet"), BROKEN).table(spark, "parquet");
    Dataset<Row> json =
        JobRun.of(spark, output.resolve("json"), BROKEN, "--format", "json")
            .table(spark, "json", parquet.schema());
    Dataset<Row> csv =
        JobRun.of(spark, output.resolve("csv"), BROKEN, "--format", "csv")
            .table(spark, "csv", parquet.schema())
            // CSV has no null: Spark reads the pointer "" (the whole record) as null.
            .na()
            .fill("", new String[] {"pointer"});

    List<FindingRow> expected = FindingRow.of(parquet.collectAsList());
    assertThat(FindingRow.of(json.collectAsList())).isEqualTo(expected);
    assertThat(FindingRow.of(csv.collectAsList())).isEqualTo(expected);
  }
}
