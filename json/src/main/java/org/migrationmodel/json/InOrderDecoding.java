package org.migrationmodel.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.migrationmodel.json.internal.PendingRecord;
import org.migrationmodel.json.internal.RecordSource;

/**
 * Decodes and validates the records of a source on worker threads, a bounded window ahead of the
 * caller, and gives their results back in input order. The caller's thread takes the records from
 * the input, which must be read in turn; the workers do the rest. The window holds at most {@link
 * #RECORDS_PER_THREAD} records a thread and {@link #MAX_HELD_BYTES} bytes of input (and always one
 * record, however long), so memory does not grow with the input. Not thread-safe: one caller.
 *
 * @param <T> what a record is read as
 * @param <R> the result of each record
 */
final class InOrderDecoding<T, R> {
  // Enough for each worker to find a record waiting while the caller takes the next from the input.
  static final int RECORDS_PER_THREAD = 64;
  static final long MAX_HELD_BYTES = 64L << 20;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final RecordSource<T> source;
  private final RecordStream.Results<T, R> results;
  private final ExecutorService workers;
  private final int maxRecords;
  private final Deque<InFlight<R>> window = new ArrayDeque<>();
  private long heldBytes;
  private int taken;
  private boolean sourceEnded;

  private record InFlight<R>(CompletableFuture<R> result, int heldBytes) {}

  InOrderDecoding(RecordSource<T> source, RecordStream.Results<T, R> results, int threads) {
    this.source = source;
    this.results = results;
    this.maxRecords = threads * RECORDS_PER_THREAD;
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            workerThreads("migration-model-reader-" + POOLS.incrementAndGet()));
    // Idle workers end, so a stream left unclosed and unfinished keeps no thread alive.
    pool.allowCoreThreadTimeOut(true);
    this.workers = pool;
  }

  /**
   * The next record's result, in input order.
   *
   * @return the result, or null when the input has no more
   * @throws IOException when reading the input fails
   */
  R next() throws IOException {
    while (!sourceEnded
        && (window.isEmpty() || (window.size() < maxRecords && heldBytes < MAX_HELD_BYTES))) {
      PendingRecord<T> pending = source.next();
      if (pending == null) {
        sourceEnded = true;
      } else {
        submit(pending.detached());
      }
    }
    InFlight<R> head = window.poll();
    if (head == null) {
      close();
      return null;
    }
    heldBytes -= head.heldBytes();
    try {
      return head.result().join();
    } catch (CompletionException e) {
      throw rethrown(e.getCause());
    }
  }

  private void submit(PendingRecord<T> record) {
    int recordNumber = ++taken;
    heldBytes += record.heldBytes();
    window.add(
        new InFlight<>(
            CompletableFuture.supplyAsync(() -> results.of(record.decode(), recordNumber), workers),
            record.heldBytes()));
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new UncheckedIOException(new IOException(cause));
  }

  /** Stops the workers; records still in the window are dropped. */
  void close() {
    workers.shutdownNow();
  }

  private static ThreadFactory workerThreads(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      // Workers must never keep an application from exiting.
      thread.setDaemon(true);
      return thread;
    };
  }
}
