package org.migrationmodel.json.internal;

import static com.google.common.base.Preconditions.checkState;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/**
 * An input that holds the bytes read from it, up to a limit, so that they can be read again from
 * the start; once more than the limit has been read, it holds none, and memory stays bounded
 * however long the input is. It can also look ahead for a line that starts an object, holding the
 * bytes it looks at and passing them on when they are read. Not thread-safe.
 */
final class HeldInput extends InputStream {
  private static final int CHUNK = 1 << 13;

  private final InputStream in;
  private final int limit;
  private byte[] held = new byte[CHUNK];
  private int length;
  // The next held byte to pass on; at the length, bytes come from the input.
  private int position;
  private boolean holding = true;

  HeldInput(InputStream in, long limit) {
    this.in = in;
    // Arrays cannot be longer; the reader's default is far below it.
    this.limit = (int) Math.min(limit, Integer.MAX_VALUE - 8);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] bytes, int offset, int count) throws IOException {
    if (count == 0) {
      return 0;
    }
    if (position < length) {
      int passed = Math.min(count, length - position);
      System.arraycopy(held, position, bytes, offset, passed);
      position += passed;
      return passed;
    }
    int read = in.read(bytes, offset, count);
    if (read > 0 && holding) {
      if (length + read > limit) {
        release();
        held = new byte[0];
        length = 0;
        position = 0;
      } else {
        reserve(length + read);
        System.arraycopy(bytes, offset, held, length, read);
        length += read;
        position = length;
      }
    }
    return read;
  }

  /**
   * Whether a line after the first starts with an opening brace, looking at the bytes held and then
   * reading ahead, as far as the limit. Always false once no bytes are held.
   *
   * @throws IOException when reading the input fails
   */
  boolean laterLineStartsAnObject() throws IOException {
    if (!holding) {
      return false;
    }
    int looked = 0;
    while (true) {
      for (; looked + 1 < length; looked++) {
        if (held[looked] == '\n' && held[looked + 1] == '{') {
          return true;
        }
      }
      if (length >= limit) {
        return false;
      }
      reserve(Math.min(limit, length + CHUNK));
      int read = in.read(held, length, Math.min(held.length, limit) - length);
      if (read < 0) {
        return false;
      }
      length += read;
    }
  }

  /** The input again, from its start: the bytes held, then the rest. Only while holding. */
  InputStream replay() {
    checkState(holding, "The bytes are no longer held");
    return new SequenceInputStream(new ByteArrayInputStream(held, 0, length), in);
  }

  /** Holds no more: the bytes already held but not yet read are still passed on. */
  void release() {
    holding = false;
  }

  private void reserve(int size) {
    if (size > held.length) {
      held = Arrays.copyOf(held, (int) Math.min(limit, Math.max(size, 2L * held.length)));
    }
  }
}
