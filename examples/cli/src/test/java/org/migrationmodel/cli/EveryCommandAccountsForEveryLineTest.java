package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.fixtures.BrokenLine;

/**
 * Whichever line of a file of programmes is broken (the first, one in the middle, the last), and
 * however (cut short, garbage, a byte that is not UTF-8, a bad escape, a lone surrogate), every
 * command that reads programmes or texts counts each line once: the records it read plus those it
 * names as unreadable, at the broken line, make the file's lines; and each exits 1 for the broken
 * record. The file is named {@code .json}, so that its layout is told from its content. Each case
 * follows from its seed, which its name gives.
 */
class EveryCommandAccountsForEveryLineTest {
  private static final Path PORTFOLIO = Path.of("../data/programmes.ndjson");
  private static final int LINES = 5;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern NAMED_LINE = Pattern.compile("\\(line (\\d+)\\) could not be read");

  @TempDir Path directory;

  static Stream<Arguments> cases() {
    return BrokenLine.everyWayAndPlace(21, LINES).stream()
        .map(broken -> Arguments.of(broken.seed(), broken.kind(), broken.line()));
  }

  @ParameterizedTest(name = "seed {0}: {1} at line {2}")
  @MethodSource("cases")
  void everyCommandCountsEveryLineAndNamesTheBrokenOne(long seed, BrokenLine kind, int line)
      throws IOException {
    Path file = directory.resolve("programmes.json");
    Files.write(file, file(seed, kind, line));
    String name = file.toString();
    String where = "seed " + seed + ", " + kind + " at line " + line;

    CliRun validate = CliRun.of("validate", "--format", "json", name);
    JsonNode summary = MAPPER.readTree(validate.out()).get("summary");
    assertThat(summary.get("programmes").asInt()).as("validate, %s", where).isEqualTo(LINES);
    assertThat(summary.get("unreadableRecords").asInt()).as("validate, %s", where).isEqualTo(1);
    assertThat(validate.exitCode()).as("validate, %s", where).isEqualTo(1);

    CliRun report = CliRun.of("report", name);
    assertThat(counted(report.out(), "the summary counts the (\\d+) programmes") + 1)
        .as("report, %s", where)
        .isEqualTo(LINES);
    assertThat(namedLines(report.err())).as("report, %s", where).containsExactly(line);
    assertThat(report.out()).as("report, %s", where).startsWith("Incomplete: 1 record");
    assertThat(report.exitCode()).as("report, %s", where).isEqualTo(1);

    CliRun crosswalk = CliRun.of("crosswalk", name);
    // Each programme's view starts with its id at the start of a line, its frameworks indented.
    long views =
        crosswalk.out().lines().filter(l -> !l.startsWith(" ")).count()
            - namedLines(crosswalk.out()).size();
    assertThat(views + namedLines(crosswalk.out()).size())
        .as("crosswalk, %s", where)
        .isEqualTo(LINES);
    assertThat(namedLines(crosswalk.out())).as("crosswalk, %s", where).containsExactly(line);
    assertThat(crosswalk.exitCode()).as("crosswalk, %s", where).isEqualTo(1);

    CliRun suggest = CliRun.of("suggest", "--format", "json", name);
    assertThat(suggest.out().lines().count() + suggestUnreadable(suggest.err(), name, line))
        .as("suggest, %s", where)
        .isEqualTo(LINES);
    assertThat(suggest.exitCode()).as("suggest, %s", where).isEqualTo(1);

    CliRun export = CliRun.of("iati", "export", "--reporting-org", "XM-DAC-47066", name);
    assertThat(export.err())
        .as("iati export, %s", where)
        .contains((LINES - 1) + " activities written, 1 programmes not written");
    assertThat(namedRecordLines(export.err())).as("iati export, %s", where).containsExactly(line);
    assertThat(export.exitCode()).as("iati export, %s", where).isEqualTo(1);
  }

  /** Five programmes of the sample portfolio, from a place the seed picks, one line broken. */
  private static byte[] file(long seed, BrokenLine kind, int brokenLine) throws IOException {
    List<String> portfolio = Files.readAllLines(PORTFOLIO, StandardCharsets.UTF_8);
    SplittableRandom random = new SplittableRandom(seed);
    int start = random.nextInt(portfolio.size() - LINES);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    for (int i = 1; i <= LINES; i++) {
      byte[] line = portfolio.get(start + i - 1).getBytes(StandardCharsets.UTF_8);
      file.writeBytes(i == brokenLine ? kind.breaking(line, random) : line);
      file.write('\n');
    }
    return file.toByteArray();
  }

  private static int counted(String output, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(output);
    assertThat(matcher.find()).as("%s in %s", regex, output).isTrue();
    return Integer.parseInt(matcher.group(1));
  }

  /** The lines of the records named as unreadable, as "(line N) could not be read". */
  private static List<Integer> namedLines(String output) {
    List<Integer> lines = new ArrayList<>();
    Matcher matcher = NAMED_LINE.matcher(output);
    while (matcher.find()) {
      lines.add(Integer.parseInt(matcher.group(1)));
    }
    return lines;
  }

  /** The lines of the records that a findings listing heads with "record N (line L)". */
  private static List<Integer> namedRecordLines(String output) {
    List<Integer> lines = new ArrayList<>();
    Matcher matcher = Pattern.compile(" record \\d+ \\(line (\\d+)\\)").matcher(output);
    while (matcher.find()) {
      lines.add(Integer.parseInt(matcher.group(1)));
    }
    return lines;
  }

  /** The records suggest names as unreadable, each at the broken line. */
  private static long suggestUnreadable(String err, String file, int line) {
    List<String> named =
        err.lines()
            .filter(l -> l.contains(" could not be read: ") || l.endsWith("Skipped."))
            .toList();
    assertThat(named)
        .allSatisfy(l -> assertThat(l).startsWith("migration-model: " + file + ":" + line + ":"));
    return named.size();
  }
}
