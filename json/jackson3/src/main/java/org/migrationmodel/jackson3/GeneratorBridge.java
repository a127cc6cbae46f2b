package org.migrationmodel.jackson3;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.base.GeneratorBase;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.Base64Variants;
import tools.jackson.core.JsonGenerator;

/**
 * Shows a Jackson 3 generator as a Jackson 2 one, so that the library's encoder, written on Jackson
 * 2's streaming API, writes through the mapper's own generator: its pretty printer, its output and,
 * for {@code valueToTree} or {@code convertValue}, its token buffer. Every write goes straight
 * through; closing the bridge leaves the Jackson 3 generator open.
 */
final class GeneratorBridge extends GeneratorBase {
  private final JsonGenerator generator;

  // The constructor that is not deprecated wants an I/O context, which a bridge has none of.
  @SuppressWarnings("deprecation")
  GeneratorBridge(JsonGenerator generator) {
    super(0, null);
    this.generator = generator;
  }

  @Override
  public void writeStartArray() {
    generator.writeStartArray();
  }

  @Override
  public void writeEndArray() {
    generator.writeEndArray();
  }

  @Override
  public void writeStartObject() {
    generator.writeStartObject();
  }

  @Override
  public void writeEndObject() {
    generator.writeEndObject();
  }

  @Override
  public void writeFieldName(String name) {
    generator.writeName(name);
  }

  @Override
  public void writeFieldName(SerializableString name) {
    generator.writeName(name.getValue());
  }

  @Override
  public void writeString(String text) {
    generator.writeString(text);
  }

  @Override
  public void writeString(char[] text, int offset, int length) {
    generator.writeString(text, offset, length);
  }

  @Override
  public void writeRawUTF8String(byte[] text, int offset, int length) {
    generator.writeRawUTF8String(text, offset, length);
  }

  @Override
  public void writeUTF8String(byte[] text, int offset, int length) {
    generator.writeUTF8String(text, offset, length);
  }

  @Override
  public void writeRaw(String text) {
    generator.writeRaw(text);
  }

  @Override
  public void writeRaw(String text, int offset, int length) {
    generator.writeRaw(text, offset, length);
  }

  @Override
  public void writeRaw(char[] text, int offset, int length) {
    generator.writeRaw(text, offset, length);
  }

  @Override
  public void writeRaw(char c) {
    generator.writeRaw(c);
  }

  @Override
  public void writeBinary(Base64Variant variant, byte[] data, int offset, int length) {
    generator.writeBinary(Base64Variants.valueOf(variant.getName()), data, offset, length);
  }

  @Override
  public int writeBinary(Base64Variant variant, InputStream data, int length) {
    return generator.writeBinary(Base64Variants.valueOf(variant.getName()), data, length);
  }

  @Override
  public void writeNumber(int value) {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(long value) {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(BigInteger value) {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(double value) {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(float value) {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(BigDecimal value) {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(String encodedValue) {
    generator.writeNumber(encodedValue);
  }

  @Override
  public void writeBoolean(boolean state) {
    generator.writeBoolean(state);
  }

  @Override
  public void writeNull() {
    generator.writeNull();
  }

  @Override
  public void flush() {
    generator.flush();
  }

  @Override
  public void close() {
    // The Jackson 3 generator belongs to the mapper, which closes it.
  }

  @Override
  protected void _releaseBuffers() {
    // The bridge holds no buffers.
  }

  @Override
  protected void _verifyValueWrite(String typeMsg) {
    // The Jackson 3 generator checks its own state.
  }
}
