package org.migrationmodel.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.migrationmodel.cli.MigrationModelCli;
import picocli.CommandLine;

/** Runs the command-line tool's {@code validate} in-process, for the job's results to match. */
final class CommandLineTool {
  private CommandLineTool() {}

  /** The last line the tool prints for {@code validate [options] files}: its summary. */
  static String summaryLine(List<String> options, String... files) {
    List<String> lines = validate(options, files, "text").strip().lines().toList();
    return lines.get(lines.size() - 1);
  }

  /** Every finding of {@code validate --format json [options] files}, in the tool's order. */
  static List<FindingRow> findings(List<String> options, String... files) {
    JsonNode run;
    try {
      run = new ObjectMapper().readTree(validate(options, files, "json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<FindingRow> rows = new ArrayList<>();
    for (JsonNode record : run.get("records")) {
      int position = 1;
      for (JsonNode finding : record.get("findings")) {
        rows.add(
            new FindingRow(
                FindingRow.fileName(record.get("input").asText()),
                record.get("line").asLong(),
                record.has("id") ? record.get("id").asText() : null,
                position++,
                finding.get("ruleId").asText(),
                finding.get("severity").asText(),
                finding.get("pointer").asText(),
                optionalInt(finding, "line"),
                optionalInt(finding, "column"),
                finding.get("message").asText()));
      }
    }
    return rows;
  }

  private static Integer optionalInt(JsonNode finding, String name) {
    return finding.has(name) ? finding.get(name).asInt() : null;
  }

  private static String validate(List<String> options, String[] files, String format) {
    List<String> args = new ArrayList<>(List.of("validate", "--format", format));
    args.addAll(options);
    args.addAll(List.of(files));
    StringWriter out = new StringWriter();
    CommandLine tool = MigrationModelCli.commandLine(new ByteArrayInputStream(new byte[0]));
    tool.setOut(new PrintWriter(out, true));
    tool.setErr(new PrintWriter(new StringWriter(), true));
    int status = tool.execute(args.toArray(String[]::new));
    if (status > 1) {
      throw new IllegalStateException("The tool failed with status " + status + ": " + args);
    }
    return out.toString();
  }
}
