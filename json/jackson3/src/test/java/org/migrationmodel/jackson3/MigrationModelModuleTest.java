package org.migrationmodel.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.json.ProgrammeJson;
import org.migrationmodel.json.ReadMode;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Theme;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the Jackson 3 module does beyond the shared format tests: it works through the mapper's own
 * generator and parser, so Jackson 3's pretty printer, trees and problem handlers apply.
 */
class MigrationModelModuleTest {
  private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
  private final Programme sample = SampleProgrammes.all().get(0);

  @Test
  void aPrettyPrintingMapperIndentsProgrammesAndReadsThemBack() {
    JsonMapper indenting = mapper.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

    String json = indenting.writeValueAsString(sample);

    assertThat(json).contains("\n  \"id\" : ").isNotEqualTo(mapper.writeValueAsString(sample));
    assertThat(indenting.readValue(json, Programme.class)).isEqualTo(sample);
  }

  @Test
  void aProgrammeBecomesATreeOfItsDocumentAndComesBack() {
    JsonNode tree = mapper.valueToTree(sample);

    // The tree holds the encoder's numbers as decimals, where parsed text would give integers: the
    // two trees differ in node types, not in the document they make.
    assertThat(mapper.writeValueAsString(tree)).isEqualTo(ProgrammeJson.writer().write(sample));
    assertThat(tree.at("/classification/primaryActivity").asString())
        .isEqualTo(sample.classification().primaryActivity().orElseThrow().code());
    assertThat(mapper.treeToValue(tree, Programme.class)).isEqualTo(sample);
    assertThat(mapper.convertValue(sample, Programme.class)).isEqualTo(sample);
  }

  @Test
  void aMappersProblemHandlerCanGiveATermForANonStringOrAnUnknownKey() {
    JsonMapper handling =
        mapper
            .rebuild()
            .addHandler(
                new DeserializationProblemHandler() {
                  @Override
                  public Object handleUnexpectedToken(
                      DeserializationContext context,
                      JavaType type,
                      JsonToken token,
                      JsonParser parser,
                      String message) {
                    return token == JsonToken.VALUE_NUMBER_INT
                        ? Theme.POLICY_COHERENCE
                        : NOT_HANDLED;
                  }

                  @Override
                  public Object handleWeirdKey(
                      DeserializationContext context,
                      Class<?> rawKeyType,
                      String keyValue,
                      String message) {
                    return keyValue.equals("legacy") ? Theme.POLICY_COHERENCE : NOT_HANDLED;
                  }
                })
            .build();

    assertThat(handling.readValue("3", Theme.class)).isEqualTo(Theme.POLICY_COHERENCE);
    assertThat(handling.readValue("{\"legacy\":1}", MAP_OF_THEMES))
        .containsExactly(Map.entry(Theme.POLICY_COHERENCE, 1));
  }

  private static final tools.jackson.core.type.TypeReference<Map<Theme, Integer>> MAP_OF_THEMES =
      new tools.jackson.core.type.TypeReference<>() {};

  @Test
  void anUnknownKeyQuotingAPercentSignIsReportedAsItIs() {
    assertThatThrownBy(() -> mapper.readValue("{\"100%\":1}", MAP_OF_THEMES))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("\"100%\"");
  }

  @Test
  void aBadProgrammeIsADatabindExceptionAsJackson3sHandlersExpect() {
    assertThatThrownBy(() -> mapper.readValue("{\"id\":\"P-1\"}", Programme.class))
        .isInstanceOfSatisfying(
            InvalidProgrammeJsonException.class,
            e -> assertThat(e.report().findings()).isNotEmpty())
        .isInstanceOf(DatabindException.class);
  }

  @Test
  void aMapperHoldingTheModuleSurvivesJavaSerialization() throws Exception {
    JsonMapper lenient =
        JsonMapper.builder().addModule(new MigrationModelModule(ReadMode.LENIENT)).build();

    JsonMapper copy = roundTrip(lenient);

    assertThat(copy.readValue("\"policy-coherence\"", Theme.class))
        .isEqualTo(Theme.POLICY_COHERENCE);
    assertThat(copy.writeValueAsString(sample)).isEqualTo(ProgrammeJson.writer().write(sample));
  }

  private static JsonMapper roundTrip(JsonMapper mapper)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(mapper);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (JsonMapper) in.readObject();
    }
  }
}
