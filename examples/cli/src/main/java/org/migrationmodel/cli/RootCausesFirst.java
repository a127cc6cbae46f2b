package org.migrationmodel.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.migrationmodel.json.JsonProblem;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.ValidationReport;

/**
 * Orders a record's findings for printing: what the reader could not read comes first, since the
 * validation findings after it may follow from it (an unknown primary activity leaves the programme
 * without one). Otherwise the report's order is kept.
 */
final class RootCausesFirst {
  private static final Set<String> READING_IDS =
      Stream.of(JsonProblem.values()).map(JsonProblem::id).collect(Collectors.toUnmodifiableSet());

  private RootCausesFirst() {}

  static List<Finding> of(ValidationReport report) {
    return report.findings().stream()
        .sorted(Comparator.comparing((Finding finding) -> !READING_IDS.contains(finding.ruleId())))
        .toList();
  }
}
