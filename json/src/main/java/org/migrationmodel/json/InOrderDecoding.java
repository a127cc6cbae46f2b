package org.migrationmodel.json;

import com.google.common.base.Throwables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
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
 * the input, which must be read in turn, and hands them to the workers in batches (at most {@link
 * #BATCH_RECORDS} records or {@link #BATCH_BYTES} bytes, or one longer record), since a hand-over
 * costs more than a record's work; the workers do the rest. At most {@link #BATCHES_PER_THREAD}
 * batches a thread are in flight, so memory does not grow with the input. Not thread-safe: one
 * caller.
 *
 * @param <T> what a record is read as
 * @param <R> the result of each record
 */
final class InOrderDecoding<T, R> {
  static final int BATCH_RECORDS = 128;
  static final int BATCH_BYTES = 1 << 20;
  // Enough for each worker to find a batch waiting while the caller fills the next.
  static final int BATCHES_PER_THREAD = 4;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final RecordSource<T> source;
  private final RecordStream.Results<T, R> results;
  private final ExecutorService workers;
  private final int maxBatches;
  private final Deque<CompletableFuture<List<R>>> window = new ArrayDeque<>();
  private Iterator<R> current = Collections.emptyIterator();
  private int taken;
  private boolean sourceEnded;

  InOrderDecoding(RecordSource<T> source, RecordStream.Results<T, R> results, int threads) {
    this.source = source;
    this.results = results;
    this.maxBatches = threads * BATCHES_PER_THREAD;
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
    if (!current.hasNext()) {
      while (!sourceEnded && window.size() < maxBatches) {
        submitBatch();
      }
      CompletableFuture<List<R>> head = window.poll();
      if (head == null) {
        close();
        return null;
      }
      try {
        current = head.join().iterator();
      } catch (CompletionException e) {
        Throwables.throwIfUnchecked(e.getCause());
        throw new UncheckedIOException(new IOException(e.getCause()));
      }
    }
    return current.next();
  }

  /** Takes the next batch of records from the input, if any, and hands it to the workers. */
  private void submitBatch() throws IOException {
    List<PendingRecord<T>> batch = new ArrayList<>();
    int firstNumber = taken + 1;
    long bytes = 0;
    while (batch.size() < BATCH_RECORDS && bytes < BATCH_BYTES) {
      PendingRecord<T> pending = source.next();
      if (pending == null) {
        sourceEnded = true;
        break;
      }
      batch.add(pending.detached());
      bytes += pending.heldBytes();
      taken++;
    }
    if (!batch.isEmpty()) {
      window.add(CompletableFuture.supplyAsync(() -> decode(batch, firstNumber), workers));
    }
  }

  private List<R> decode(List<PendingRecord<T>> batch, int firstNumber) {
    List<R> decoded = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      decoded.add(results.of(batch.get(i).decode(), firstNumber + i));
    }
    return decoded;
  }

  /** Stops the workers; the records still in the window are dropped. */
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
