package org.migrationmodel.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the tool in-process and keeps its exit code and both output streams. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    return withInput(new byte[0], args);
  }

  /** Runs the tool with the given bytes on standard input. */
  static CliRun withInput(byte[] standardInput, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine =
        MigrationModelCli.commandLine(new ByteArrayInputStream(standardInput), args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }
}
