package org.migrationmodel.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import org.migrationmodel.json.BulkSummary;
import org.migrationmodel.json.JsonRecord;
import org.migrationmodel.json.ProgrammeJson;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.RecordStream;
import org.migrationmodel.report.SuggestionRecord;
import org.migrationmodel.suggester.Suggester;
import org.migrationmodel.text.TextClassification;
import org.migrationmodel.validation.Finding;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/suggest}: whether one programme text is about migration and, when it is, its
 * ranked activities, answered as the command-line tool's {@code suggest --format json} writes a
 * record. Files of many texts are for the tool.
 */
@RestController
final class SuggestController {
  // Limits as every reader of the service has them; a text record is read as a JSON tree.
  private static final ProgrammeReader READER = ProgrammeJson.reader();

  private final Suggester suggester = Suggester.standard();
  private final ObjectMapper mapper = new ObjectMapper();
  private final RequestBodies bodies;

  SuggestController(RequestBodies bodies) {
    this.bodies = bodies;
  }

  @PostMapping(
      path = "/api/v1/suggest",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> suggest(
      @RequestParam(defaultValue = "5") int top, HttpServletRequest request) throws IOException {
    if (top < 1) {
      throw new InvalidParameterException("top", "must be 1 or more");
    }
    SuggestionRecord text;
    try {
      text = SuggestionRecord.read(body(request), Optional.empty());
    } catch (IllegalArgumentException e) {
      // The record reader says in its own words what the record lacks.
      throw new InvalidTextException(e.getMessage());
    }
    TextClassification classification = text.suggest(suggester);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            mapper.writeValueAsString(
                text.toJson(mapper, ValidateController.INPUT, 1, classification, top)));
  }

  /**
   * The one record of the body, read as the tool reads its files: a body that cannot be read, or
   * holds more than one record, is an invalid text, which says where.
   */
  private JsonNode body(HttpServletRequest request) throws IOException {
    JsonRecord record;
    try (InputStream in = bodies.open(request);
        RecordStream<JsonRecord> records = READER.jsonRecords(in)) {
      Iterator<JsonRecord> iterator = records.iterator();
      // Even an empty body is one record, which says it is empty.
      record = iterator.next();
      if (iterator.hasNext()) {
        throw new InvalidTextException(
            "The body holds more than one record: another starts on line "
                + iterator.next().line()
                + "; send one.");
      }
      BulkSummary summary = records.summary();
      if (summary.stoppedAtLine().isPresent()) {
        throw new InvalidTextException(
            "The body holds more than one record, or text after one: reading stopped on line "
                + summary.stoppedAtLine().getAsInt()
                + "; send one.");
      }
    }
    // As the tool does: a record with an error in its JSON is not guessed at.
    if (!record.isValid()) {
      Finding first = record.report().findings().get(0);
      throw new InvalidTextException(
          "The body could not be read ("
              + first.ruleId()
              + ")"
              + (first.line().isPresent()
                  ? " at line "
                      + first.line().getAsInt()
                      + (first.column().isPresent() ? ", column " + first.column().getAsInt() : "")
                  : "")
              + ".");
    }
    JsonNode node = record.value().get();
    if (!node.isObject()) {
      throw new InvalidTextException("The body must be one JSON object.");
    }
    return node;
  }
}
