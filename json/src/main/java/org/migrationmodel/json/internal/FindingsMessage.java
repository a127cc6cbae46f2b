package org.migrationmodel.json.internal;

import org.migrationmodel.validation.ValidationReport;

/**
 * The message of the exception that the Jackson 2 and Jackson 3 modules throw for a value that does
 * not read cleanly: what could not be read, how many problems, and the first few of them.
 */
public final class FindingsMessage {
  private static final int MAX_LISTED = 5;

  private FindingsMessage() {}

  /** Such as "Cannot read a Programme: 2 problem(s)", then up to five findings, one a line. */
  public static String of(Class<?> type, ValidationReport report) {
    StringBuilder message =
        new StringBuilder("Cannot read a ")
            .append(type.getSimpleName())
            .append(": ")
            .append(report.findings().size())
            .append(" problem(s)");
    report.findings().stream()
        .limit(MAX_LISTED)
        .forEach(finding -> message.append("\n  ").append(finding));
    return message.toString();
  }
}
