package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationmodel.fixtures.ProgrammeGenerator;

/**
 * A generated file of 30,000 activities imports in flat memory: the heap in use after a full
 * collection grows by less than 2 MiB between the 6,000th and the 30,000th activity, so a leak of
 * some 90 bytes an activity would fail it (measured: 8 KiB over 90,000 activities from the 3,000th,
 * before the importer remembered activities). The first measure comes after the {@value
 * ReadActivities#REMEMBERED} activities the importer remembers, to count each budget once, have
 * filled its memory. The file is produced by the exporter as the importer reads it, so neither side
 * ever holds it. Heap, not time, is measured: the machine is shared.
 */
class FlatMemoryImportTest {
  private static final int ACTIVITIES = 30_000;
  private static final int FIRST_MEASURE = 6_000;
  private static final long SEED = 15;
  private static final long ALLOWED_GROWTH = 2L << 20;

  @Test
  void thirtyThousandActivitiesImportInFlatMemory() throws IOException {
    List<Long> heap = new ArrayList<>();
    long[] count = {0};
    ImportSummary summary;
    try (GeneratedFile file = new GeneratedFile(ACTIVITIES, SEED)) {
      summary =
          IatiImporter.standard()
              .read(
                  file,
                  activity -> {
                    count[0]++;
                    if (count[0] == FIRST_MEASURE || count[0] == 18_000 || count[0] == ACTIVITIES) {
                      heap.add(usedHeapAfterCollection());
                    }
                  });
      System.out.printf(
          "%,d activities, %,d bytes; heap in use after a full GC at activity 6,000 / 18,000 /"
              + " 30,000: %s KiB (seed %d)%n",
          summary.activities(), file.bytes, heap.stream().map(bytes -> bytes >> 10).toList(), SEED);
    }
    assertThat(summary.activities()).isEqualTo(ACTIVITIES);
    assertThat(summary.complete()).isTrue();
    assertThat(heap.get(2) - heap.get(0))
        .as("heap growth, seed %d", SEED)
        .isLessThan(ALLOWED_GROWTH);
  }

  private static long usedHeapAfterCollection() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** An activities file of generated programmes, exported one activity at a time as it is read. */
  private static final class GeneratedFile extends InputStream {
    private final ProgrammeGenerator generator;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final IatiActivitiesWriter writer;
    private int remaining;
    private boolean finished;
    private byte[] chunk = new byte[0];
    private int position;
    long bytes;

    GeneratedFile(int activities, long seed) throws IOException {
      this.generator = new ProgrammeGenerator(seed);
      this.remaining = activities;
      this.writer = Iati.IOM.open(pending);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      while (position == chunk.length) {
        if (!refill()) {
          return -1;
        }
      }
      int n = Math.min(length, chunk.length - position);
      System.arraycopy(chunk, position, buffer, offset, n);
      position += n;
      bytes += n;
      return n;
    }

    private boolean refill() throws IOException {
      if (finished) {
        return false;
      }
      if (remaining > 0) {
        writer.write(generator.next());
        remaining--;
      } else {
        writer.finish();
        finished = true;
      }
      chunk = pending.toByteArray();
      pending.reset();
      position = 0;
      return true;
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }
}
