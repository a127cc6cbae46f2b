package org.migrationmodel.jackson3;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserMinimalBase;
import com.fasterxml.jackson.core.io.ContentReference;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.Base64Variants;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Shows a Jackson 3 parser as a Jackson 2 one, so that the library's decoder, written on Jackson
 * 2's streaming API, reads the value where it stands: token by token, with the mapper's own limits,
 * and with the line and column of each token in the caller's document. Jackson 3's exceptions pass
 * through unchanged. The bridge reads only what the decoder asks for; closing it leaves the Jackson
 * 3 parser open.
 */
final class ParserBridge extends ParserMinimalBase {
  private final JsonParser parser;

  ParserBridge(JsonParser parser) {
    // Jackson 2's limits are never consulted: the Jackson 3 parser reads, under the mapper's.
    super(StreamReadConstraints.defaults());
    this.parser = parser;
    this._currToken = token(parser.currentToken());
  }

  @Override
  public JsonToken nextToken() {
    _currToken = token(parser.nextToken());
    return _currToken;
  }

  @Override
  public com.fasterxml.jackson.core.JsonParser skipChildren() {
    parser.skipChildren();
    _currToken = token(parser.currentToken());
    return this;
  }

  @Override
  protected void _handleEOF() {
    // The Jackson 3 parser reports the end of its input itself.
  }

  // Jackson 2.21 still has its parsers implement the deprecated getters; the current ones call
  // them.
  @Override
  @Deprecated
  public String getCurrentName() {
    return parser.currentName();
  }

  @Override
  public void overrideCurrentName(String name) {
    throw new UnsupportedOperationException("The decoder never renames a member");
  }

  @Override
  public void close() {
    // The Jackson 3 parser belongs to the mapper, which closes it.
  }

  @Override
  public boolean isClosed() {
    return parser.isClosed();
  }

  @Override
  public JsonStreamContext getParsingContext() {
    return ContextBridge.of(parser.streamReadContext());
  }

  @Override
  @Deprecated
  public JsonLocation getCurrentLocation() {
    return location(parser.currentLocation());
  }

  @Override
  @Deprecated
  public JsonLocation getTokenLocation() {
    return location(parser.currentTokenLocation());
  }

  @Override
  public String getText() {
    return parser.getString();
  }

  @Override
  public char[] getTextCharacters() {
    return parser.getStringCharacters();
  }

  @Override
  public boolean hasTextCharacters() {
    return parser.hasStringCharacters();
  }

  @Override
  public int getTextLength() {
    return parser.getStringLength();
  }

  @Override
  public int getTextOffset() {
    return parser.getStringOffset();
  }

  @Override
  public byte[] getBinaryValue(Base64Variant variant) {
    return parser.getBinaryValue(Base64Variants.valueOf(variant.getName()));
  }

  @Override
  public Object getEmbeddedObject() {
    return parser.getEmbeddedObject();
  }

  @Override
  public Number getNumberValue() {
    return parser.getNumberValue();
  }

  // Jackson 2 copies numbers exactly, as the decoder does an unknown member's, through this.
  @Override
  public Number getNumberValueExact() {
    return parser.getNumberValueExact();
  }

  @Override
  public NumberType getNumberType() {
    JsonParser.NumberType type = parser.getNumberType();
    return type == null ? null : NumberType.valueOf(type.name());
  }

  @Override
  public int getIntValue() {
    return parser.getIntValue();
  }

  @Override
  public long getLongValue() {
    return parser.getLongValue();
  }

  @Override
  public BigInteger getBigIntegerValue() {
    return parser.getBigIntegerValue();
  }

  @Override
  public float getFloatValue() {
    return parser.getFloatValue();
  }

  @Override
  public double getDoubleValue() {
    return parser.getDoubleValue();
  }

  @Override
  public BigDecimal getDecimalValue() {
    return parser.getDecimalValue();
  }

  @Override
  public ObjectCodec getCodec() {
    return null;
  }

  @Override
  public void setCodec(ObjectCodec codec) {
    throw new UnsupportedOperationException("The decoder reads no values through a codec");
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  private static JsonLocation location(TokenStreamLocation location) {
    return new JsonLocation(
        ContentReference.unknown(),
        location.getByteOffset(),
        location.getCharOffset(),
        location.getLineNr(),
        location.getColumnNr());
  }

  private static JsonToken token(tools.jackson.core.JsonToken token) {
    if (token == null) {
      return null;
    }
    return switch (token) {
      case NOT_AVAILABLE -> JsonToken.NOT_AVAILABLE;
      case START_OBJECT -> JsonToken.START_OBJECT;
      case END_OBJECT -> JsonToken.END_OBJECT;
      case START_ARRAY -> JsonToken.START_ARRAY;
      case END_ARRAY -> JsonToken.END_ARRAY;
      case PROPERTY_NAME -> JsonToken.FIELD_NAME;
      case VALUE_EMBEDDED_OBJECT -> JsonToken.VALUE_EMBEDDED_OBJECT;
      case VALUE_STRING -> JsonToken.VALUE_STRING;
      case VALUE_NUMBER_INT -> JsonToken.VALUE_NUMBER_INT;
      case VALUE_NUMBER_FLOAT -> JsonToken.VALUE_NUMBER_FLOAT;
      case VALUE_TRUE -> JsonToken.VALUE_TRUE;
      case VALUE_FALSE -> JsonToken.VALUE_FALSE;
      case VALUE_NULL -> JsonToken.VALUE_NULL;
    };
  }

  /** A Jackson 2 view of one Jackson 3 parsing context, for the pointer of a problem. */
  private static final class ContextBridge extends JsonStreamContext {
    private final TokenStreamContext context;

    private ContextBridge(TokenStreamContext context) {
      super(type(context), context.getCurrentIndex());
      this.context = context;
      this._nestingDepth = context.getNestingDepth();
    }

    static ContextBridge of(TokenStreamContext context) {
      return context == null ? null : new ContextBridge(context);
    }

    private static int type(TokenStreamContext context) {
      if (context.inArray()) {
        return TYPE_ARRAY;
      }
      return context.inObject() ? TYPE_OBJECT : TYPE_ROOT;
    }

    @Override
    public JsonStreamContext getParent() {
      return of(context.getParent());
    }

    @Override
    public String getCurrentName() {
      return context.currentName();
    }
  }
}
