package org.migrationmodel.json;

import static com.google.common.base.Preconditions.checkState;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import org.migrationmodel.json.internal.Decoded;
import org.migrationmodel.json.internal.RecordSource;

/**
 * The records of a JSON array or NDJSON input, read one at a time as they are asked for, so that
 * memory stays the same however long the input is. Each record is a {@link ReadResult} with its
 * record number and line; a record that could not be read is still a result, with its findings, so
 * that nothing is dropped unreported.
 *
 * <p>Read it with a for-each loop inside try-with-resources, as a {@link
 * java.nio.file.DirectoryStream} is read; like one, it can be iterated only once:
 *
 * <pre>{@code
 * try (RecordStream records = reader.records(path, BulkFormat.NDJSON)) {
 *   for (ReadResult record : records) {
 *     if (!record.isValid()) {
 *       System.out.println(record.recordNumber() + ": " + record.report());
 *     }
 *   }
 *   BulkSummary summary = records.summary();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: read it from one thread. Close it to release the input; an I/O failure while
 * reading is thrown as an {@link UncheckedIOException}.
 */
public final class RecordStream implements Iterable<ReadResult>, Closeable {

  /** Makes the result of a decoded record, validating it when the reader has a validator. */
  interface Results {
    ReadResult of(Decoded decoded, int recordNumber);
  }

  private final RecordSource source;
  private final Closeable input;
  private final Results results;
  private ReadResult next;
  private boolean exhausted;
  private int read;
  private int valid;
  private boolean iterated;

  RecordStream(RecordSource source, Closeable input, Results results) {
    this.source = source;
    this.input = input;
    this.results = results;
  }

  /**
   * The records not yet read, in input order. A record stream is read once: this may be called only
   * once.
   *
   * @return an iterator whose {@code hasNext()} and {@code next()} throw {@link
   *     UncheckedIOException} when reading the input fails
   * @throws IllegalStateException when called a second time
   */
  @Override
  public Iterator<ReadResult> iterator() {
    checkState(!iterated, "A RecordStream can be iterated only once");
    iterated = true;
    return new Records();
  }

  private final class Records implements Iterator<ReadResult> {
    @Override
    public boolean hasNext() {
      if (next == null && !exhausted) {
        try {
          Decoded decoded = source.next();
          if (decoded == null) {
            exhausted = true;
          } else {
            next = results.of(decoded, read + 1);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return next != null;
    }

    @Override
    public ReadResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ReadResult result = next;
      next = null;
      read++;
      if (result.isValid()) {
        valid++;
      }
      return result;
    }
  }

  /**
   * The counts of the records returned so far; {@link BulkSummary#complete()} becomes true once the
   * last record has been read, unless reading stopped early, at the line that {@link
   * BulkSummary#stoppedAtLine()} then gives.
   *
   * @return the summary, never null
   */
  public BulkSummary summary() {
    int stoppedAt = exhausted ? source.stoppedAtLine() : 0;
    return new BulkSummary(
        read,
        valid,
        read - valid,
        exhausted && stoppedAt == 0,
        stoppedAt > 0 ? OptionalInt.of(stoppedAt) : OptionalInt.empty());
  }

  /**
   * Closes the input, when the reader opened it (from a path); a stream passed by the caller stays
   * open.
   *
   * @throws IOException when closing fails
   */
  @Override
  public void close() throws IOException {
    try {
      source.close();
    } finally {
      if (input != null) {
        input.close();
      }
    }
  }
}
