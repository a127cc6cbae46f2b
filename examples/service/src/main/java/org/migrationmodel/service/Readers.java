package org.migrationmodel.service;

import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadMode;
import org.migrationmodel.validation.Validator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The two readers the service uses, strict and lenient, each validating with the standard rules and
 * keeping the library's default limits (nesting, string, number, name and record lengths). Each
 * request's records are read and validated on {@code migration-model.service.reading-threads}
 * threads of its own: a large upload is answered sooner, while a small one starts one worker.
 */
@Component
final class Readers {
  private final ProgrammeReader strict;
  private final ProgrammeReader lenient;

  Readers(@Value("${migration-model.service.reading-threads}") int threads) {
    this.strict =
        ProgrammeReader.builder()
            .mode(ReadMode.STRICT)
            .validator(Validator.standard())
            .threads(threads)
            .build();
    this.lenient = strict.toBuilder().mode(ReadMode.LENIENT).build();
  }

  ProgrammeReader reader(boolean lenientReading) {
    return lenientReading ? lenient : strict;
  }
}
