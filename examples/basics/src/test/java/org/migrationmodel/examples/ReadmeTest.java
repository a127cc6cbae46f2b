package org.migrationmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's promises that code can check: its first commands, the quick start's code and output,
 * and that CI runs the test command the README gives.
 */
class ReadmeTest {
  private static final Path README = Path.of("../../README.md");
  private static final Path QUICK_START =
      Path.of("src/main/java/org/migrationmodel/examples/QuickStart.java");

  @Test
  void theFirstTwoCommandsBuildAndRunTheMainJobThenTheTests() throws IOException {
    assertThat(block("## Try it", "```sh"))
        .containsExactly(
            "./mvnw -q -pl examples/cli -am package -DskipTests && java -jar"
                + " examples/cli/target/migration-model.jar validate examples/data/programmes.ndjson",
            "./mvnw -B verify");
  }

  @Test
  void continuousIntegrationRunsTheReadmesTestCommand() throws IOException {
    // .ci/run runs each command as a timed step: the command ends the line that runs it.
    assertThat(Files.readAllLines(Path.of("../../.ci/run")))
        .filteredOn(line -> !line.strip().startsWith("#"))
        .anyMatch(line -> line.strip().endsWith(" ./mvnw -B verify"));
  }

  @Test
  void theQuickStartInTheReadmeIsTheExampleClassWithoutItsPackage() throws IOException {
    List<String> source = Files.readAllLines(QUICK_START);
    assertThat(source.subList(0, 2)).containsExactly("package org.migrationmodel.examples;", "");
    assertThat(block("## Java quick start", "```java"))
        .containsExactlyElementsOf(source.subList(2, source.size()));
  }

  @Test
  void theQuickStartPrintsWhatTheReadmeShows() throws Exception {
    String output = StandardOutput.of(() -> QuickStart.main(new String[0]));
    assertThat(output.lines()).containsExactlyElementsOf(block("## Java quick start", "```text"));
  }

  /** The lines of the README's first code block that opens with {@code fence} after a heading. */
  private static List<String> block(String heading, String fence) throws IOException {
    List<String> lines = Files.readAllLines(README);
    int section = lines.indexOf(heading);
    assertThat(section).as("README heading %s", heading).isNotNegative();
    int open = section + lines.subList(section, lines.size()).indexOf(fence);
    int close = open + 1 + lines.subList(open + 1, lines.size()).indexOf("```");
    return lines.subList(open + 1, close);
  }
}
