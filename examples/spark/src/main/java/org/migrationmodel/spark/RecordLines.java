package org.migrationmodel.spark;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The lines of NDJSON inputs, each with the file and the split ("block") of the file it was read
 * from, in file order within each block.
 *
 * <p>Files are split as Spark splits any text file, so one large file is read in parallel. A split
 * knows where it starts in bytes, not in lines; {@link BlockStarts} finds its first line in the
 * file by counting the lines of the blocks before it.
 */
final class RecordLines {
  static final String FILE = "file";
  static final String BLOCK_START = "block_start";
  static final String BYTES = "bytes";

  private RecordLines() {}

  /**
   * Reads the inputs. Lines end at {@code \n} alone, as the command-line tool reads NDJSON (a
   * {@code \r} before it stays in the line, where JSON takes it for white space), and each line is
   * kept as its bytes so that they are decoded by the library's reader, not by Spark.
   */
  static Dataset<Row> read(SparkSession spark, List<String> inputs) {
    return spark
        .read()
        .option("lineSep", "\n")
        .text(inputs.toArray(String[]::new))
        .select(
            col("_metadata.file_path").as(FILE),
            col("_metadata.file_block_start").as(BLOCK_START),
            col("value").cast(DataTypes.BinaryType).as(BYTES));
  }
}
