package org.migrationmodel.service;

import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadMode;
import org.migrationmodel.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * The two readers the service uses, strict and lenient, each validating with the standard rules and
 * keeping the library's default limits (nesting, string, number, name and record lengths).
 */
@Component
final class Readers {
  private final ProgrammeReader strict =
      ProgrammeReader.builder().mode(ReadMode.STRICT).validator(Validator.standard()).build();
  private final ProgrammeReader lenient = strict.toBuilder().mode(ReadMode.LENIENT).build();

  ProgrammeReader reader(boolean lenientReading) {
    return lenientReading ? lenient : strict;
  }
}
