package org.migrationmodel.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.migrationmodel.json.JsonProblem;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.ValidationReport;

/**
 * The order in which a record's findings are shown, the same in every front end: what the reader
 * could not read comes first, since the validation findings after it may follow from it (an unknown
 * primary activity leaves the programme without one). Otherwise the report's order is kept.
 */
public final class RootCausesFirst {
  private static final Set<String> READING_IDS =
      Stream.of(JsonProblem.values()).map(JsonProblem::id).collect(Collectors.toUnmodifiableSet());

  private RootCausesFirst() {}

  /**
   * A record's findings in showing order.
   *
   * @param report the record's report; not null
   * @return its findings, the reader's first; an unmodifiable list, never null
   * @throws NullPointerException when the report is null
   */
  public static List<Finding> of(ValidationReport report) {
    return checkNotNull(report, "report").findings().stream()
        .sorted(Comparator.comparing((Finding finding) -> !READING_IDS.contains(finding.ruleId())))
        .toList();
  }
}
