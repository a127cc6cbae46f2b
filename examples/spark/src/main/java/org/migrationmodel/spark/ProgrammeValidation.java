package org.migrationmodel.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.migrationmodel.json.ProgrammeReader;

/**
 * Validates NDJSON inputs on Spark: one outcome per line, validated once and kept (in memory, or on
 * disk when it does not fit) for the two results drawn from it, the summary and the findings table.
 * Close it to release what it keeps.
 */
public final class ProgrammeValidation implements AutoCloseable {
  private static final String LINES = "lines";
  private static final String FIRST_LINE = "first_line";

  private final Dataset<Row> outcomes;
  private final Dataset<Row> blocks;

  private ProgrammeValidation(Dataset<Row> outcomes) {
    this.outcomes = outcomes;
    // One row per block of each file: a few per file, whatever its size.
    this.blocks =
        outcomes
            .groupBy(RecordLines.FILE, RecordLines.BLOCK_START)
            .agg(
                count(lit(1)).as(LINES),
                sum(col(LineValidator.PROGRAMME).cast("long")).as(LineValidator.PROGRAMME),
                sum(col(LineValidator.VALID).cast("long")).as(LineValidator.VALID),
                sum(LineValidator.ERRORS).as(LineValidator.ERRORS),
                sum(LineValidator.WARNINGS).as(LineValidator.WARNINGS))
            .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * Prepares the validation of inputs; nothing is read until a result is asked for.
   *
   * @param spark the session
   * @param reader the reader, with its validator, that every executor shares
   * @param inputs files, directories or globs of NDJSON, in any file system Spark reads
   * @return the validation, to be closed after use
   */
  public static ProgrammeValidation of(
      SparkSession spark, ProgrammeReader reader, List<String> inputs) {
    LineValidator validator =
        new LineValidator(
            JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(reader));
    Dataset<Row> outcomes =
        RecordLines.read(spark, inputs)
            .mapPartitions(validator, Encoders.row(LineValidator.OUTCOME))
            .persist(StorageLevel.MEMORY_AND_DISK());
    return new ProgrammeValidation(outcomes);
  }

  /**
   * The run's counts, aggregated by Spark from the outcome of every line.
   *
   * @return the summary
   */
  public RunSummary summary() {
    Row totals =
        blocks
            .agg(
                total(LineValidator.PROGRAMME),
                total(LineValidator.VALID),
                total(LineValidator.ERRORS),
                total(LineValidator.WARNINGS))
            .first();
    return new RunSummary(
        totals.getLong(0), totals.getLong(1), totals.getLong(2), totals.getLong(3));
  }

  private static Column total(String column) {
    return coalesce(sum(column), lit(0L));
  }

  /**
   * The findings, one row each: {@code file} (as Spark names it, a URI), {@code line} (from 1),
   * {@code record_id} (null when no programme could be read), {@code finding} (its place in the
   * record's report, from 1), {@code rule_id}, {@code severity}, {@code pointer}, {@code column}
   * (in the line, when the finding is about the text) and {@code message}.
   *
   * @return the findings table, not yet computed
   */
  public Dataset<Row> findings() {
    Dataset<Row> firstLines =
        blocks
            .withColumn(
                FIRST_LINE,
                lit(1L)
                    .plus(
                        coalesce(
                            sum(LINES)
                                .over(
                                    Window.partitionBy(RecordLines.FILE)
                                        .orderBy(RecordLines.BLOCK_START)
                                        .rowsBetween(Window.unboundedPreceding(), -1)),
                            lit(0L))))
            .select(
                col(RecordLines.FILE).as("block_file"),
                col(RecordLines.BLOCK_START).as("block"),
                col(FIRST_LINE));
    Dataset<Row> exploded =
        outcomes
            .where(size(col(LineValidator.FINDINGS)).gt(0))
            .select(
                col(RecordLines.FILE),
                col(RecordLines.BLOCK_START),
                col(LineValidator.LINE_IN_BLOCK),
                col(LineValidator.RECORD_ID),
                posexplode(col(LineValidator.FINDINGS)).as(new String[] {"position", "found"}));
    return exploded
        .join(
            broadcast(firstLines),
            col(RecordLines.FILE)
                .equalTo(col("block_file"))
                .and(col(RecordLines.BLOCK_START).equalTo(col("block"))))
        .select(
            col(RecordLines.FILE),
            col(FIRST_LINE).plus(col(LineValidator.LINE_IN_BLOCK)).minus(1L).as("line"),
            col(LineValidator.RECORD_ID),
            col("position").plus(1).as("finding"),
            col("found.rule_id"),
            col("found.severity"),
            col("found.pointer"),
            col("found.column"),
            col("found.message"));
  }

  /** Releases the outcomes kept for the results. */
  @Override
  public void close() {
    blocks.unpersist();
    outcomes.unpersist();
  }
}
