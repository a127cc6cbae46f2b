package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --threads}: the same output, byte for byte, on any number of threads. */
class ThreadsOptionTest {
  private static final List<String> FILES =
      List.of("../data/broken-programmes.ndjson", "../data/programmes.ndjson");

  static Stream<List<String>> commands() {
    return Stream.of(
        List.of("validate", "--format", "text"),
        List.of("validate", "--format", "json"),
        List.of("report"),
        List.of("crosswalk"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void everyCountOfThreadsPrintsWhatOneThreadPrints(List<String> command) {
    CliRun alone = run(command, "1");

    assertThat(alone.out()).isNotBlank();
    for (String threads : List.of("2", "5")) {
      assertThat(run(command, threads)).as("%s --threads %s", command, threads).isEqualTo(alone);
    }
  }

  @ParameterizedTest(name = "--threads {0}")
  @ValueSource(strings = {"0", "-1", "many"})
  void fewerThanOneThreadIsAUsageError(String threads) {
    CliRun run = CliRun.of("validate", "--threads", threads, FILES.get(0));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--threads");
  }

  private static CliRun run(List<String> command, String threads) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--threads", threads));
    args.addAll(FILES);
    return CliRun.of(args.toArray(String[]::new));
  }
}
