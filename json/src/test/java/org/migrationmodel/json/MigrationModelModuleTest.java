package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.taxonomy.Theme;
import org.migrationmodel.validation.Finding;

class MigrationModelModuleTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  private static final ObjectMapper LENIENT =
      new ObjectMapper().registerModule(new MigrationModelModule(ReadMode.LENIENT));

  @Test
  void findAndRegisterModulesFindsTheModule() {
    assertThat(MAPPER.getRegisteredModuleIds()).contains("MigrationModelModule");
  }

  @Test
  void termsAreWrittenAndReadByTheirCode() throws IOException {
    assertThat(MAPPER.writeValueAsString(List.of(Theme.POLICY_COHERENCE, Agency.IOM)))
        .isEqualTo("[\"POLICY_COHERENCE\",\"IOM\"]");
    assertThat(MAPPER.readValue("\"COUNTER_SMUGGLING\"", Activity.class))
        .isEqualTo(Activity.COUNTER_SMUGGLING);
  }

  @Test
  void aTermIsNeverReadFromAnOrdinal() {
    assertThatThrownBy(() -> MAPPER.readValue("3", Theme.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void anUnknownCodeFailsWithTheClosestCodesAndItsLocation() {
    assertThatThrownBy(() -> MAPPER.readValue("\n  \"COUNTER_SMUGLING\"", Activity.class))
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
    assertThatThrownBy(() -> MAPPER.readValue("\"counter-smuggling\"", Activity.class))
        .isInstanceOf(InvalidFormatException.class);
    assertThat(LENIENT.readValue("\"counter-smuggling\"", Activity.class))
        .isEqualTo(Activity.COUNTER_SMUGGLING);
  }

  @Test
  void programmesAreWrittenAsTheWriterWritesThem() throws IOException {
    assertThat(MAPPER.writeValueAsString(Samples.maliProgramme()))
        .isEqualTo(ProgrammeJson.writer().write(Samples.maliProgramme()));
    assertThat(MAPPER.readValue(Samples.maliDocument(), Programme.class))
        .isEqualTo(Samples.maliProgramme());
  }

  @Test
  void programmeTypesWorkInsideOtherTypes() throws IOException {
    Map<String, Programme> byKey = Map.of("mali", Samples.maliProgramme());

    String json = MAPPER.writeValueAsString(byKey);

    assertThat(MAPPER.readValue(json, new TypeReference<Map<String, Programme>>() {}))
        .isEqualTo(byKey);
    Classification classification = Samples.maliProgramme().classification();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(classification), Classification.class))
        .isEqualTo(classification);
  }

  @Test
  void aBadProgrammeFailsWithEveryFindingLocatedAtTheFirst() {
    String json =
        "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"T\",\n"
            + "\"classification\":{\"themes\":[\"POLICY\"]},\"partners\":[1]}";

    assertThatThrownBy(() -> MAPPER.readValue(json, Programme.class))
        .isInstanceOfSatisfying(
            InvalidProgrammeJsonException.class,
            e -> {
              assertThat(e.report().findings())
                  .extracting(Finding::ruleId, Finding::pointer)
                  .containsExactly(
                      tuple("unknown-code", "/classification/themes/0"),
                      tuple("wrong-type", "/partners/0"));
              assertThat(e.getLocation().getLineNr()).isEqualTo(2);
              assertThat(e.getMessage()).contains("/classification/themes/0");
            });
  }

  @Test
  void aLenientModuleKeepsUnknownMembersAndWritesThemBack() throws IOException {
    String json = Samples.minimalDocument().replace("{\"model", "{\"source\":\"export\",\"model");

    Programme programme = LENIENT.readValue(json, Programme.class);

    assertThat(programme.unknownMembers()).containsEntry("/source", "\"export\"");
    assertThat(LENIENT.writeValueAsString(programme)).endsWith(",\"source\":\"export\"}");
    assertThatThrownBy(() -> MAPPER.readValue(json, Programme.class))
        .isInstanceOf(InvalidProgrammeJsonException.class);
  }
}
