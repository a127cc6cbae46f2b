package org.migrationmodel.json.internal;

/**
 * A record taken from the input, whose decoding may wait, and may be done on another thread: the
 * part of reading a record that does not depend on the records before it.
 *
 * @param <T> what the record is read as
 */
public interface PendingRecord<T> {

  /**
   * Decodes the record. Safe on any thread, once the record is {@linkplain #detached() detached}.
   *
   * @return the record, never null
   */
  Decoded<T> decode();

  /**
   * The record with its own copy of any bytes it shares with its source, so that the source can
   * read on while the record waits.
   *
   * @return this record, or a copy; never null
   */
  PendingRecord<T> detached();

  /**
   * The bytes of input the record holds while it waits.
   *
   * @return the count, 0 for a record already decoded
   */
  int heldBytes();

  /**
   * A record decoded already, as one parser over a whole input must decode its records in turn.
   *
   * @param decoded the record; not null
   * @param <T> what the record is read as
   * @return the record, never null
   */
  static <T> PendingRecord<T> decoded(Decoded<T> decoded) {
    return new PendingRecord<>() {
      @Override
      public Decoded<T> decode() {
        return decoded;
      }

      @Override
      public PendingRecord<T> detached() {
        return this;
      }

      @Override
      public int heldBytes() {
        return 0;
      }
    };
  }
}
