package org.migrationmodel.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.migrationmodel.validation.RuleDescription;
import org.migrationmodel.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain RULE_ID}: what a rule checks, its severity and why. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Explain a rule: what it checks, its severity and why.")
final class ExplainCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "RULE_ID", description = "A rule id, such as allocation-sum.")
  private String ruleId;

  @Override
  public Integer call() {
    Validator validator = Validator.standard();
    Optional<RuleDescription> rule =
        validator.rules().stream().filter(candidate -> candidate.id().equals(ruleId)).findFirst();
    if (rule.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("migration-model: no rule has the id '" + ruleId + "'.");
      err.println(
          "Rules: "
              + String.join(", ", validator.rules().stream().map(RuleDescription::id).toList()));
      return MigrationModelCli.EXIT_USAGE_OR_IO;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(rule.get().id() + " (" + rule.get().severity() + ")");
    out.println("Checks: " + rule.get().summary().orElse("(not given)"));
    out.println("Why:    " + rule.get().rationale().orElse("(not given)"));
    return 0;
  }
}
