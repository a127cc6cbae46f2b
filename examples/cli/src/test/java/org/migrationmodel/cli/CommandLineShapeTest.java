package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The tool's command line holds the subcommand it is asked to run, or all of them. */
class CommandLineShapeTest {

  private static final String[] EVERY_SUBCOMMAND = {
    "validate", "report", "crosswalk", "catalogue", "explain", "suggest", "iati"
  };

  private static CommandLine commandLine(String... args) {
    return MigrationModelCli.commandLine(new ByteArrayInputStream(new byte[0]), args);
  }

  @Test
  void argumentsThatStartWithASubcommandGetThatSubcommandAlone() {
    assertThat(commandLine("validate", "in.ndjson").getSubcommands()).containsOnlyKeys("validate");
    assertThat(commandLine("iati", "import", "a.xml").getSubcommands()).containsOnlyKeys("iati");
  }

  @Test
  void argumentsThatStartWithNoSubcommandGetEverySubcommandInTheHelpsOrder() {
    assertThat(commandLine().getSubcommands()).containsOnlyKeys(EVERY_SUBCOMMAND);
    assertThat(commandLine("--help").getSubcommands().keySet()).containsExactly(EVERY_SUBCOMMAND);
    assertThat(commandLine("valdate").getSubcommands()).containsOnlyKeys(EVERY_SUBCOMMAND);
  }

  @Test
  void theToolsHelpListsEverySubcommand() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    for (String subcommand : EVERY_SUBCOMMAND) {
      assertThat(run.out()).containsPattern("(?m)^\\s+" + subcommand + "\\s");
    }
  }

  @Test
  void aSubcommandsHelpNamesItUnderTheTool() {
    CliRun run = CliRun.of("validate", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: migration-model validate ");
  }

  @Test
  void anUnknownSubcommandIsAUsageErrorThatNamesTheKnownOnes() {
    CliRun run = CliRun.of("valdate", "in.ndjson");

    assertThat(run.exitCode()).isEqualTo(MigrationModelCli.EXIT_USAGE_OR_IO);
    assertThat(run.err()).contains("valdate").contains("validate");
  }

  @Test
  void aSubcommandAloneAcceptsEnumValuesInAnyCase() {
    assertThat(
            commandLine("report")
                .getSubcommands()
                .get("report")
                .isCaseInsensitiveEnumValuesAllowed())
        .isTrue();
  }
}
