package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads a record as a JSON tree, whatever value it holds, through a cursor, so that the record
 * length limit and the reporting of problems are those of programme records. Numbers are kept as
 * written (decimals as {@link java.math.BigDecimal}). A member given twice is reported and its
 * first value kept, as a programme's is. Not thread-safe; one decoder reads one record.
 */
final class TreeDecoder implements RecordDecoder<JsonNode> {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final TokenCursor cursor;

  TreeDecoder(TokenCursor cursor) {
    this.cursor = cursor;
  }

  @Override
  public JsonNode read(JsonToken first) throws IOException {
    return value(first);
  }

  /** Never: any JSON value is a tree. */
  @Override
  public boolean refused() {
    return false;
  }

  private JsonNode value(JsonToken token) throws IOException {
    JsonParser parser = cursor.parser();
    return switch (token) {
      case START_OBJECT -> object();
      case START_ARRAY -> array();
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT ->
          switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
          };
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      // A parser of text gives no other token where a value starts.
      default -> throw new IllegalStateException("No JSON value starts with " + token);
    };
  }

  private ObjectNode object() throws IOException {
    ObjectNode object = NODES.objectNode();
    for (JsonToken token = cursor.next(); token == JsonToken.FIELD_NAME; token = cursor.next()) {
      String name = cursor.name();
      if (object.has(name)) {
        cursor.reportAt(
            Problem.DUPLICATE_MEMBER,
            "The member "
                + Quoting.quote(name)
                + " is given twice; the first value is kept. Remove the repetition.",
            cursor.parser().currentTokenLocation());
        cursor.next();
        cursor.skip();
      } else {
        object.set(name, value(cursor.next()));
      }
    }
    return object;
  }

  private ArrayNode array() throws IOException {
    ArrayNode array = NODES.arrayNode();
    // The parser throws at the end of the input inside an array rather than give no token.
    for (JsonToken token = cursor.next();
        token != null && token != JsonToken.END_ARRAY;
        token = cursor.next()) {
      array.add(value(token));
    }
    return array;
  }
}
