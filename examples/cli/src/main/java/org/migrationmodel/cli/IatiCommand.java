package org.migrationmodel.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code iati}: publishes programmes as IATI activities, and reads IATI activity files. */
@Command(
    name = "iati",
    mixinStandardHelpOptions = true,
    description = "Export programmes as IATI 2.03 activity XML, or import IATI activity files.",
    subcommands = {IatiExportCommand.class, IatiImportCommand.class})
final class IatiCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Give a subcommand: export or import.");
  }
}
