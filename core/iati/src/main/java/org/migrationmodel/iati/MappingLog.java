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
  private final At activity;
  private final List<Finding> findings;
  private final List<NotKept> notKept;
  private int findingsLeftOut;

  MappingLog(RawActivity raw) {
    this.activity = raw.at();
    this.findings = new ArrayList<>(raw.findings());
    this.notKept = new ArrayList<>(raw.notKept());
    this.findingsLeftOut = raw.findingsLeftOut();
  }

  /** Notes a finding on the activity; past {@link ElementReader#MAX_FINDINGS}, only counts it. */
  void problem(IatiProblem problem, Severity severity, At at, String what) {
    if (findings.size() < ElementReader.MAX_FINDINGS) {
      findings.add(IatiFindings.imported(problem, severity, at, ElementReader.sentence(what)));
    } else {
      findingsLeftOut++;
    }
  }

  void notKept(NotKept part) {
    notKept.add(part);
  }

  /** The findings, with one more saying how many were past the limit. */
  ImmutableList<Finding> findings() {
    ImmutableList.Builder<Finding> all = ImmutableList.<Finding>builder().addAll(findings);
    if (findingsLeftOut > 0) {
      all.add(
          IatiFindings.imported(
              IatiProblem.LIMIT_EXCEEDED,
              Severity.WARNING,
              activity,
              findingsLeftOut + " more findings on this activity are not listed."));
    }
    return all.build();
  }

  /** What was not kept; in an activity this library wrote, without what its exporter derives. */
  ImmutableList<NotKept> notKept(boolean written) {
    return notKept.stream()
        .filter(part -> !(written && part.derived()))
        .collect(ImmutableList.toImmutableList());
  }
}
