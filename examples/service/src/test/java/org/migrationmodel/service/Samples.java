package org.migrationmodel.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.json.ProgrammeJson;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadMode;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.json.RecordStream;
import org.migrationmodel.report.JsonFindingsPrinter;
import org.migrationmodel.report.RunTotals;
import org.migrationmodel.validation.Validator;

/** The example data files, and what the library makes of them. */
final class Samples {
  /** 32 programmes, each breaking something. */
  static final Path BROKEN =
      Path.of("../data/broken-programmes.ndjson").toAbsolutePath().normalize();

  /** 44 clean programmes. */
  static final Path PROGRAMMES = Path.of("../data/programmes.ndjson").toAbsolutePath().normalize();

  private Samples() {}

  static byte[] bytes(Path file) throws IOException {
    return Files.readAllBytes(file);
  }

  /** One clean programme document, the same for every call with a seed. */
  static String cleanDocument(long seed) {
    return ProgrammeJson.writer().write(new ProgrammeGenerator(seed).next());
  }

  /**
   * The library's findings document for some input read with the standard validator, as the service
   * writes it: its records' {@code input} is {@value ValidateController#INPUT}.
   */
  static String findingsDocument(byte[] input, boolean lenient) throws IOException {
    ProgrammeReader reader =
        ProgrammeReader.builder()
            .mode(lenient ? ReadMode.LENIENT : ReadMode.STRICT)
            .validator(Validator.standard())
            .build();
    StringWriter out = new StringWriter();
    JsonFindingsPrinter printer = new JsonFindingsPrinter(out);
    RunTotals totals = new RunTotals();
    printer.start();
    try (RecordStream<ReadResult> records = reader.records(new ByteArrayInputStream(input))) {
      for (ReadResult record : records) {
        totals.add(record);
        printer.record(ValidateController.INPUT, record);
      }
    }
    printer.finish(totals.summary());
    return out.toString();
  }
}
