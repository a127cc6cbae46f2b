package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.migrationmodel.json.internal.Decoded;
import org.migrationmodel.json.internal.RecordSource;
import org.migrationmodel.programme.Programme;

/** What closing a record stream releases, seen through test doubles of its source and input. */
class RecordStreamTest {
  private final List<String> closed = new ArrayList<>();

  @Test
  void closingReleasesTheSourceAndThenTheInput() throws IOException {
    RecordStream<ReadResult> records = records(null);

    records.close();

    assertThat(closed).containsExactly("source", "input");
  }

  @Test
  void theInputIsClosedEvenWhenClosingTheSourceFails() {
    RecordStream<ReadResult> records = records(new IOException("parser gone"));

    assertThatThrownBy(records::close).hasMessage("parser gone");
    assertThat(closed).containsExactly("source", "input");
  }

  @Test
  void aRecordStreamIsIteratedOnlyOnce() {
    RecordStream<ReadResult> records = records(null);
    assertThat(records.iterator().hasNext()).isFalse();

    assertThatThrownBy(records::iterator)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only once");
  }

  /** Records of an empty source that notes its closing and then fails with the given failure. */
  private RecordStream<ReadResult> records(IOException closeFailure) {
    RecordSource<Programme> source =
        new DecodedSource(
            0,
            new AtomicInteger(),
            () -> {
              closed.add("source");
              if (closeFailure != null) {
                throw closeFailure;
              }
            });
    return new RecordStream<>(
        source,
        () -> closed.add("input"),
        new RecordStream.Results<Programme, ReadResult>() {
          @Override
          public ReadResult of(Decoded<Programme> decoded, int recordNumber) {
            throw new AssertionError("An empty source has no record");
          }

          @Override
          public boolean isValid(ReadResult result) {
            throw new AssertionError("An empty source has no record");
          }

          @Override
          public boolean isReadable(ReadResult result) {
            throw new AssertionError("An empty source has no record");
          }
        },
        1);
  }
}
