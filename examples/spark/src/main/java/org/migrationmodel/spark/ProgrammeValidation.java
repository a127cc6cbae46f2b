package org.migrationmodel.spark;

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
import org.apache.spark.storage.StorageLevel;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.report.RootCausesFirst;
import org.migrationmodel.report.RunSummary;

/**
 * Validates NDJSON inputs on Spark: one outcome per record, validated once and kept (in memory, or
 * on disk when it does not fit) for the two results drawn from it, the summary and the findings
 * table. Close it to release what it keeps.
 *
 * <p>Nothing here shuffles: the lines of each block are counted within its task ({@link
 * BlockStarts}), the records are validated where they are read, the summary is one aggregate whose
 * partial sums, one row per task, meet in a single partition, and the table is written from the
 * tasks that hold the outcomes.
 */
public final class ProgrammeValidation implements AutoCloseable {
  private final Dataset<Row> outcomes;

  private ProgrammeValidation(Dataset<Row> outcomes) {
    this.outcomes = outcomes;
  }

  /**
   * Prepares the validation of inputs. Counts the lines of each block of the inputs, which reads
   * them once; they are validated when a result is first asked for.
   *
   * @param spark the session
   * @param reader the reader, with its validator, that every executor shares
   * @param inputs files, directories or globs of NDJSON, in any file system Spark reads
   * @return the validation, to be closed after use
   */
  public static ProgrammeValidation of(
      SparkSession spark, ProgrammeReader reader, List<String> inputs) {
    Dataset<Row> lines = RecordLines.read(spark, inputs);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    LineValidator validator =
        new LineValidator(context.broadcast(reader), context.broadcast(BlockStarts.count(lines)));
    Dataset<Row> outcomes =
        lines
            .mapPartitions(validator, Encoders.row(LineValidator.OUTCOME))
            .persist(StorageLevel.MEMORY_AND_DISK());
    return new ProgrammeValidation(outcomes);
  }

  /**
   * The run's counts, aggregated by Spark from the outcome of every record.
   *
   * @return the summary, whose line is the library's summary line
   */
  public RunSummary summary() {
    Row totals =
        outcomes
            .agg(
                count(lit(1)),
                total(col(LineValidator.VALID).cast("long")),
                total(col(LineValidator.ERRORS)),
                total(col(LineValidator.WARNINGS)),
                total(col(LineValidator.NOTES)),
                total(col(LineValidator.RULE_FAILURES)),
                total(col(LineValidator.UNREADABLE).cast("long")))
            .first();
    // Spark reads every line it is given, each line one record: no input is left unread in part,
    // and what it cannot open fails the job instead.
    return new RunSummary(
        totals.getLong(0),
        totals.getLong(1),
        totals.getLong(2),
        totals.getLong(3),
        totals.getLong(4),
        totals.getLong(5),
        totals.getLong(6),
        0,
        0,
        0);
  }

  private static Column total(Column column) {
    return coalesce(sum(column), lit(0L));
  }

  /**
   * The findings, one row each: {@code file} (as Spark names it, a URI), {@code line} (the
   * record's, from 1), {@code record_id} (null when no programme could be read), {@code finding}
   * (its place in the record's findings, from 1, in the library's {@link RootCausesFirst} order),
   * {@code rule_id}, {@code severity}, {@code pointer}, {@code finding_line} and {@code
   * finding_column} (where in the file the finding points, when it has a place there) and {@code
   * message}.
   *
   * @return the findings table, not yet computed
   */
  public Dataset<Row> findings() {
    return outcomes
        .where(size(col(LineValidator.FINDINGS)).gt(0))
        .select(
            col(RecordLines.FILE),
            col(LineValidator.LINE),
            col(LineValidator.RECORD_ID),
            posexplode(col(LineValidator.FINDINGS)).as(new String[] {"position", "found"}))
        .select(
            col(RecordLines.FILE),
            col(LineValidator.LINE),
            col(LineValidator.RECORD_ID),
            col("position").plus(1).as("finding"),
            col("found.rule_id"),
            col("found.severity"),
            col("found.pointer"),
            col("found.line").as("finding_line"),
            col("found.column").as("finding_column"),
            col("found.message"));
  }

  /** Releases the outcomes kept for the results. */
  @Override
  public void close() {
    outcomes.unpersist();
  }
}
