package org.migrationmodel.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.migrationmodel.report.SuggestionRecord;
import org.migrationmodel.suggester.Suggester;
import org.migrationmodel.text.TextClassification;
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

  private JsonNode body(HttpServletRequest request) throws IOException {
    JsonNode node;
    try (InputStream in = bodies.open(request)) {
      node = mapper.readTree(in);
    } catch (JsonProcessingException e) {
      throw new InvalidTextException(
          e.getLocation() == null
              ? "The body is not valid JSON."
              : "The body is not valid JSON at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + ".");
    }
    if (node == null || !node.isObject()) {
      throw new InvalidTextException("The body must be one JSON object.");
    }
    return node;
  }
}
