package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.primitives.Bytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmodel.json.internal.Member;
import org.migrationmodel.validation.Finding;

/**
 * Malformed and hostile input: each case gives its finding, with a pointer and a line, and never an
 * exception.
 */
class BadInputTest {
  private static final ProgrammeReader READER = ProgrammeJson.reader();
  private static final ObjectMapper TREES = new ObjectMapper();

  private static ReadResult readBytes(byte[] json) throws IOException {
    return READER.read(new ByteArrayInputStream(json));
  }

  private static Finding only(ReadResult result) {
    assertThat(result.report().findings()).hasSize(1);
    return result.report().findings().get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n\t "})
  void emptyInputIsASyntaxProblemOfTheWholeDocument(String json) {
    ReadResult result = READER.read(json);

    Finding finding = only(result);
    assertThat(finding.ruleId()).isEqualTo("json-syntax");
    assertThat(finding.location().path()).isEmpty();
    assertThat(finding.line()).isPresent();
    assertThat(result.programme()).isEmpty();
  }

  @Test
  void aUtf8ByteOrderMarkIsPassedOverInBytesAndInText() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] document = Samples.maliDocument().getBytes(StandardCharsets.UTF_8);

    assertThat(readBytes(Bytes.concat(bom, document)).programme())
        .contains(Samples.maliProgramme());
    assertThat(READER.read("\uFEFF" + Samples.maliDocument()).programme())
        .contains(Samples.maliProgramme());
  }

  @Test
  void aTruncatedDocumentIsASyntaxProblemWhereItEnds() {
    String document = Samples.maliDocument();
    String truncated = document.substring(0, document.indexOf("12500000"));

    ReadResult result = READER.read(truncated);

    Finding finding = only(result);
    assertThat(finding.ruleId()).isEqualTo("json-syntax");
    assertThat(finding.location().path()).isEqualTo("/budget/total");
    assertThat(finding.line()).hasValue((int) truncated.lines().count());
    assertThat(result.programme()).isEmpty();
  }

  @Test
  void invalidUtf8IsASyntaxProblemAtTheBadByte() throws IOException {
    byte[] json =
        Samples.minimalDocument()
            .replace("Border management", "Border XX")
            .getBytes(StandardCharsets.UTF_8);
    int bad = Bytes.indexOf(json, "XX".getBytes(StandardCharsets.UTF_8));
    json[bad] = (byte) 0xFF;

    Finding finding = only(readBytes(json));

    assertThat(finding.ruleId()).isEqualTo("json-syntax");
    assertThat(finding.location().path()).isEqualTo("/title");
    assertThat(finding.message()).contains("the byte FF, which UTF-8 never uses");
    assertThat(finding.column()).hasValue(bad + 1);
  }

  @Test
  void oneHundredThousandNestedArraysStopAtTheDepthLimit() {
    String json = "{\"modelVersion\":\"1.0\",\"partners\":" + "[".repeat(100_000);

    ReadResult result = READER.read(json);

    // The first inner array is a wrong type for an agency code; the depth limit stops the rest.
    assertThat(result.report().findings())
        .extracting(Finding::ruleId)
        .containsExactly("wrong-type", "limit-exceeded");
    Finding limit = result.report().findings().get(1);
    assertThat(limit.location().path()).isEqualTo("/partners" + "/0".repeat(64));
    assertThat(limit.message()).contains("64").contains("maxNestingDepth");
  }

  @Test
  void aTwentyMegabyteStringStopsAtTheStringLimit() {
    String json =
        Samples.minimalDocument().replace("Border management", "x".repeat(20 * 1024 * 1024));

    ReadResult result = READER.read(json);

    Finding finding = only(result);
    assertThat(finding.ruleId()).isEqualTo("limit-exceeded");
    assertThat(finding.location().path()).isEqualTo("/title");
    assertThat(finding.message()).contains("maxStringLength").doesNotContain("xxxxxxxx");
    assertThat(result.programme()).isEmpty();
  }

  @Test
  void aTenThousandDigitNumberStopsAtTheNumberLimit() {
    String json =
        "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"T\",\"classification\":{},"
            + "\"budget\":{\"currency\":\"USD\",\"total\":"
            + "9".repeat(10_000)
            + "}}";

    Finding finding = only(READER.read(json));

    assertThat(finding.ruleId()).isEqualTo("limit-exceeded");
    assertThat(finding.location().path()).isEqualTo("/budget/total");
    assertThat(finding.message()).contains("maxNumberLength").doesNotContain("99999999");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
  void nanAndInfinityAreNotJsonNumbers(String number) {
    String json =
        "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"T\",\"classification\":{},"
            + "\"budget\":{\"currency\":\"USD\",\"total\":"
            + number
            + "}}";

    Finding finding = only(READER.read(json));

    assertThat(finding.ruleId()).isEqualTo("json-syntax");
    assertThat(finding.location().path()).isEqualTo("/budget/total");
    assertThat(finding.message()).contains(number).doesNotContain("JsonReadFeature");
    assertThat(finding.column()).hasValue(json.indexOf(number) + number.length() + 1);
  }

  @Test
  void duplicateKeysAreReportedWhereTheyRepeat() {
    String json =
        Samples.minimalDocument()
            .replace(
                "{\"primaryActivity\":\"BORDER_MANAGEMENT\"}",
                "{\"primaryActivity\":\"BORDER_MANAGEMENT\",\"primaryActivity\":\"RESETTLEMENT\"}");

    ReadResult result = READER.read(json);

    Finding finding = only(result);
    assertThat(finding.ruleId()).isEqualTo("duplicate-member");
    assertThat(finding.location().path()).isEqualTo("/classification/primaryActivity");
    assertThat(result.programme()).isPresent();
  }

  /** Every member, with its pointer in the sample document. */
  static Stream<String> memberPointers() {
    return Stream.of(Member.values()).map(BadInputTest::pointer);
  }

  @ParameterizedTest
  @MethodSource("memberPointers")
  void aWrongTypeInAnyMemberIsReportedAtThatMember(String pointer) throws IOException {
    ObjectNode document = sample();
    JsonNode original = document.at(pointer);
    JsonNode wrong = original.isTextual() ? IntNode.valueOf(42) : TextNode.valueOf("x");

    ReadResult result = READER.read(replace(document, pointer, wrong));

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .contains(tuple("wrong-type", pointer));
  }

  @ParameterizedTest
  @MethodSource("memberPointers")
  void nullInAnyMemberIsReportedAtThatMember(String pointer) throws IOException {
    ReadResult result =
        READER.read(replace(sample(), pointer, JsonNodeFactory.instance.nullNode()));

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(tuple("null-value", pointer));
  }

  /** The pointer of every code in the sample document: single codes and first list elements. */
  static Stream<String> codePointers() {
    return Stream.of(
        "/countries/0/role",
        "/classification/primaryActivity",
        "/classification/declaredPrimaryArea",
        "/classification/secondaryActivities/0",
        "/classification/crossCuttingActivities/0",
        "/classification/themes/0",
        "/classification/modalities/0",
        "/classification/drivers/0",
        "/classification/targetGroups/0",
        "/budget/allocations/0/activity",
        "/partners/0");
  }

  @ParameterizedTest
  @MethodSource("codePointers")
  void anUnknownCodeIsReportedWithTheCodeItMisspells(String pointer) throws IOException {
    ObjectNode document = sample();
    String code = document.at(pointer).asText();
    String misspelt = code.substring(0, code.length() - 1) + "Q";

    Finding finding = only(READER.read(replace(document, pointer, TextNode.valueOf(misspelt))));

    assertThat(finding.ruleId()).isEqualTo("unknown-code");
    assertThat(finding.location().path()).isEqualTo(pointer);
    assertThat(finding.suggestions()).contains(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {" xyz", " {}", "]", "}", " \"more\""})
  void trailingGarbageIsReportedAndTheProgrammeKept(String garbage) {
    String json = Samples.minimalDocument() + garbage;

    ReadResult result = READER.read(json);

    Finding finding = only(result);
    assertThat(finding.ruleId()).isEqualTo("json-syntax");
    assertThat(finding.message()).contains("follows");
    assertThat(finding.column().getAsInt()).isGreaterThan(Samples.minimalDocument().length());
    assertThat(result.programme()).contains(Samples.minimalProgramme());
  }

  @Test
  void trailingTextBeyondALimitIsReportedAsThatLimitAndTheProgrammeKept() {
    String document = Samples.minimalDocument();
    ProgrammeReader shortNumbers =
        ProgrammeReader.builder().limits(ReadLimits.standard().withMaxNumberLength(10)).build();
    ProgrammeReader shortDocuments =
        ProgrammeReader.builder()
            .limits(ReadLimits.standard().withMaxDocumentLength(document.length() + 5))
            .build();

    for (ReadResult result :
        new ReadResult[] {
          shortNumbers.read(document + " " + "1".repeat(20)),
          shortDocuments.read(document + " ".repeat(10) + "1")
        }) {
      assertThat(only(result).ruleId()).isEqualTo("limit-exceeded");
      assertThat(result.programme()).contains(Samples.minimalProgramme());
    }
  }

  @Test
  void utf32IsRefusedAsNotUtf8AtItsFirstByte() throws IOException {
    byte[] json = {0, 0, 0, '{', 0x7F, 0, 0, 0};

    ReadResult result = readBytes(json);

    Finding finding = only(result);
    assertThat(finding.ruleId()).isEqualTo("json-syntax");
    assertThat(finding.message()).startsWith("The input is not UTF-8").contains("UTF-32");
    assertThat(finding.line()).hasValue(1);
    assertThat(finding.column()).hasValue(1);
    assertThat(result.programme()).isEmpty();
  }

  @Test
  void anNdjsonFileWithOneBadLineReadsEveryGoodLine() throws IOException {
    String good = Samples.minimalDocument();
    String bad = good.substring(0, 30);
    String ndjson = String.join("\n", good, good, bad, good, good) + "\n";

    BatchResult batch = READER.readAll(ndjson, BulkFormat.NDJSON);

    assertThat(batch.programmes()).hasSize(4).containsOnly(Samples.minimalProgramme());
    assertThat(batch.summary())
        .isEqualTo(new BulkSummary(5, 4, 1, 1, true, OptionalInt.empty(), 0));
    ReadResult broken = batch.records().get(2);
    assertThat(broken.recordNumber()).isEqualTo(3);
    assertThat(broken.line()).isEqualTo(3);
    assertThat(only(broken).ruleId()).isEqualTo("json-syntax");
    assertThat(only(broken).line()).hasValue(3);
  }

  private static String pointer(Member member) {
    String name = "/" + member.jsonName();
    return switch (member.owner()) {
      case PROGRAMME -> name;
      case COUNTRY -> "/countries/0" + name;
      case ALLOCATION -> "/budget/allocations/0" + name;
      default -> "/" + member.owner().noun() + name;
    };
  }

  private static ObjectNode sample() throws IOException {
    return (ObjectNode) TREES.readTree(Samples.maliDocument());
  }

  private static String replace(ObjectNode document, String pointer, JsonNode value)
      throws IOException {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = document.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent.isArray()) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
    return TREES.writerWithDefaultPrettyPrinter().writeValueAsString(document);
  }
}
