package org.migrationmodel.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/** How the findings table is written. */
public enum TableFormat {
  /** Apache Parquet, the default: typed columns, compressed, read by every data-lake engine. */
  PARQUET,
  /** One JSON object per line and finding. */
  JSON,
  /** Comma-separated values with a header line; an absent value is an empty field. */
  CSV;

  /**
   * Writes a table to a directory, as Spark writes tables: one part file per partition.
   *
   * @param table the table
   * @param directory the directory, in any file system Spark writes
   * @param overwrite whether to replace a directory that exists; otherwise it is an error
   */
  public void write(Dataset<Row> table, String directory, boolean overwrite) {
    table
        .write()
        .mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
        .format(name().toLowerCase(java.util.Locale.ROOT))
        .option("header", this == CSV)
        .save(directory);
  }
}
