package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The Jackson factories of the reader and the writer. Limits are set on these factories only, never
 * through Jackson's process-wide defaults, so that an application's other JSON is unaffected.
 */
public final class JsonFactories {
  // Messages quote at most this much of an offending token, and never the surrounding input.
  private static final int MAX_QUOTED_TOKEN = 64;

  // Jackson would close the arrays and objects left open when a write fails part way, and so make
  // a truncated bulk write read as a complete, shorter array; left open, it reads as unfinished.
  // Characters beyond the BMP are written as UTF-8, not as pairs of escaped surrogates.
  private static final JsonFactory WRITING =
      JsonFactory.builder()
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
          .build();

  private static final JsonFactory READING_DEFAULT = forReading(ReaderBounds.DEFAULT);

  private JsonFactories() {}

  /** A factory whose parsers enforce the limits; the document length is checked per record. */
  public static JsonFactory forReading(ReaderBounds limits) {
    return JsonFactory.builder()
        .streamReadConstraints(ReadConstraints.of(limits))
        .errorReportConfiguration(
            ErrorReportConfiguration.builder()
                .maxErrorTokenLength(MAX_QUOTED_TOKEN)
                .maxRawContentLength(0)
                .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // Interning would let hostile member names grow the JVM's string table.
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .build();
  }

  /**
   * The factory of generators; it leaves the caller's streams open, and the JSON of a write that
   * fails unfinished.
   */
  public static JsonFactory forWriting() {
    return WRITING;
  }

  /**
   * A generator that writes UTF-8 to a stream, indented by two spaces with {@code \n} line ends
   * whatever the platform, or compact.
   */
  public static JsonGenerator generator(OutputStream out, boolean indented) throws IOException {
    JsonGenerator generator = WRITING.createGenerator(out, JsonEncoding.UTF8);
    if (indented) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      printer.indentArraysWith(indenter);
      printer.indentObjectsWith(indenter);
      generator.setPrettyPrinter(printer);
    }
    return generator;
  }

  /** A reading factory with the default limits, for text that the library itself holds. */
  static JsonFactory forReadingDefault() {
    return READING_DEFAULT;
  }
}
