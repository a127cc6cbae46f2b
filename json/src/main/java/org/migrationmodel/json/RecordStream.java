package org.migrationmodel.json;

import com.google.common.collect.Streams;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.migrationmodel.json.internal.Decoded;
import org.migrationmodel.json.internal.RecordSource;

/**
 * The records of a JSON array or NDJSON input, read one at a time as they are asked for, so that
 * memory stays the same however long the input is. Each record is a {@link ReadResult} with its
 * record number and line; a record that could not be read is still a result, with its findings, so
 * that nothing is dropped unreported.
 *
 * <pre>{@code
 * try (RecordStream records = reader.records(path, BulkFormat.NDJSON)) {
 *   records.stream().filter(record -> !record.isValid()).forEach(System.out::println);
 *   BulkSummary summary = records.summary();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: read it from one thread. Close it to release the input; an I/O failure while
 * reading is thrown as an {@link UncheckedIOException}.
 */
public final class RecordStream implements Iterator<ReadResult>, Closeable {

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

  RecordStream(RecordSource source, Closeable input, Results results) {
    this.source = source;
    this.input = input;
    this.results = results;
  }

  /**
   * Whether another record follows; reads it when it has not been read yet.
   *
   * @return true when {@link #next()} has a record to return
   * @throws UncheckedIOException when reading the input fails
   */
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

  /**
   * The next record.
   *
   * @return the record's result, never null
   * @throws NoSuchElementException when there are no more records
   * @throws UncheckedIOException when reading the input fails
   */
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

  /**
   * The records not yet read, as a sequential stream that closes this when it is closed.
   *
   * @return a stream, never null
   */
  public Stream<ReadResult> stream() {
    return Streams.stream(this)
        .onClose(
            () -> {
              try {
                close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
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
