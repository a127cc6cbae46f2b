package org.migrationmodel.service;

import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opens request bodies within the size limit: a body whose declared length is too large is refused
 * before any byte is read, and one sent without a length fails once it passes the limit.
 */
@Component
final class RequestBodies {
  private final long maxBytes;

  RequestBodies(@Value("${migration-model.service.max-request-bytes}") long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The body of a request, buffered, and read no further than the limit. */
  BufferedInputStream open(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > maxBytes) {
      throw new RequestTooLargeException(maxBytes);
    }
    return new BufferedInputStream(new Limited(request.getInputStream(), maxBytes));
  }

  /** Counts the bytes read and fails past the limit. */
  private static final class Limited extends FilterInputStream {
    private final long limit;
    private long count;

    Limited(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int next = super.read();
      if (next != -1) {
        counted(1);
      }
      return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        counted(read);
      }
      return read;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    private void counted(long bytes) throws RequestTooLargeException {
      count += bytes;
      if (count > limit) {
        throw new RequestTooLargeException(limit);
      }
    }
  }
}
