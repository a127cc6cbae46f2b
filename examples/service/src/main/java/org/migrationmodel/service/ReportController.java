package org.migrationmodel.service;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.json.RecordStream;
import org.migrationmodel.report.ExchangeRates;
import org.migrationmodel.report.InputProblem;
import org.migrationmodel.report.PortfolioHtml;
import org.migrationmodel.report.PortfolioTally;
import org.migrationmodel.report.PortfolioView;
import org.migrationmodel.report.UnreadRecords;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/report}: the library's HTML portfolio report, as the command-line tool writes
 * it, of the programmes in the body, the four areas as boxes. Records that cannot be read are left
 * out and named above the areas, with the lines of text left unread when reading stopped early, as
 * there. Its Content-Security-Policy, which loads nothing, is {@link SecurityHeaders}'s.
 */
@RestController
final class ReportController {
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private final ProgrammeRecords programmes;

  ReportController(ProgrammeRecords programmes) {
    this.programmes = programmes;
  }

  @PostMapping(
      path = "/api/v1/report",
      consumes = {MediaType.APPLICATION_JSON_VALUE, ProgrammeRecords.NDJSON},
      produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> report(
      @RequestParam(defaultValue = "false") boolean lenient,
      @RequestParam(required = false) String currency,
      HttpServletRequest request)
      throws IOException {
    if (currency != null && !CURRENCY.matcher(currency).matches()) {
      throw new InvalidParameterException(
          "currency", "must be an ISO 4217 code of three capital letters, such as EUR");
    }
    PortfolioTally tally = new PortfolioTally();
    UnreadRecords unread = new UnreadRecords();
    try (RecordStream<ReadResult> records = programmes.read(request, lenient)) {
      for (ReadResult record : records) {
        if (!unread.add(ValidateController.INPUT, record)) {
          tally.add(record.programme().get());
        }
      }
      InputProblem.of(ValidateController.INPUT, records.summary()).ifPresent(unread::add);
    }
    String reporting = currency != null ? currency : tally.mostCommonCurrency().orElse("USD");
    StringWriter page = new StringWriter();
    PortfolioHtml.write(
        new PortfolioView(tally, new ExchangeRates(reporting, Map.of()), unread),
        new PrintWriter(page));
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(page.toString());
  }
}
