package org.migrationmodel.iati;

import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Location;
import org.migrationmodel.validation.Severity;

/** Builds the import's and the export's {@link Finding}s. */
final class IatiFindings {
  private IatiFindings() {}

  /** A finding of the import, at an element or attribute of the file; line 0 when unknown. */
  static Finding imported(
      IatiProblem problem, Severity severity, String xpath, int line, String message) {
    Finding.Builder finding =
        Finding.builder()
            .ruleId(problem.id())
            .severity(severity)
            .location(Location.xpath(xpath))
            .message(message);
    if (line > 0) {
      finding.line(line);
    }
    return finding.build();
  }

  /** A finding of the import, at a part of an activity. */
  static Finding imported(IatiProblem problem, Severity severity, At at, String message) {
    return imported(problem, severity, at.xpath(), at.line(), message);
  }

  /** A finding of the export, at a member of the programme. */
  static Finding exported(IatiProblem problem, Severity severity, String pointer, String message) {
    return Finding.builder()
        .ruleId(problem.id())
        .severity(severity)
        .location(Location.pointer(pointer))
        .message(message)
        .build();
  }
}
