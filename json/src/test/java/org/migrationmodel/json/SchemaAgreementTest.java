package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Programme;

/** The published schema and the strict reader accept and refuse the same documents. */
class SchemaAgreementTest {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(ProgrammeJson.schema());
  private static final ProgrammeReader READER = ProgrammeJson.reader();

  static List<Error> schemaErrors(String json) {
    // Format assertions on, so that the schema checks dates as the reader does.
    return SCHEMA.validate(
        json,
        InputFormat.JSON,
        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
  }

  @Test
  void theSampleDocumentsPassTheSchemaAndTheReader() {
    for (String json :
        List.of(
            Samples.maliDocument(),
            Samples.minimalDocument(),
            ProgrammeJson.writer().write(Samples.maliProgramme()))) {
      assertThat(schemaErrors(json)).isEmpty();
      assertThat(READER.read(json).isValid()).isTrue();
    }
  }

  @Test
  void everySampleAndGeneratedProgrammePassesTheSchema() {
    List<Programme> programmes = new ArrayList<>(SampleProgrammes.all());
    ProgrammeGenerator generator = new ProgrammeGenerator(7);
    for (int i = 0; i < 300; i++) {
      programmes.add(generator.next());
    }

    for (Programme programme : programmes) {
      assertThat(schemaErrors(ProgrammeJson.writer().write(programme)))
          .as(programme.id())
          .isEmpty();
    }
  }

  static Stream<Arguments> brokenDocuments() {
    String minimal = Samples.minimalDocument();
    String mali = Samples.maliDocument();
    return Stream.of(
        Arguments.of("an unknown member", minimal.replace("{\"model", "{\"colour\":1,\"model")),
        Arguments.of(
            "an unknown nested member",
            minimal.replace("{\"primaryActivity\"", "{\"note\":\"x\",\"primaryActivity\"")),
        Arguments.of("an unknown code", minimal.replace("BORDER_MANAGEMENT", "BORDERS")),
        Arguments.of(
            "a loosely spelt code", minimal.replace("BORDER_MANAGEMENT", "border-management")),
        Arguments.of("a number for a code", mali.replace("\"IOM\"", "3")),
        Arguments.of("a number for the id", minimal.replace("\"P-1\"", "1")),
        Arguments.of("a null title", minimal.replace("\"Border management\"", "null")),
        Arguments.of("a null description", mali.replace("\"Voluntary", "null, \"x\": \"")),
        Arguments.of("no id", minimal.replace("\"id\":\"P-1\",", "")),
        Arguments.of("no modelVersion", minimal.replace("\"modelVersion\":\"1.0\",", "")),
        Arguments.of("a future modelVersion", minimal.replace("\"1.0\"", "\"2.0\"")),
        Arguments.of("a numeric modelVersion", minimal.replace("\"1.0\"", "1.0")),
        Arguments.of("a period without end", mali.replace(", \"end\": \"2028-12-31\"", "")),
        Arguments.of("a date that does not exist", mali.replace("2028-12-31", "2028-02-30")),
        Arguments.of("a date not in ISO form", mali.replace("2028-12-31", "31/12/2028")),
        Arguments.of("a string for an amount", mali.replace("12500000.00", "\"12500000\"")),
        Arguments.of(
            "a country without a role",
            mali.replace("{\"code\": \"ML\", \"role\": \"RETURN\"}", "{\"code\": \"ML\"}")),
        Arguments.of(
            "a string for a list", mali.replace("[\"IOM\", \"UNODC\", \"OHCHR\"]", "\"IOM\"")),
        Arguments.of("null in a list", mali.replace("\"UNODC\"", "null")),
        Arguments.of("an array for the document", "[" + minimal + "]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void aBrokenDocumentFailsBothTheSchemaAndTheReader(String problem, String json) {
    assertThat(schemaErrors(json)).as("schema errors").isNotEmpty();
    assertThat(READER.read(json).report().isValid()).as("reader's report is valid").isFalse();
  }
}
