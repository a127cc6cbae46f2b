package org.migrationmodel.json;

import com.google.common.collect.ImmutableList;
import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.migrationmodel.json.internal.Decoded;
import org.migrationmodel.json.internal.PendingRecord;
import org.migrationmodel.json.internal.RecordSource;
import org.migrationmodel.programme.Programme;

/**
 * A source of records that are decoded already (with no programme and no finding), for the tests of
 * what takes records from a source: it counts the records taken and runs an action when closed.
 */
final class DecodedSource implements RecordSource<Programme> {
  private static final Decoded<Programme> NOTHING =
      new Decoded<>(null, ImmutableList.of(), 1, null);

  private final int records;
  private final AtomicInteger taken;
  private final Closeable onClose;

  /**
   * @param records how many records the source gives
   * @param taken counts the records taken
   * @param onClose run when the source is closed
   */
  DecodedSource(int records, AtomicInteger taken, Closeable onClose) {
    this.records = records;
    this.taken = taken;
    this.onClose = onClose;
  }

  @Override
  public PendingRecord<Programme> next() {
    if (taken.get() >= records) {
      return null;
    }
    taken.incrementAndGet();
    return PendingRecord.decoded(NOTHING);
  }

  @Override
  public int stoppedAtLine() {
    return 0;
  }

  @Override
  public long linesNotRead() {
    return 0;
  }

  @Override
  public void close() throws IOException {
    onClose.close();
  }
}
