package org.migrationmodel.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migrationmodel.json.ReadMode;

/** The service's readers: strict and lenient, on the threads its configuration gives. */
class ReadersTest {

  @Test
  void bothReadersUseTheConfiguredThreads() {
    Readers readers = new Readers(3);

    assertThat(readers.reader(false).mode()).isEqualTo(ReadMode.STRICT);
    assertThat(readers.reader(true).mode()).isEqualTo(ReadMode.LENIENT);
    assertThat(readers.reader(false).threads()).isEqualTo(3);
    assertThat(readers.reader(true).threads()).isEqualTo(3);
  }
}
