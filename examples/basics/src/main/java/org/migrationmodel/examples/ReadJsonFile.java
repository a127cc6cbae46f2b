package org.migrationmodel.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.migrationmodel.json.BatchResult;
import org.migrationmodel.json.BulkFormat;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.validation.Validator;

/** Example: read an NDJSON file of programmes and print each record's findings. */
public final class ReadJsonFile {
  private ReadJsonFile() {}

  /**
   * Runs the example.
   *
   * @param args the file to read; {@code examples/data/broken-programmes.ndjson} by default
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/data/broken-programmes.ndjson");
    ProgrammeReader reader = ProgrammeReader.builder().validator(Validator.standard()).build();
    BatchResult batch = reader.readAll(file, BulkFormat.NDJSON);
    for (ReadResult record : batch.records()) {
      record
          .report()
          .findings()
          .forEach(finding -> System.out.println("line " + record.line() + ": " + finding));
    }
    System.out.println(batch.summary());
  }
}
