package org.migrationmodel.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.format.MapperUnderTest.Setup;
import org.migrationmodel.format.MappingFailure.Kind;
import org.migrationmodel.json.ProgrammeJson;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Theme;
import org.migrationmodel.validation.Finding;

/**
 * The JSON format as Jackson users see it, held against both Jackson modules: the Jackson 2 module
 * of migration-model-json and the Jackson 3 module of migration-model-jackson3 each run these tests
 * from this one source, through a {@link MapperUnderTest} of their Jackson, so the two cannot drift.
 */
abstract class FormatContract {
  private static final String MINIMAL =
      "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"Border management\","
          + "\"classification\":{\"primaryActivity\":\"BORDER_MANAGEMENT\"}}";

  /** A mapper of the Jackson under test; a new one for each call. */
  abstract MapperUnderTest mapper(Setup setup);

  private static List<Term> everyTerm() {
    return Catalogue.standard().vocabularies().stream()
        .<Term>flatMap(vocabulary -> vocabulary.terms().stream())
        .toList();
  }

  static List<Programme> samples() {
    return SampleProgrammes.all();
  }

  @Test
  void jacksonsModuleDiscoveryFindsTheModule() {
    assertThat(mapper(Setup.FOUND).moduleNames()).contains("MigrationModelModule");
  }

  @ParameterizedTest
  @EnumSource(Setup.class)
  void everyTermIsWrittenAndReadByItsCodeWhateverTheEnumSettings(Setup setup) {
    MapperUnderTest mapper = mapper(setup);

    for (Term term : everyTerm()) {
      String json = mapper.write(term);

      assertThat(json).as(term.code()).isEqualTo("\"" + term.code() + "\"");
      assertThat(mapper.read(json, term.getClass())).as(term.code()).isEqualTo(term);
    }
  }

  @Test
  void aTermIsNeverReadFromAnOrdinal() {
    assertThatThrownBy(() -> mapper(Setup.ENUMS_BY_INDEX_IN_LOWER_CASE).read("3", Theme.class))
        .isInstanceOfSatisfying(
            MappingFailure.class, failure -> assertThat(failure.kind()).isEqualTo(Kind.MISMATCHED_INPUT));
  }

  @Test
  void anUnknownCodeFailsWithTheClosestCodesAndItsLine() {
    assertThatThrownBy(() -> mapper(Setup.FOUND).read("\n  \"COUNTER_SMUGLING\"", Activity.class))
        .isInstanceOfSatisfying(
            MappingFailure.class,
            failure -> {
              assertThat(failure.kind()).isEqualTo(Kind.INVALID_FORMAT);
              assertThat(failure.value()).isEqualTo("COUNTER_SMUGLING");
              assertThat(failure.getMessage()).contains("did you mean COUNTER_SMUGGLING");
              assertThat(failure.line()).isEqualTo(2);
            });
  }

  @Test
  void strictAndLenientMappersReadLooseSpellingsAsTheReaderDoes() {
    assertThatThrownBy(() -> mapper(Setup.FOUND).read("\"counter-smuggling\"", Activity.class))
        .isInstanceOfSatisfying(
            MappingFailure.class, failure -> assertThat(failure.kind()).isEqualTo(Kind.INVALID_FORMAT));
    assertThat(mapper(Setup.LENIENT).read("\"counter-smuggling\"", Activity.class))
        .isEqualTo(Activity.COUNTER_SMUGGLING);
  }

  @Test
  void mapKeysAreWrittenByCodeWhateverTheEnumSettings() {
    Map<Theme, Integer> byTheme = new LinkedHashMap<>();
    byTheme.put(Theme.POLICY_COHERENCE, 1);
    byTheme.put(Theme.MIGRANTS_HUMAN_RIGHTS, 2);

    for (Setup setup : Setup.values()) {
      assertThat(mapper(setup).write(byTheme))
          .as(setup.name())
          .isEqualTo("{\"POLICY_COHERENCE\":1,\"MIGRANTS_HUMAN_RIGHTS\":2}");
    }
  }

  @Test
  void mapKeysAreReadByCode() {
    assertThat(
            mapper(Setup.ENUMS_BY_INDEX_IN_LOWER_CASE)
                .readMap("{\"POLICY_COHERENCE\":1}", Theme.class, Integer.class))
        .containsExactly(Map.entry(Theme.POLICY_COHERENCE, 1));
  }

