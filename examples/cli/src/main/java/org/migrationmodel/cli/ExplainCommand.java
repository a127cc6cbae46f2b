package org.migrationmodel.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.migrationmodel.report.FindingCatalogue;
import org.migrationmodel.validation.FindingType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code explain ID}: what a finding id means; for a rule, what it checks, its severity and why.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explain a finding id: a rule (what it checks, its severity and why), a problem the JSON",
      "reader found, rule-failure, the suggester's rule or a finding of the IATI bridge."
    })
final class ExplainCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "ID",
      description = "A finding id, such as allocation-sum or json-syntax.")
  private String id;

  @Override
  public Integer call() {
    FindingCatalogue known = FindingCatalogue.standard();
    Optional<FindingCatalogue.Entry> explanation = known.find(id);
    if (explanation.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      List<String> closest = known.closest(id);
      err.println(
          "migration-model: no finding has the id '"
              + id
              + "'"
              + (closest.isEmpty() ? "." : "; did you mean " + String.join(" or ", closest) + "?"));
      err.println("Finding ids: " + String.join(", ", known.ids()));
      return MigrationModelCli.EXIT_USAGE_OR_IO;
    }
    PrintWriter out = spec.commandLine().getOut();
    FindingType found = explanation.get().type();
    out.println(found.id() + " (" + found.severity() + ")");
    out.println("Means:  " + found.summary());
    out.println("Why:    " + found.rationale());
    return MigrationModelCli.EXIT_OK;
  }
}
