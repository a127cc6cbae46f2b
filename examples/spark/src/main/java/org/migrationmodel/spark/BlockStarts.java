package org.migrationmodel.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The line of its file at which each block (split) of each input starts, so that every block is
 * read with the file's own line numbers, which the reader puts into its findings and their
 * messages.
 *
 * <p>A split knows where it starts in bytes, not in lines: one pass counts the lines of each block,
 * and each block then starts after the lines of the blocks before it in its file. A block is never
 * divided among tasks, so each task counts its blocks whole and gives one row per block, with no
 * shuffle; the driver receives those few rows (one per 128 MB split, or per small file).
 */
final class BlockStarts implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final StructType COUNT =
      new StructType()
          .add(RecordLines.FILE, DataTypes.StringType, false)
          .add(RecordLines.BLOCK_START, DataTypes.LongType, false)
          .add("lines", DataTypes.LongType, false);

  /** For each file, the first line of each block, by the block's start in bytes. */
  private final HashMap<String, HashMap<Long, Long>> firstLines;

  private BlockStarts(HashMap<String, HashMap<Long, Long>> firstLines) {
    this.firstLines = firstLines;
  }

  /**
   * Counts the lines of every block.
   *
   * @param lines the inputs' lines, as {@link RecordLines#read} gives them
   */
  static BlockStarts count(Dataset<Row> lines) {
    List<Row> counts =
        lines
            .select(RecordLines.FILE, RecordLines.BLOCK_START)
            .mapPartitions(new BlockCounter(), Encoders.row(COUNT))
            .collectAsList();
    Map<String, List<Row>> byFile = new HashMap<>();
    for (Row count : counts) {
      byFile.computeIfAbsent(count.getString(0), file -> new ArrayList<>()).add(count);
    }
    HashMap<String, HashMap<Long, Long>> firstLines = new HashMap<>();
    byFile.forEach(
        (file, blocks) -> {
          blocks.sort(Comparator.comparingLong(block -> block.getLong(1)));
          HashMap<Long, Long> starts = new HashMap<>();
          long next = 1;
          for (Row block : blocks) {
            starts.put(block.getLong(1), next);
            next += block.getLong(2);
          }
          firstLines.put(file, starts);
        });
    return new BlockStarts(firstLines);
  }

  /** The line of the file at which a block starts, counted from 1. */
  long firstLine(String file, long blockStart) {
    return firstLines.get(file).get(blockStart);
  }

  /** Gives one row per block of a partition: its file, its start and its number of lines. */
  private static final class BlockCounter implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> lines) {
      List<Row> counts = new ArrayList<>();
      String file = null;
      long block = -1;
      long count = 0;
      while (lines.hasNext()) {
        Row line = lines.next();
        if (line.getLong(1) != block || !Objects.equals(line.getString(0), file)) {
          if (file != null) {
            counts.add(RowFactory.create(file, block, count));
          }
          file = line.getString(0);
          block = line.getLong(1);
          count = 0;
        }
        count++;
      }
      if (file != null) {
        counts.add(RowFactory.create(file, block, count));
      }
      return counts.iterator();
    }
  }
}
