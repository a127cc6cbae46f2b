package org.migrationmodel.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.migrationmodel.json.internal.FindingsMessage;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.ValidationReport;

/**
 * Thrown by the {@link MigrationModelModule}'s deserializers when a value does not read cleanly. It
 * is located at the first problem and carries every problem as a finding, as a {@link
 * ProgrammeReader} would report them. Use {@link #report()} rather than parsing the message.
 */
public final class InvalidProgrammeJsonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** Every problem found in the value, as findings. */
  private final ValidationReport report;

  private InvalidProgrammeJsonException(
      JsonParser parser, String message, JsonLocation location, ValidationReport report) {
    super(parser, message, location);
    this.report = report;
  }

  static InvalidProgrammeJsonException of(
      JsonParser parser, Class<?> type, List<Finding> findings) {
    ValidationReport report = ValidationReport.of(findings);
    Finding first = report.findings().get(0);
    JsonLocation start = parser.currentTokenLocation();
    JsonLocation location =
        first.line().isPresent()
            ? new JsonLocation(
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
