package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;

/**
 * What the mapping of one activity finds: its findings and what it keeps no place for, after those
 * of the reading. One log serves one activity.
 */
final class MappingLog {
  private final List<Finding> findings;
  private final List<NotKept> notKept;

  MappingLog(RawActivity raw) {
    this.findings = new ArrayList<>(raw.findings());
    this.notKept = new ArrayList<>(raw.notKept());
  }

  void problem(IatiProblem problem, Severity severity, At at, String what) {
    findings.add(IatiFindings.imported(problem, severity, at, ElementReader.sentence(what)));
  }

  void notKept(NotKept part) {
    notKept.add(part);
  }

  ImmutableList<Finding> findings() {
    return ImmutableList.copyOf(findings);
  }

  /** What was not kept; in an activity this library wrote, without what its exporter derives. */
  ImmutableList<NotKept> notKept(boolean written) {
    return notKept.stream()
        .filter(part -> !(written && part.derived()))
        .collect(ImmutableList.toImmutableList());
  }
}
