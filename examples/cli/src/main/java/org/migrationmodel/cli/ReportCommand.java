package org.migrationmodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.report.ExchangeRates;
import org.migrationmodel.report.InputProblem;
import org.migrationmodel.report.PortfolioHtml;
import org.migrationmodel.report.PortfolioTally;
import org.migrationmodel.report.PortfolioText;
import org.migrationmodel.report.PortfolioView;
import org.migrationmodel.report.RunTotals;
import org.migrationmodel.report.UnreadRecords;
import org.migrationmodel.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code report}: where a portfolio stands across the model's areas and activities. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Summarise a portfolio across the model's areas and activities.",
      "Programmes and budget by area and activity, cross-cutting coverage, themes, and the",
      "activities no programme covers; --html also writes a self-contained page.",
      "Records that cannot be read are named, on standard error and above the summary, which",
      "leaves them out. Exit code 0, 1 when a record could not be read, 2 on a usage error or",
      "an input that could not be read, or not to its end."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private ThreadsOption threads;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Also write the summary as one self-contained HTML page.")
  private Path html;

  @Option(
      names = "--currency",
      paramLabel = "CODE",
      description = "Currency of the budget figures (default: the one most programmes use).")
  private String currency;

  @Option(
      names = "--rate",
      paramLabel = "CODE=RATE",
      description = {
        "Units of the reporting currency per unit of CODE, such as EUR=1.08;",
        "budgets in a currency without a rate are listed apart."
      })
  private Map<String, BigDecimal> rates = new TreeMap<>();

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Files of programmes; - reads standard input.")
  private List<String> files;

  private final InputStream standardInput;

  ReportCommand(InputStream standardInput) {
    this.standardInput = standardInput;
  }

  @Override
  public Integer call() throws IOException {
    ProgrammeReader reader =
        threads.applyTo(ProgrammeReader.builder()).validator(Validator.standard()).build();
    PortfolioTally tally = new PortfolioTally();
    UnreadRecords unread = new UnreadRecords();
    RunTotals totals = new RunTotals();
    PrintWriter err = spec.commandLine().getErr();
    ProgrammeFiles.read(
        files,
        standardInput,
        reader,
        new ProgrammeFiles.InputHandler() {
          @Override
          public void record(String input, ReadResult record) {
            totals.add(record);
            if (unread.add(input, record)) {
              err.println("migration-model: " + UnreadRecords.describe(input, record));
            } else {
              tally.add(record.programme().get());
            }
          }

          @Override
          public void problem(InputProblem problem) {
            totals.add(problem);
            unread.add(problem);
            err.println("migration-model: " + problem);
          }
        });
    String reporting = currency != null ? currency : tally.mostCommonCurrency().orElse("USD");
    PortfolioView view = new PortfolioView(tally, new ExchangeRates(reporting, rates), unread);
    PrintWriter out = spec.commandLine().getOut();
    PortfolioText.write(view, out);
    out.println();
    out.println(
        "Read: "
            + totals.summary().line()
            + "; the summary counts the "
            + tally.programmes()
            + " programmes that could be read.");
    if (html != null) {
      try (PrintWriter page =
          new PrintWriter(Files.newBufferedWriter(html, StandardCharsets.UTF_8))) {
        PortfolioHtml.write(view, page);
      }
      out.println("Wrote " + html);
    }
    out.flush();
    err.flush();
    return MigrationModelCli.readingStatus(totals.summary());
  }
}