  @Test
  void anUnknownMapKeyFailsWithTheClosestCodes() {
    assertThatThrownBy(
            () -> mapper(Setup.FOUND).readMap("{\"POLICY_COHERENSE\":1}", Theme.class, Integer.class))
        .isInstanceOfSatisfying(
            MappingFailure.class,
            failure -> {
              assertThat(failure.kind()).isEqualTo(Kind.INVALID_FORMAT);
              assertThat(failure.value()).isEqualTo("POLICY_COHERENSE");
              assertThat(failure.getMessage()).contains("did you mean POLICY_COHERENCE");
            });
  }

  @Test
  void strictAndLenientMappersReadLooseMapKeysAsTheReaderDoes() {
    String json = "{\"policy-coherence\":1}";

    assertThatThrownBy(() -> mapper(Setup.FOUND).readMap(json, Theme.class, Integer.class))
        .isInstanceOfSatisfying(
            MappingFailure.class, failure -> assertThat(failure.kind()).isEqualTo(Kind.INVALID_FORMAT));
    assertThat(mapper(Setup.LENIENT).readMap(json, Theme.class, Integer.class))
        .containsExactly(Map.entry(Theme.POLICY_COHERENCE, 1));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sampleProgrammesAreWrittenAsTheWriterWritesThemAndReadBack(Programme programme) {
    String document = ProgrammeJson.writer().write(programme);

    for (Setup setup : Setup.values()) {
      MapperUnderTest mapper = mapper(setup);
      assertThat(mapper.write(programme)).as(setup.name()).isEqualTo(document);
      assertThat(mapper.read(document, Programme.class)).as(setup.name()).isEqualTo(programme);
    }
  }

  @Test
  void eachPartOfAProgrammeIsWrittenAndReadOnItsOwnAsInADocument() {
    Programme programme = completeSample();
    String document = ProgrammeJson.writer().write(programme);
    Budget budget = programme.budget().orElseThrow();

    assertPartAsInDocument(document, ProgrammePeriod.class, programme.period().orElseThrow());
    assertPartAsInDocument(document, ProgrammeCountry.class, programme.countries().get(0));
    assertPartAsInDocument(document, Classification.class, programme.classification());
    assertPartAsInDocument(document, Budget.class, budget);
    assertPartAsInDocument(document, Allocation.class, budget.allocations().get(0));
  }

  private <T> void assertPartAsInDocument(String document, Class<T> type, T part) {
    MapperUnderTest mapper = mapper(Setup.FOUND);
    String json = mapper.write(part);

    assertThat(document).contains(json);
    assertThat(mapper.read(json, type)).isEqualTo(part);
  }

  @Test
  void programmesReadAndWriteInsideListsAndMaps() {
    MapperUnderTest mapper = mapper(Setup.FOUND);
    List<Programme> programmes = samples();
    Map<String, Programme> byId = new LinkedHashMap<>();
    programmes.forEach(programme -> byId.put(programme.id(), programme));

    assertThat(mapper.readList(mapper.write(programmes), Programme.class)).isEqualTo(programmes);
    assertThat(mapper.readMap(mapper.write(byId), String.class, Programme.class)).isEqualTo(byId);
  }

  @Test
  void aBadProgrammeFailsWithEveryFindingAndItsPointerLocatedAtTheFirst() {
    String json =
        "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"T\",\n"
            + "\"classification\":{\"themes\":[\"POLICY\"]},\n\"partners\":[1]\n}";

    assertThatThrownBy(() -> mapper(Setup.FOUND).read(json, Programme.class))
        .isInstanceOfSatisfying(
            MappingFailure.class,
            failure -> {
              assertThat(failure.kind()).isEqualTo(Kind.INVALID_PROGRAMME);
              assertThat(failure.report().findings())
                  .extracting(Finding::ruleId, f -> f.location().path(), Finding::line)
                  .containsExactly(
                      tuple("unknown-code", "/classification/themes/0", java.util.OptionalInt.of(2)),
                      tuple("wrong-type", "/partners/0", java.util.OptionalInt.of(3)));
              assertThat(failure.line()).isEqualTo(2);
              assertThat(failure.column()).isEqualTo(29);
              assertThat(failure.getMessage()).contains("/classification/themes/0");
            });
  }

  @Test
  void findingsOfAProgrammeInsideAnotherValuePointIntoTheProgrammeWithTheDocumentsLines() {
    String json = "{\"a\": " + MINIMAL + ",\n \"b\": " + MINIMAL.replace("BORDER_MANAGEMENT", "X") + "}";

    assertThatThrownBy(() -> mapper(Setup.FOUND).readMap(json, String.class, Programme.class))
        .isInstanceOfSatisfying(
            MappingFailure.class,
            failure ->
                assertThat(failure.report().findings())
                    .extracting(Finding::ruleId, f -> f.location().path(), Finding::line)
                    .containsExactly(
                        tuple("unknown-code", "/classification/primaryActivity", java.util.OptionalInt.of(2))));
  }

  @Test
  void aBadProgrammeReadThroughATreeHasFindingsWithPointersButNoLines() {
    String json = MINIMAL.replace("BORDER_MANAGEMENT", "X");

    assertThatThrownBy(() -> mapper(Setup.FOUND).readThroughTree(json, Programme.class))
        .isInstanceOfSatisfying(
            MappingFailure.class,
            failure ->
                assertThat(failure.report().findings())
                    .singleElement()
                    .satisfies(
                        finding -> {
                          assertThat(finding.ruleId()).isEqualTo("unknown-code");
                          assertThat(finding.location().path()).isEqualTo("/classification/primaryActivity");
                          assertThat(finding.line()).isEmpty();
                        }));
  }

  @Test
  void aStrictMapperRefusesAnUnknownMemberThatALenientOneKeepsAndWritesBack() {
    String json = MINIMAL.replace("{\"model", "{\"source\":{\"system\":\"x\",\"n\":1.50},\"model");

    Programme programme = mapper(Setup.LENIENT).read(json, Programme.class);

    assertThat(programme.unknownMembers()).containsEntry("source", "{\"system\":\"x\",\"n\":1.50}");
    assertThat(mapper(Setup.LENIENT).write(programme))
        .isEqualTo(ProgrammeJson.writer().write(programme))
        .endsWith(",\"source\":{\"system\":\"x\",\"n\":1.50}}");
    assertThatThrownBy(() -> mapper(Setup.FOUND).read(json, Programme.class))
        .isInstanceOfSatisfying(
            MappingFailure.class,
            failure ->
                assertThat(failure.report().findings())
                    .extracting(Finding::ruleId, f -> f.location().path())
                    .containsExactly(tuple("unknown-member", "/source")));
  }

  @Test
  void decimalsKeepTheirDigitsAndScale() {
    String json =
        MINIMAL.replace(
            "}}",
            "},\"budget\":{\"currency\":\"USD\",\"total\":1000000000000000000000.10,"
                + "\"allocations\":[{\"activity\":\"BORDER_MANAGEMENT\",\"share\":100.000}]}}");

    Programme programme = mapper(Setup.FOUND).read(json, Programme.class);

    assertThat(programme.budget().orElseThrow().total()).hasToString("1000000000000000000000.10");
    assertThat(programme.budget().orElseThrow().allocations().get(0).share()).hasToString("100.000");
    assertThat(mapper(Setup.FOUND).write(programme)).isEqualTo(json);
  }

  @Test
  void aNumberWithAnExponentBeyondReachIsAnInvalidValue() {
    String json =
        MINIMAL.replace("}}", "},\"budget\":{\"currency\":\"USD\",\"total\":1e99999999999}}");

    assertThatThrownBy(() -> mapper(Setup.FOUND).read(json, Programme.class))
        .isInstanceOfSatisfying(
            MappingFailure.class,
            failure ->
                assertThat(failure.report().findings())
                    .extracting(Finding::ruleId, f -> f.location().path())
                    .containsExactly(tuple("invalid-value", "/budget/total")));
  }

  @ParameterizedTest
  @EnumSource(Setup.class)
  void malformedJsonFailsAsJacksonsOwnStreamReadError(Setup setup) {
    assertThatThrownBy(() -> mapper(setup).read(MINIMAL.substring(0, 60), Programme.class))
        .isInstanceOfSatisfying(
            MappingFailure.class, failure -> assertThat(failure.kind()).isEqualTo(Kind.STREAM_READ));
  }

  private static Programme completeSample() {
    return samples().stream()
        .filter(programme -> programme.period().isPresent() && !programme.countries().isEmpty())
        .filter(programme -> programme.budget().map(b -> !b.allocations().isEmpty()).orElse(false))
        .findFirst()
        .orElseThrow();
  }
}
