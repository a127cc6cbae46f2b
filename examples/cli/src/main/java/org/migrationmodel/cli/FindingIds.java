package org.migrationmodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.migrationmodel.json.JsonProblem;
import org.migrationmodel.taxonomy.ClosestCodes;
import org.migrationmodel.validation.StandardRule;

/**
 * Every finding id that {@code validate} can print with the standard validator: the standard rules'
 * ids, the JSON reader's problems and {@value RunTotals#RULE_FAILURE}, each with what it means.
 */
final class FindingIds {
  private static final String EXPLANATIONS = "finding-ids.properties";

  /**
   * What a finding id means.
   *
   * @param id the finding id
   * @param severity the severity of its findings with the standard validator
   * @param checks what it checks or means
   * @param why why it matters, for a rule; empty otherwise
   */
  record Explanation(String id, String severity, String checks, Optional<String> why) {}

  private final List<Explanation> explanations;

  private FindingIds(List<Explanation> explanations) {
    this.explanations = List.copyOf(explanations);
  }

  /** The ids of the standard validator and reader, explained from the tool's own resources. */
  static FindingIds standard() {
    Properties texts = load();
    List<Explanation> all = new ArrayList<>();
    for (StandardRule rule : StandardRule.values()) {
      all.add(
          new Explanation(
              rule.id(),
              rule.defaultSeverity().name(),
              rule.summary(),
              Optional.of(rule.rationale())));
    }
    for (JsonProblem problem : JsonProblem.values()) {
      all.add(explained(texts, problem.id(), problem.severity().name()));
    }
    all.add(explained(texts, RunTotals.RULE_FAILURE, "ERROR"));
    return new FindingIds(all);
  }

  private static Explanation explained(Properties texts, String id, String severity) {
    String text = texts.getProperty(id);
    if (text == null) {
      throw new IllegalStateException(EXPLANATIONS + " does not explain " + id);
    }
    return new Explanation(id, severity, text, Optional.empty());
  }

  private static Properties load() {
    Properties texts = new Properties();
    try (InputStream in = FindingIds.class.getResourceAsStream(EXPLANATIONS)) {
      if (in == null) {
        throw new IllegalStateException(EXPLANATIONS + " is missing from the tool");
      }
      texts.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  /** Every id, in the order: rules, reader problems, rule-failure. */
  List<String> ids() {
    return explanations.stream().map(Explanation::id).toList();
  }

  Optional<Explanation> find(String id) {
    return explanations.stream().filter(explanation -> explanation.id().equals(id)).findFirst();
  }

  /** The known ids nearest to a misspelt one by edit distance, nearest first; maybe none. */
  List<String> closest(String wanted) {
    return ClosestCodes.among(ids(), wanted);
  }
}
