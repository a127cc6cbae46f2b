package org.migrationmodel.jackson3;

import java.util.List;
import org.migrationmodel.json.internal.FindingsMessage;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.ValidationReport;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * Thrown by the {@link MigrationModelModule}'s deserializers when a value does not read cleanly:
 * the Jackson 3 counterpart of {@link org.migrationmodel.json.InvalidProgrammeJsonException}. It is
 * located at the first problem and carries every problem as a finding, as a {@link
 * org.migrationmodel.json.ProgrammeReader} would report them. Use {@link #report()} rather than
 * parsing the message.
 */
public final class InvalidProgrammeJsonException extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** Every problem found in the value, as findings. */
  private final ValidationReport report;

  private InvalidProgrammeJsonException(
      JsonParser parser, String message, TokenStreamLocation location, ValidationReport report) {
    super(parser, message, location);
    this.report = report;
  }

  static InvalidProgrammeJsonException of(
      JsonParser parser, Class<?> type, List<Finding> findings) {
    ValidationReport report = ValidationReport.of(findings);
    Finding first = report.findings().get(0);
    TokenStreamLocation start = parser.currentTokenLocation();
    TokenStreamLocation location =
        first.line().isPresent()
            ? new TokenStreamLocation(
                start.contentReference(),
                -1L,
                -1L,
                first.line().getAsInt(),
                first.column().orElse(-1))
            : start;
    return new InvalidProgrammeJsonException(
        parser, FindingsMessage.of(type, report), location, report);
  }

  /**
   * Every problem found in the value, as findings with JSON Pointers relative to the value.
   *
   * @return the report, never null, never valid
   */
  public ValidationReport report() {
    return report;
  }
}
