package org.migrationmodel.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmodel.report.RunSummary;
import org.migrationmodel.spark.ValidateJob;

/**
 * The command-line tool, the service and the Spark job give the same output for the same input: for
 * each sample file, the tool's {@code validate --format json} and the service's findings document
 * are equal but for the input's name, the job's table holds the same findings in the same order,
 * the three summary lines are one, and the tool's HTML portfolio report is the service's.
 */
class SameOutputTest {
  private static final Path DATA = Path.of("..", "data").toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path directory;
  private static Applications.Service service;
  private static SparkSession spark;

  @BeforeAll
  static void start() throws IOException, InterruptedException {
    service = Applications.Service.start(directory.resolve("service.log"));
    spark =
        SparkSession.builder()
            .appName("migration-model consistency")
            .master("local[2]")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            // Blocks of a few records, so that each file is read in many splits.
            .config("spark.sql.files.maxPartitionBytes", "4096")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
    if (spark != null) {
      spark.stop();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"programmes.ndjson", "broken-programmes.ndjson"})
  void theToolTheServiceAndTheJobAgree(String name) throws Exception {
    Path file = DATA.resolve(name);

    JsonNode tool =
        JSON.readTree(
            Applications.tool(directory, "validate", "--format", "json", file.toString()).out());
    String toolLine = lastLine(Applications.tool(directory, "validate", file.toString()).out());
    JsonNode served = JSON.readTree(service.post("api/v1/validate", file));
    StringWriter jobOut = new StringWriter();
    Path table = directory.resolve("findings-" + name);
    int jobStatus =
        ValidateJob.commandLine(() -> spark)
            .setOut(new PrintWriter(jobOut, true))
            .execute(file.toString(), "--output", table.toString(), "--format", "json");

    // The findings document, the input's name apart: the tool names the file, the service the
    // request.
    assertThat(withInput(served, "file")).isEqualTo(withInput(tool, "file"));
    // The summary line, which the service's document gives as counts.
    assertThat(toolLine).isEqualTo(summaryLine(served.get("summary")));
    assertThat(lastLine(jobOut.toString())).isEqualTo(toolLine);
    assertThat(jobStatus).isEqualTo(tool.at("/summary/invalid").asInt() > 0 ? 1 : 0);
    // Every finding in the same order, record by record.
    List<List<Object>> toolFindings = findings(tool);
    assertThat(jobFindings(table)).isEqualTo(toolFindings);

    // Guards the comparison against passing on documents that are empty or nearly so.
    assertThat(tool.at("/summary/programmes").asInt()).isGreaterThan(30);
    if (name.startsWith("broken")) {
      assertThat(toolFindings.stream().map(finding -> finding.get(2)).distinct().count())
          .isGreaterThan(20);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"programmes.ndjson", "broken-programmes.ndjson"})
  void theToolAndTheServiceDrawTheSamePortfolioReport(String name) throws Exception {
    Path file = DATA.resolve(name);
    Path page = directory.resolve("report-" + name + ".html");

    Applications.tool(directory, "report", "--html", page.toString(), file.toString());

    String served = service.post("api/v1/report", file);
    assertThat(served).startsWith("<!DOCTYPE html>").contains("<section class=\"area a0\">");
    // The tool names an unread record by its file, the service by "request" (its findings
    // document's input): nothing else may differ.
    String drawn =
        Files.readString(page, StandardCharsets.UTF_8)
            .replace(file + " record ", "request record ");
    assertThat(served).isEqualTo(drawn);
    if (name.startsWith("broken")) {
      assertThat(served).contains("Incomplete: 4 records could not be read");
    }
  }

  private static JsonNode withInput(JsonNode document, String input) {
    JsonNode copy = document.deepCopy();
    copy.get("records").forEach(record -> ((ObjectNode) record).put("input", input));
    return copy;
  }

  // The summary line of a findings document's counts, as the tool prints it.
  private static String summaryLine(JsonNode summary) {
    return new RunSummary(
            summary.get("programmes").asLong(),
            summary.get("valid").asLong(),
            summary.get("errors").asLong(),
            summary.get("warnings").asLong(),
            summary.get("notes").asLong(),
            0,
            summary.get("unreadableRecords").asLong(),
            summary.get("unreadableInputs").asLong(),
            summary.get("inputsReadInPart").asLong(),
            summary.get("linesNotRead").asLong())
        .line();
  }

  /** Each finding of a findings document: record line, place in the record, then the finding. */
  private static List<List<Object>> findings(JsonNode document) {
    List<List<Object>> findings = new ArrayList<>();
    for (JsonNode record : document.get("records")) {
      int place = 1;
      for (JsonNode finding : record.get("findings")) {
        findings.add(
            List.of(
                record.get("line").asLong(),
                place++,
                finding.get("ruleId").asText(),
                finding.get("severity").asText(),
                finding.get("pointer").asText(),
                finding.path("line").asInt(0),
                finding.path("column").asInt(0),
                finding.get("message").asText(),
                record.path("id").asText("")));
      }
    }
    return findings;
  }

  /** The same of the job's JSON table, in the order of record line and place. */
  private static List<List<Object>> jobFindings(Path table) throws IOException {
    List<List<Object>> findings = new ArrayList<>();
    List<Path> parts;
    try (Stream<Path> files = Files.list(table)) {
      parts = files.filter(part -> part.getFileName().toString().endsWith(".json")).toList();
    }
    for (Path part : parts) {
      for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
        JsonNode row = JSON.readTree(line);
        findings.add(
            List.of(
                row.get("line").asLong(),
                row.get("finding").asInt(),
                row.get("rule_id").asText(),
                row.get("severity").asText(),
                row.get("pointer").asText(),
                row.path("finding_line").asInt(0),
                row.path("finding_column").asInt(0),
                row.get("message").asText(),
                row.path("record_id").asText("")));
      }
    }
    findings.sort(
        Comparator.comparingLong((List<Object> finding) -> (Long) finding.get(0))
            .thenComparingInt(finding -> (Integer) finding.get(1)));
    return findings;
  }

  private static String lastLine(String text) {
    List<String> lines = text.strip().lines().toList();
    return lines.get(lines.size() - 1);
  }
}
