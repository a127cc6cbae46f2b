package org.migrationmodel.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.migrationmodel.cli.MigrationModelCli;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.json.ProgrammeJson;

/** The example data files, and what the command-line tool makes of them. */
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

  /** The output of {@code migration-model validate --format json [--lenient] -} for some input. */
  static String cliJson(byte[] input, boolean lenient) {
    StringWriter out = new StringWriter();
    String[] args =
        lenient
            ? new String[] {"validate", "--format", "json", "--lenient", "-"}
            : new String[] {"validate", "--format", "json", "-"};
    MigrationModelCli.commandLine(new ByteArrayInputStream(input))
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(new StringWriter()))
        .execute(args);
    return out.toString();
  }
}
