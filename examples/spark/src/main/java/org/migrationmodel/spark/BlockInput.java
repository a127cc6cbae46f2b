package org.migrationmodel.spark;

import com.google.common.collect.PeekingIterator;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.spark.sql.Row;

/**
 * One block of a partition's lines as the NDJSON text the command-line tool reads: each line's
 * bytes and a line end, after as many empty lines as the file has before the block. The reader
 * passes over empty lines but counts them, so its lines, in findings and in their messages, are the
 * file's. Lines are taken from the partition only while they belong to the block.
 */
final class BlockInput extends InputStream {
  private final PeekingIterator<Row> lines;
  private final String file;
  private final long blockStart;
  private long linesBefore;
  private byte[] line = new byte[0];
  // Where reading is in the line; line.length is its line end, after which the line is used up.
  private int position = 1;

  /**
   * The block that the next line of a partition belongs to.
   *
   * @param lines the partition's lines, from the block's first
   * @param firstLine the block's first line in its file, counted from 1
   */
  BlockInput(PeekingIterator<Row> lines, long firstLine) {
    this.lines = lines;
    this.file = lines.peek().getString(0);
    this.blockStart = lines.peek().getLong(1);
    this.linesBefore = firstLine - 1;
  }

  /** The file the block belongs to, as Spark names it. */
  String file() {
    return file;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (linesBefore > 0) {
      int ends = (int) Math.min(length, linesBefore);
      Arrays.fill(buffer, offset, offset + ends, (byte) '\n');
      linesBefore -= ends;
      return ends;
    }
    if (position > line.length && !nextLine()) {
      return -1;
    }
    int count = Math.min(length, line.length - position);
    System.arraycopy(line, position, buffer, offset, count);
    position += count;
    if (count < length && position == line.length) {
      buffer[offset + count++] = '\n';
      position++;
    }
    return count;
  }

  private boolean nextLine() {
    if (!lines.hasNext()) {
      return false;
    }
    Row next = lines.peek();
    if (next.getLong(1) != blockStart || !next.getString(0).equals(file)) {
      return false;
    }
    line = (byte[]) lines.next().get(2);
    position = 0;
    return true;
  }
}
