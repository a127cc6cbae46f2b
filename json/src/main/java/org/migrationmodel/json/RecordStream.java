package org.migrationmodel.json;

import static com.google.common.base.Preconditions.checkState;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import org.migrationmodel.json.internal.Decoded;
import org.migrationmodel.json.internal.PendingRecord;
import org.migrationmodel.json.internal.RecordSource;

/**
 * The records of an input, read one at a time as they are asked for, so that memory stays the same
 * however long the input is: {@link ReadResult}s of programmes, or {@link JsonRecord}s of records
 * read as JSON trees. Each record carries its record number and line; a record that could not be
 * read is still a result, with its findings, so that nothing is dropped unreported, and {@link
 * #summary()} says when reading stopped with text left unread.
 *
 * <p>Read it with a for-each loop inside try-with-resources, as a {@link
 * java.nio.file.DirectoryStream} is read; like one, it can be iterated only once:
 *
 * <pre>{@code
 * try (RecordStream<ReadResult> records = reader.records(path)) {
 *   for (ReadResult record : records) {
 *     if (!record.isValid()) {
 *       System.out.println(record.recordNumber() + ": " + record.report());
 *     }
 *   }
 *   BulkSummary summary = records.summary();
 * }
 * }</pre>
 *
 * <p>With a reader built with {@link ProgrammeReader.Builder#threads(int) threads}, records are
 * decoded and validated on that many worker threads a bounded window ahead of the loop, and come in
 * input order with the same results as on one thread; the workers stop when the stream is closed or
 * read to its end.
 *
 * <p>Not thread-safe: read it from one thread. Close it to release the input; an I/O failure while
 * reading is thrown as an {@link UncheckedIOException}.
 *
 * @param <R> the result of each record
 */
public final class RecordStream<R> implements Iterable<R>, Closeable {

  /** Makes the result of each decoded record, and tells what the summary counts of it. */
  interface Results<T, R> {
    R of(Decoded<T> decoded, int recordNumber);

    boolean isValid(R result);

    boolean isReadable(R result);
  }

  /** Reads the next record's result, or null at the end of the input. */
  private interface Next<R> {
    R read(int recordNumber) throws IOException;
  }

  private final RecordSource<?> source;
  private final Closeable input;
  private final Next<R> nextResult;
  private final Runnable stopWorkers;
  private final Results<?, R> results;
  private R next;
  private boolean exhausted;
  private int read;
  private int valid;
  private int unreadable;
  private boolean iterated;

  <T> RecordStream(RecordSource<T> source, Closeable input, Results<T, R> results, int threads) {
    this.source = source;
    this.input = input;
    this.results = results;
    if (threads > 1) {
      InOrderDecoding<T, R> decoding = new InOrderDecoding<>(source, results, threads);
      this.nextResult = recordNumber -> decoding.next();
      this.stopWorkers = decoding::close;
    } else {
      this.nextResult =
          recordNumber -> {
            PendingRecord<T> pending = source.next();
            return pending == null ? null : results.of(pending.decode(), recordNumber);
          };
      this.stopWorkers = () -> {};
    }
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
  public Iterator<R> iterator() {
    checkState(!iterated, "A RecordStream can be iterated only once");
    iterated = true;
    return new Records();
  }

  private final class Records implements Iterator<R> {
    @Override
    public boolean hasNext() {
      if (next == null && !exhausted) {
        try {
          next = nextResult.read(read + 1);
          exhausted = next == null;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return next != null;
    }

    @Override
    public R next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      R result = next;
      next = null;
      read++;
      if (results.isValid(result)) {
        valid++;
      }
      if (!results.isReadable(result)) {
        unreadable++;
      }
      return result;
    }
  }

  /**
   * The counts of the records returned so far; {@link BulkSummary#complete()} becomes true once the
   * last record has been read, unless reading stopped with text left unread, at the line that
   * {@link BulkSummary#stoppedAtLine()} then gives, with {@link BulkSummary#linesNotRead()}.
   *
   * @return the summary, never null
   */
  public BulkSummary summary() {
    int stoppedAt = exhausted ? source.stoppedAtLine() : 0;
    return new BulkSummary(
        read,
        valid,
        read - valid,
        unreadable,
        exhausted && stoppedAt == 0,
        stoppedAt > 0 ? OptionalInt.of(stoppedAt) : OptionalInt.empty(),
        stoppedAt > 0 ? source.linesNotRead() : 0);
  }

  /**
   * Closes the input, when the reader opened it (from a path); a stream passed by the caller stays
   * open.
   *
   * @throws IOException when closing fails
   */
  @Override
  public void close() throws IOException {
    stopWorkers.run();
    try {
      source.close();
    } finally {
      if (input != null) {
        input.close();
      }
    }
  }
}
