package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Theme;
import org.migrationmodel.taxonomy.Vocabulary;
import org.migrationmodel.validation.Finding;

class MigrationModelModuleTest {
  // Each test builds its own mappers, and so its own modules: a module built once for the class
  // would not show a test what the module's constructor registers.
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
  private final ObjectMapper lenient =
      new ObjectMapper().registerModule(new MigrationModelModule(ReadMode.LENIENT));

  @Test
  void findAndRegisterModulesFindsTheModule() {
    assertThat(mapper.getRegisteredModuleIds()).contains("MigrationModelModule");
  }

  @Test
  void termsAreWrittenAndReadByTheirCode() throws IOException {
    assertThat(mapper.writeValueAsString(List.of(Theme.POLICY_COHERENCE, Agency.IOM)))
        .isEqualTo("[\"POLICY_COHERENCE\",\"IOM\"]");
    assertThat(mapper.readValue("\"COUNTER_SMUGGLING\"", Activity.class))
        .isEqualTo(Activity.COUNTER_SMUGGLING);
  }

  @Test
  void aTermIsNeverReadFromAnOrdinal() {
    assertThatThrownBy(() -> mapper.readValue("3", Theme.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void aMappersProblemHandlerCanGiveATermForANonString() throws IOException {
    mapper.addHandler(
        new DeserializationProblemHandler() {
          @Override
          public Object handleUnexpectedToken(
              DeserializationContext context,
              JavaType type,
              JsonToken token,
              JsonParser parser,
              String message) {
            return token == JsonToken.VALUE_NUMBER_INT ? Theme.POLICY_COHERENCE : NOT_HANDLED;
          }
        });

    assertThat(mapper.readValue("3", Theme.class)).isEqualTo(Theme.POLICY_COHERENCE);
  }

  @Test
  void anUnknownCodeFailsWithTheClosestCodesAndItsLocation() {
    assertThatThrownBy(() -> mapper.readValue("\n  \"COUNTER_SMUGLING\"", Activity.class))
        .isInstanceOfSatisfying(
            InvalidFormatException.class,
            e -> {
              assertThat(e.getMessage()).contains("did you mean COUNTER_SMUGGLING");
              assertThat(e.getValue()).isEqualTo("COUNTER_SMUGLING");
              assertThat(e.getLocation().getLineNr()).isEqualTo(2);
            });
  }

  @Test
  void strictAndLenientModulesTreatLooseSpellingsAsTheReaderDoes() throws IOException {
    assertThatThrownBy(() -> mapper.readValue("\"counter-smuggling\"", Activity.class))
        .isInstanceOf(InvalidFormatException.class);
    assertThat(lenient.readValue("\"counter-smuggling\"", Activity.class))
        .isEqualTo(Activity.COUNTER_SMUGGLING);
  }

  @Test
  void programmesAreWrittenAsTheWriterWritesThem() throws IOException {
    assertThat(mapper.writeValueAsString(Samples.maliProgramme()))
        .isEqualTo(ProgrammeJson.writer().write(Samples.maliProgramme()));
    assertThat(mapper.readValue(Samples.maliDocument(), Programme.class))
        .isEqualTo(Samples.maliProgramme());
  }

  @Test
  void programmeTypesWorkInsideOtherTypes() throws IOException {
    Map<String, Programme> byKey = Map.of("mali", Samples.maliProgramme());

    String json = mapper.writeValueAsString(byKey);

    assertThat(mapper.readValue(json, new TypeReference<Map<String, Programme>>() {}))
        .isEqualTo(byKey);
    Classification classification = Samples.maliProgramme().classification();
    assertThat(mapper.readValue(mapper.writeValueAsString(classification), Classification.class))
        .isEqualTo(classification);
  }

  @Test
  void eachPartOfAProgrammeIsWrittenAndReadOnItsOwnAsInADocument() throws IOException {
    Programme mali = Samples.maliProgramme();
    Budget budget = mali.budget().orElseThrow();

    assertPartAsInDocument(ProgrammePeriod.class, mali.period().orElseThrow());
    assertPartAsInDocument(ProgrammeCountry.class, mali.countries().get(1));
    assertPartAsInDocument(Classification.class, mali.classification());
    assertPartAsInDocument(Budget.class, budget);
    assertPartAsInDocument(Allocation.class, budget.allocations().get(2));
    assertThat(mapper.writeValueAsString(mali.countries().get(1)))
        .isEqualTo("{\"code\":\"NE\",\"role\":\"TRANSIT\"}");
  }

  private <T> void assertPartAsInDocument(Class<T> type, T part) throws IOException {
    String json = mapper.writeValueAsString(part);

    assertThat(ProgrammeJson.writer().write(Samples.maliProgramme())).contains(json);
    assertThat(mapper.readValue(json, type)).isEqualTo(part);
  }

  @Test
  void aBadProgrammeFailsWithEveryFindingLocatedAtTheFirst() {
    String json =
        "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"T\",\n"
            + "\"classification\":{\"themes\":[\"POLICY\"]},\n\"partners\":[1]\n}";

    assertThatThrownBy(() -> mapper.readValue(json, Programme.class))
        .isInstanceOfSatisfying(
            InvalidProgrammeJsonException.class,
            e -> {
              assertThat(e.report().findings())
                  .extracting(Finding::ruleId, f -> f.location().path())
                  .containsExactly(
                      tuple("unknown-code", "/classification/themes/0"),
                      tuple("wrong-type", "/partners/0"));
              assertThat(e.getLocation().getLineNr()).isEqualTo(2);
              assertThat(e.getLocation().getColumnNr()).isEqualTo(29);
              assertThat(e.getMessage()).contains("/classification/themes/0");
            });
  }

  @Test
  void aBadProgrammeReadFromATreeFailsWithFindingsThatHaveNoLine() throws IOException {
    JsonNode tree = mapper.readTree(Samples.minimalDocument().replace("BORDER_MANAGEMENT", "X"));

    assertThatThrownBy(() -> mapper.treeToValue(tree, Programme.class))
        .isInstanceOfSatisfying(
            InvalidProgrammeJsonException.class,
            e ->
                assertThat(e.report().findings())
                    .singleElement()
                    .satisfies(
                        finding -> {
                          assertThat(finding.location().path())
                              .isEqualTo("/classification/primaryActivity");
                          assertThat(finding.line()).isEmpty();
                        }));
  }

  @Test
  void aLenientModuleKeepsUnknownMembersAndWritesThemBack() throws IOException {
    String json = Samples.minimalDocument().replace("{\"model", "{\"source\":\"export\",\"model");

    Programme programme = lenient.readValue(json, Programme.class);

    assertThat(programme.unknownMembers()).containsEntry("source", "\"export\"");
    assertThat(lenient.writeValueAsString(programme)).endsWith(",\"source\":\"export\"}");
    assertThatThrownBy(() -> mapper.readValue(json, Programme.class))
        .isInstanceOf(InvalidProgrammeJsonException.class);
  }

  @Test
  void mapKeysOfEveryTermTypeAreWrittenAndReadByCodeWhateverTheMappersEnumSettings()
      throws IOException {
    ObjectMapper ordinals =
        new ObjectMapper()
            .registerModule(new MigrationModelModule())
            .enable(SerializationFeature.WRITE_ENUM_KEYS_USING_INDEX)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING);

    for (Vocabulary<?> vocabulary : Catalogue.standard().vocabularies()) {
      Term term = vocabulary.terms().get(vocabulary.terms().size() - 1);
      JavaType type =
          ordinals.getTypeFactory().constructMapType(Map.class, vocabulary.type(), Integer.class);

      String json = ordinals.writeValueAsString(Map.of(term, 1));
      Map<?, ?> read = ordinals.readValue(json, type);

      assertThat(json).as(vocabulary.id()).isEqualTo("{\"" + term.code() + "\":1}");
      assertThat(read).as(vocabulary.id()).isEqualTo(Map.of(term, 1));
    }
  }

  @Test
  void aMapKeyThatIsAnOrdinalOrAnUnknownCodeIsRefused() {
    TypeReference<Map<Activity, Integer>> type = new TypeReference<>() {};

    for (String key : List.of("0", "BORDER_MANAGMENT")) {
      assertThatThrownBy(() -> mapper.readValue("{\"" + key + "\":1}", type))
          .as(key)
          .isInstanceOf(InvalidFormatException.class);
    }
  }
}
