package org.migrationmodel.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Tests eight bytes of an array at a time, as one {@code long}: the loops that pass over plain
 * bytes (the UTF-8 check, the search for a line's end) cover most of the input this way.
 */
final class ByteWords {
  /** Bytes per word. */
  static final int SIZE = Long.BYTES;

  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long SPACES = 0x2020202020202020L;

  private ByteWords() {}

  /** The eight bytes from an index, which must leave eight bytes in the array. */
  static long word(byte[] bytes, int index) {
    return (long) WORDS.get(bytes, index);
  }

  /** A word of eight bytes of the given value. */
  static long repeated(int value) {
    return (value & 0xFF) * ONES;
  }

  /** Whether any byte of the word is equal to the matching byte of {@code bytes}. */
  static boolean hasByte(long word, long bytes) {
    return zeroBytes(word ^ bytes) != 0;
  }

  /**
   * Whether any byte of the word is below 0x20 (a control character, NUL, a line end) or has its
   * high bit set (not ASCII): one subtraction tests all eight for both.
   */
  static boolean hasControlOrNonAsciiByte(long word) {
    // A byte below 0x20 borrows and so sets its high bit; the borrow only marks bytes above it.
    return (((word - SPACES) | word) & HIGH_BITS) != 0;
  }

  // Non-zero exactly when some byte is 0 (bytes above the first such byte may be marked too).
  private static long zeroBytes(long word) {
    return (word - ONES) & ~word & HIGH_BITS;
  }
}
