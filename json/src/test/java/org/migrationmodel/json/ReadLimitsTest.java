package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.taxonomy.Theme;
import org.migrationmodel.validation.Finding;

/** Each limit can be set per reader, and input just beyond it is reported where it is. */
class ReadLimitsTest {
  private static final String DOCUMENT = Samples.maliDocument();

  static Stream<Arguments> limits() {
    UnaryOperator<ProgrammeReader.Builder> depth =
        builder -> builder.limits(ReadLimits.standard().withMaxNestingDepth(2));
    UnaryOperator<ProgrammeReader.Builder> string =
        builder -> builder.limits(ReadLimits.standard().withMaxStringLength(40));
    UnaryOperator<ProgrammeReader.Builder> number =
        builder -> builder.limits(ReadLimits.standard().withMaxNumberLength(5));
    UnaryOperator<ProgrammeReader.Builder> name =
        builder -> builder.limits(ReadLimits.standard().withMaxNameLength(20));
    UnaryOperator<ProgrammeReader.Builder> document =
        builder -> builder.limits(ReadLimits.standard().withMaxDocumentLength(500));
    return Stream.of(
        Arguments.of("maxNestingDepth", depth, "/countries/0"),
        Arguments.of("maxStringLength", string, "/title"),
        Arguments.of("maxNumberLength", number, "/budget/total"),
        Arguments.of("maxNameLength", name, "/classification"),
        Arguments.of("maxDocumentLength", document, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void aLowerLimitStopsTheFirstValueBeyondIt(
      String limit, UnaryOperator<ProgrammeReader.Builder> setting, String pointer) {
    ProgrammeReader reader = setting.apply(ProgrammeReader.builder()).build();

    ReadResult result = reader.read(DOCUMENT);

    assertThat(result.report().findings())
        .last()
        .satisfies(
            finding -> {
              assertThat(finding.ruleId()).isEqualTo("limit-exceeded");
              assertThat(finding.message()).contains(limit);
              assertThat(finding.line()).isPresent();
            });
    assertThat(result.report().findings())
        .extracting(f -> f.location().path())
        .containsExactly(pointer);
    assertThat(result.programme()).isEmpty();
  }

  // Below the longest member name (crossCuttingActivities, 22 characters), the name expected next
  // may be too long to match on the input's bytes; the name actually given is then read as usual.
  @Test
  void aNameLimitBelowTheExpectedNameStillReadsTheNameGiven() {
    ProgrammeReader reader =
        ProgrammeReader.builder().limits(ReadLimits.standard().withMaxNameLength(20)).build();
    String document =
        Samples.minimalDocument()
            .replace(
                "\"primaryActivity\":\"BORDER_MANAGEMENT\"",
                "\"primaryActivity\":\"BORDER_MANAGEMENT\","
                    + "\"secondaryActivities\":[\"EXCHANGE_OF_EXPERTISE\"],"
                    + "\"themes\":[\"MIGRANTS_HUMAN_RIGHTS\"]");

    ReadResult result = reader.read(document);

    assertThat(result.report().findings()).isEmpty();
    assertThat(result.programme())
        .hasValueSatisfying(
            programme -> {
              assertThat(programme.classification().themes())
                  .containsExactly(Theme.MIGRANTS_HUMAN_RIGHTS);
              assertThat(programme.classification().crossCuttingActivities()).isEmpty();
            });
  }

  @Test
  void theDefaultLimitsReadTheSampleDocument() {
    assertThat(ProgrammeReader.builder().build().read(DOCUMENT).isValid()).isTrue();
  }

  static Stream<Arguments> zeroLimits() {
    UnaryOperator<ReadLimits> depth = limits -> limits.withMaxNestingDepth(0);
    UnaryOperator<ReadLimits> string = limits -> limits.withMaxStringLength(0);
    UnaryOperator<ReadLimits> number = limits -> limits.withMaxNumberLength(0);
    UnaryOperator<ReadLimits> name = limits -> limits.withMaxNameLength(0);
    UnaryOperator<ReadLimits> document = limits -> limits.withMaxDocumentLength(0);
    return Stream.of(
        Arguments.of("maxNestingDepth", depth),
        Arguments.of("maxStringLength", string),
        Arguments.of("maxNumberLength", number),
        Arguments.of("maxNameLength", name),
        Arguments.of("maxDocumentLength", document));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("zeroLimits")
  void everyLimitMustBePositive(String limit, UnaryOperator<ReadLimits> zero) {
    assertThatThrownBy(() -> zero.apply(ReadLimits.standard()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(limit + " 0 is not positive");
  }

  @Test
  void theStandardLimitsAreTheDocumentedOnesAndEachWitherChangesOnlyItsOwn() {
    ReadLimits standard = ReadLimits.standard();

    assertThat(standard).isEqualTo(new ReadLimits(64, 1_048_576, 64, 256, 16_777_216L));
    assertThat(standard.withMaxNestingDepth(3))
        .isEqualTo(new ReadLimits(3, 1_048_576, 64, 256, 16_777_216L));
    assertThat(standard.withMaxStringLength(3))
        .isEqualTo(new ReadLimits(64, 3, 64, 256, 16_777_216L));
    assertThat(standard.withMaxNumberLength(3))
        .isEqualTo(new ReadLimits(64, 1_048_576, 3, 256, 16_777_216L));
    assertThat(standard.withMaxNameLength(3))
        .isEqualTo(new ReadLimits(64, 1_048_576, 64, 3, 16_777_216L));
    assertThat(standard.withMaxDocumentLength(3))
        .isEqualTo(new ReadLimits(64, 1_048_576, 64, 256, 3L));
  }

  @Test
  void aReaderKeepsItsLimitsAndItsBuilderStartsFromThem() {
    ReadLimits limits = ReadLimits.standard().withMaxNameLength(20);
    ProgrammeReader reader = ProgrammeReader.builder().limits(limits).build();

    assertThat(ProgrammeReader.builder().build().limits()).isEqualTo(ReadLimits.standard());
    assertThat(reader.limits()).isEqualTo(limits);
    assertThat(reader.toBuilder().build().limits()).isEqualTo(limits);
  }

  @Test
  void aDocumentOrRecordOfExactlyTheLengthLimitIsReadAndOneByteLongerIsNot() {
    String document = Samples.minimalDocument();
    ProgrammeReader exact =
        ProgrammeReader.builder()
            .limits(ReadLimits.standard().withMaxDocumentLength(document.length()))
            .build();
    ProgrammeReader short1 =
        ProgrammeReader.builder()
            .limits(ReadLimits.standard().withMaxDocumentLength(document.length() - 1))
            .build();
    String array = "[" + document + ",\n  " + document + "]";
    String ndjson = document + "\n" + document + "\n";

    assertThat(exact.read(document).isValid()).isTrue();
    assertThat(exact.readAll(array, BulkFormat.JSON_ARRAY).summary())
        .isEqualTo(new BulkSummary(2, 2, 0, 0, true, OptionalInt.empty(), 0));
    assertThat(exact.readAll(ndjson, BulkFormat.NDJSON).summary())
        .isEqualTo(new BulkSummary(2, 2, 0, 0, true, OptionalInt.empty(), 0));
    assertThat(short1.read(document).report().findings())
        .extracting(Finding::ruleId)
        .containsExactly("limit-exceeded");
    assertThat(short1.readAll(array, BulkFormat.JSON_ARRAY).report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(tuple("limit-exceeded", "/0"), tuple("limit-exceeded", "/1"));
    assertThat(short1.readAll(ndjson, BulkFormat.NDJSON).report().findings())
        .extracting(Finding::ruleId, Finding::message)
        .containsOnly(
            tuple(
                "limit-exceeded",
                "The line is longer than the limit of "
                    + (document.length() - 1)
                    + " bytes; the reader's maxDocumentLength sets it."));
  }

  @Test
  void aReaderBuiltFromAnotherKeepsItsSettings() {
    ProgrammeReader lenient =
        ProgrammeReader.builder()
            .mode(ReadMode.LENIENT)
            .limits(ReadLimits.standard().withMaxStringLength(40))
            .build();

    ProgrammeReader copy = lenient.toBuilder().build();

    assertThat(copy.mode()).isEqualTo(ReadMode.LENIENT);
    assertThat(copy.read(DOCUMENT).report().findings())
        .extracting(Finding::ruleId)
        .containsExactly("limit-exceeded");
  }

  @Test
  void aLenientRecordKeepsAtMostAThousandUnknownMembers() {
    StringBuilder json = new StringBuilder("{\"modelVersion\":\"1.0\"");
    for (int i = 0; i < 1000; i++) {
      json.append(",\"extra").append(i).append("\":").append(i);
    }
    // The one too many is passed over whole, not read as members of the programme.
    json.append(",\"extra1000\":{\"id\":\"P-2\",\"title\":7}");
    json.append(",\"id\":\"P-1\",\"title\":\"T\",\"classification\":{}}");

    ReadResult result =
        ProgrammeReader.builder().mode(ReadMode.LENIENT).build().read(json.toString());

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(tuple("limit-exceeded", "/extra1000"));
    assertThat(result.programme().orElseThrow().unknownMembers()).hasSize(1000);
    assertThat(result.programme().orElseThrow().id()).isEqualTo("P-1");
  }

  @Test
  void aRecordListsAtMostAThousandFindingsAndCountsTheRest() {
    StringBuilder json = new StringBuilder("{\"modelVersion\":\"1.0\"");
    for (int i = 0; i < 1500; i++) {
      json.append(",\"extra").append(i).append("\":").append(i);
    }
    json.append('}');

    ReadResult result = ProgrammeJson.reader().read(json.toString());

    assertThat(result.report().findings()).hasSize(1001);
    assertThat(result.report().findings())
        .filteredOn(finding -> finding.ruleId().equals("limit-exceeded"))
        .singleElement()
        .satisfies(finding -> assertThat(finding.message()).contains("problems; 503 more"));
  }
}
