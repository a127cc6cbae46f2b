package org.migrationmodel.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes on only as far as they are UTF-8 JSON text, as {@link Utf8Check} sees it, and then
 * fails with a {@link NotUtf8Exception}. The bytes before the problem are passed on first, so that
 * the parser reads every token before it and the failure comes where the problem is. Not
 * thread-safe.
 */
final class Utf8Stream extends FilterInputStream {
  private final Utf8Check check = new Utf8Check(0);
  private boolean failed;

  Utf8Stream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int count = read(one, 0, 1);
    return count < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    if (failed) {
      throw check.problem();
    }
    int count = in.read(bytes, offset, length);
    if (count < 0) {
      if (!check.end()) {
        failed = true;
        throw check.problem();
      }
      return count;
    }
    int problem = check.check(bytes, offset, offset + count);
    if (problem < 0) {
      return count;
    }
    failed = true;
    if (problem == offset) {
      throw check.problem();
    }
    return problem - offset;
  }

  @Override
  public long skip(long count) throws IOException {
    // Skipped bytes would go unchecked.
    byte[] buffer = new byte[(int) Math.min(count, 8192)];
    int read = read(buffer, 0, buffer.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
