package org.migrationmodel.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.migrationmodel.json.internal.Decoded;
import org.migrationmodel.validation.ValidationReport;

/**
 * One record of an input read as a JSON tree, for records that are not (or not only) programme
 * documents, such as the texts that the suggester reads: the value when it could be read, and the
 * problems found in reading it, with the same finding ids, lines and limits as a programme record's
 * ({@code json-syntax}, {@code limit-exceeded}, {@code duplicate-member}). Immutable, but for the
 * tree, which is the caller's own: each record has a tree of its own.
 */
public final class JsonRecord extends RecordResult<JsonNode> {
  /** What a record stream counts of each record read as a tree. */
  static final RecordStream.Results<JsonNode, JsonRecord> RESULTS =
      new RecordStream.Results<>() {
        @Override
        public JsonRecord of(Decoded<JsonNode> decoded, int recordNumber) {
          return new JsonRecord(
              decoded.value(),
              decoded.findings().isEmpty()
                  ? ValidationReport.empty()
                  : ValidationReport.of(decoded.findings()),
              recordNumber,
              decoded.line());
        }

        @Override
        public boolean isValid(JsonRecord result) {
          return result.isValid();
        }

        @Override
        public boolean isReadable(JsonRecord result) {
          return result.value().isPresent();
        }
      };

  private JsonRecord(JsonNode value, ValidationReport report, int recordNumber, int line) {
    super(value, report, recordNumber, line);
  }

  /**
   * The record's JSON value: an object, or whatever other value the record holds.
   *
   * @return the value, or empty when the record could not be read
   */
  public Optional<JsonNode> value() {
    return Optional.ofNullable(valueOrNull());
  }
}
