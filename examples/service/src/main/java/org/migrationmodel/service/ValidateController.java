package org.migrationmodel.service;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.json.RecordStream;
import org.migrationmodel.report.InputProblem;
import org.migrationmodel.report.JsonFindingsPrinter;
import org.migrationmodel.report.RunTotals;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/validate}: reads and validates the programmes of the body and answers with
 * the findings document, as the command-line tool's {@code --format json} prints it, written as the
 * records are read; a body whose reading stopped early has an input problem with the line and the
 * lines of text not read.
 */
@RestController
final class ValidateController {
  /** What the {@code input} member of each record says: the findings come from the body. */
  static final String INPUT = "request";

  private final ProgrammeRecords programmes;

  ValidateController(ProgrammeRecords programmes) {
    this.programmes = programmes;
  }

  @PostMapping(
      path = "/api/v1/validate",
      consumes = {MediaType.APPLICATION_JSON_VALUE, ProgrammeRecords.NDJSON},
      produces = MediaType.APPLICATION_JSON_VALUE)
  void validate(
      @RequestParam(defaultValue = "false") boolean lenient,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    try (RecordStream<ReadResult> records = programmes.read(request, lenient)) {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer out =
          new BufferedWriter(
              new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
      JsonFindingsPrinter printer = new JsonFindingsPrinter(out);
      RunTotals totals = new RunTotals();
      printer.start();
      for (ReadResult record : records) {
        totals.add(record);
        printer.record(INPUT, record);
      }
      Optional<InputProblem> stopped = InputProblem.of(INPUT, records.summary());
      if (stopped.isPresent()) {
        totals.add(stopped.get());
        printer.problem(stopped.get());
      }
      printer.finish(totals.summary());
    }
  }
}
