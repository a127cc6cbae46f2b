package org.migrationmodel.json.internal;

import java.io.InputStream;
import java.util.Arrays;

/** A stream of one byte, repeated a number of times, held in no buffer of that size. */
final class RepeatedBytes extends InputStream {
  private final byte value;
  private long remaining;

  RepeatedBytes(char value, long count) {
    this.value = (byte) value;
    this.remaining = count;
  }

  @Override
  public int read() {
    if (remaining == 0) {
      return -1;
    }
    remaining--;
    return value;
  }

  @Override
  public int read(byte[] bytes, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (remaining == 0) {
      return -1;
    }
    int count = (int) Math.min(length, remaining);
    Arrays.fill(bytes, offset, offset + count, value);
    remaining -= count;
    return count;
  }
}
