package org.migrationmodel.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Finding;

/**
 * Writes the findings document, which the command-line tool's {@code validate --format json} prints
 * and the service's {@code /api/v1/validate} answers: one JSON object with a {@code records} array
 * (every record read, with its findings in {@link RootCausesFirst} order), an {@code inputProblems}
 * array (each input that could not be read, or not to its end, then with the line where reading
 * stopped and the lines of text it left) and a {@code summary} of the run's counts. Records are
 * written as they are read, so that memory stays flat; the few input problems are kept until the
 * end. For one run, in one thread.
 */
public final class JsonFindingsPrinter implements FindingsPrinter {
  private final JsonGenerator json;
  private final List<InputProblem> problems = new ArrayList<>();

  /**
   * A printer that writes to a writer, which it flushes at the end but does not close.
   *
   * @param out where the JSON goes; not null
   * @throws IOException when the writer fails
   * @throws NullPointerException when the writer is null
   */
  public JsonFindingsPrinter(Writer out) throws IOException {
    this.json =
        new JsonFactory().createGenerator(checkNotNull(out, "out")).useDefaultPrettyPrinter();
  }

  @Override
  public void start() throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("records");
  }

  @Override
  public void record(String input, ReadResult record) throws IOException {
    json.writeStartObject();
    json.writeStringField("input", input);
    json.writeNumberField("record", record.recordNumber());
    json.writeNumberField("line", record.line());
    if (record.programme().isPresent()) {
      json.writeStringField("id", record.programme().map(Programme::id).get());
    }
    json.writeBooleanField("valid", record.report().isValid());
    json.writeArrayFieldStart("findings");
    for (Finding finding : RootCausesFirst.of(record.report())) {
      writeFinding(finding);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void writeFinding(Finding finding) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", finding.ruleId());
    json.writeStringField("severity", finding.severity().name());
    json.writeStringField("pointer", finding.location().path());
    writeOptional("line", finding.line());
    writeOptional("column", finding.column());
    json.writeStringField("message", finding.message());
    if (!finding.suggestions().isEmpty()) {
      json.writeArrayFieldStart("suggestions");
      for (String suggestion : finding.suggestions()) {
        json.writeString(suggestion);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private void writeOptional(String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      json.writeNumberField(name, value.getAsInt());
    }
  }

  @Override
  public void problem(InputProblem problem) {
    problems.add(problem);
  }

  @Override
  public void finish(RunSummary totals) throws IOException {
    json.writeEndArray();
    json.writeArrayFieldStart("inputProblems");
    for (InputProblem problem : problems) {
      json.writeStartObject();
      json.writeStringField("input", problem.input());
      json.writeStringField("problem", problem.reason());
      writeOptional("line", problem.line());
      if (problem.readInPart()) {
        json.writeNumberField("linesNotRead", problem.linesNotRead());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectFieldStart("summary");
    json.writeNumberField("programmes", totals.programmes());
    json.writeNumberField("valid", totals.valid());
    json.writeNumberField("invalid", totals.invalid());
    json.writeNumberField("errors", totals.errors());
    json.writeNumberField("warnings", totals.warnings());
    json.writeNumberField("notes", totals.notes());
    json.writeNumberField("unreadableRecords", totals.unreadableRecords());
    json.writeNumberField("unreadableInputs", totals.unreadableInputs());
    json.writeNumberField("inputsReadInPart", totals.inputsReadInPart());
    json.writeNumberField("linesNotRead", totals.linesNotRead());
    json.writeEndObject();
    json.writeEndObject();
    json.flush();
  }
}
