package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.base.Splitter;
import com.google.common.primitives.Bytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmodel.validation.Finding;

/** Input must be UTF-8 (RFC 8259, section 8.1), with no unpaired surrogate (RFC 7493, 2.1). */
class Utf8InputTest {
  private static final ProgrammeReader READER = ProgrammeReader.builder().build();
  private static final ProgrammeReader LENIENT =
      ProgrammeReader.builder().mode(ReadMode.LENIENT).build();

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"})
  void otherUnicodeEncodingsAreRefusedAtTheirFirstByte(String encoding) throws IOException {
    byte[] json = Samples.minimalDocument().getBytes(Charset.forName(encoding));

    ReadResult result = READER.read(new ByteArrayInputStream(json));

    Finding finding = only(result);
    assertThat(finding.ruleId()).isEqualTo("json-syntax");
    assertThat(finding.message()).startsWith("The input is not UTF-8").contains("UTF-16");
    assertThat(finding.line()).hasValue(1);
    assertThat(result.programme()).isEmpty();
  }

  @Test
  void theOverlongSlashC0AfIsRefusedNotReadAsASlash() throws IOException {
    Finding finding = only(readWithBytesInTitle((byte) 0xC0, (byte) 0xAF));

    assertThat(finding.ruleId()).isEqualTo("json-syntax");
    assertThat(finding.location().path()).isEqualTo("/title");
    assertThat(finding.message()).contains("the bytes C0 AF, an overlong encoding of U+002F");
  }

  @Test
  void bytesBeyondUnicodeF4BfBfBfAreRefusedNotReadAsSurrogates() throws IOException {
    Finding finding =
        only(readWithBytesInTitle((byte) 0xF4, (byte) 0xBF, (byte) 0xBF, (byte) 0xBF));

    assertThat(finding.message()).contains("the bytes F4 BF BF BF, beyond U+10FFFF");
  }

  @Test
  void anEncodedSurrogateIsRefused() throws IOException {
    Finding finding = only(readWithBytesInTitle((byte) 0xED, (byte) 0xA0, (byte) 0x80));

    assertThat(finding.message()).contains("the surrogate U+D800 encoded on its own");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\ud800", "\\ud800x", "\\udc00", "\\ud800\\ud800", "\\ud800\\u0041"})
  void anEscapedUnpairedSurrogateIsRefusedWhereItIs(String escape) {
    String json = Samples.minimalDocument().replace("Border management", "Border " + escape);

    Finding finding = only(LENIENT.read(json));

    assertThat(finding.ruleId()).isEqualTo("json-syntax");
    assertThat(finding.location().path()).isEqualTo("/title");
    assertThat(finding.message()).contains("surrogate").contains("RFC 7493");
    assertThat(finding.column()).hasValue(json.indexOf(escape) + 1);
  }

  // Jackson takes both for text: only the library's own check, which passes over plain bytes eight
  // at a time, can refuse them, wherever they fall among those eight. A run of plain bytes is
  // tested from its first byte, which follows either another plain byte or a character that is
  // not plain, here the two-byte é.
  static Stream<Arguments> placesAmongPlainBytes() {
    return Stream.of("", "é")
        .flatMap(
            lead ->
                IntStream.of(0, 1, 5, 7, 8, 9, 15, 16, 17, 23)
                    .mapToObj(plainBytes -> Arguments.of(lead, plainBytes)));
  }

  @ParameterizedTest(name = "after \"{0}\" and {1} plain bytes")
  @MethodSource("placesAmongPlainBytes")
  void anEncodedSurrogateIsFoundWhereverItFallsAmongPlainBytes(String lead, int plainBytes)
      throws IOException {
    List<String> around = Splitter.on("Border management").splitToList(Samples.minimalDocument());
    byte[] before =
        (around.get(0) + lead + "p".repeat(plainBytes)).getBytes(StandardCharsets.UTF_8);
    byte[] document =
        Bytes.concat(
            before,
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            around.get(1).getBytes(StandardCharsets.UTF_8));

    Finding finding = only(READER.read(new ByteArrayInputStream(document)));

    assertThat(finding.ruleId()).isEqualTo("json-syntax");
    assertThat(finding.message()).contains("the surrogate U+D800 encoded on its own");
    assertThat(finding.column()).hasValue(before.length + 1);
  }

  @ParameterizedTest(name = "after \"{0}\" and {1} plain bytes")
  @MethodSource("placesAmongPlainBytes")
  void anEscapedUnpairedSurrogateIsFoundWhereverItFallsAmongPlainBytes(String lead, int plainBytes)
      throws IOException {
    String json =
        Samples.minimalDocument()
            .replace("Border management", lead + "p".repeat(plainBytes) + "\\ud800");
    byte[] document = json.getBytes(StandardCharsets.UTF_8);

    Finding finding = only(READER.read(new ByteArrayInputStream(document)));

    assertThat(finding.ruleId()).isEqualTo("json-syntax");
    assertThat(finding.location().path()).isEqualTo("/title");
    assertThat(finding.message()).contains("surrogate").contains("RFC 7493");
    // Columns count bytes.
    assertThat(finding.column()).hasValue(Bytes.indexOf(document, (byte) '\\') + 1);
  }

  @Test
  void anEscapedSurrogatePairIsOneCharacter() {
    String json = Samples.minimalDocument().replace("Border management", "\\ud83c\\udf0d");

    ReadResult result = READER.read(json);

    assertThat(result.report().findings()).isEmpty();
    assertThat(result.programme().orElseThrow().title()).isEqualTo("\uD83C\uDF0D");
  }

  @Test
  void anUnpairedSurrogateInJavaTextIsRefused() {
    String json = Samples.minimalDocument().replace("Border management", "Border \uD800 x");

    Finding finding = only(READER.read(json));

    assertThat(finding.ruleId()).isEqualTo("json-syntax");
    assertThat(finding.message()).contains("not UTF-8");
  }

  @Test
  void aUtf8ByteOrderMarkAtTheStartIsPassedOver() throws IOException {
    byte[] json =
        Bytes.concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            Samples.minimalDocument().getBytes(StandardCharsets.UTF_8));

    ReadResult result = READER.read(new ByteArrayInputStream(json));

    assertThat(result.report().findings()).isEmpty();
    assertThat(result.programme()).contains(Samples.minimalProgramme());
    assertThat(READER.read("\uFEFF" + Samples.minimalDocument()).programme())
        .contains(Samples.minimalProgramme());
  }

  @Test
  void aBadByteInAnNdjsonLineCostsThatLineOnlyAndPointsAtIt() throws IOException {
    String good = Samples.minimalDocument();
    byte[] bad = good.replace("Border management", "Border XX").getBytes(StandardCharsets.UTF_8);
    int at = Bytes.indexOf(bad, "XX".getBytes(StandardCharsets.UTF_8));
    bad[at] = (byte) 0xC0;
    bad[at + 1] = (byte) 0xAF;
    byte[] ndjson =
        Bytes.concat(
            (good + "\n").getBytes(StandardCharsets.UTF_8),
            bad,
            ("\n" + good + "\n").getBytes(StandardCharsets.UTF_8));

    BatchResult batch = READER.readAll(new ByteArrayInputStream(ndjson), BulkFormat.NDJSON);

    assertThat(batch.records())
        .extracting(ReadResult::line, ReadResult::isValid)
        .containsExactly(tuple(1, true), tuple(2, false), tuple(3, true));
    Finding finding = only(batch.records().get(1));
    assertThat(finding.message()).contains("C0 AF");
    assertThat(finding.line()).hasValue(2);
    assertThat(finding.column()).hasValue(at + 1);
  }

  @Test
  void aBadByteInAJsonArrayKeepsTheRecordsBeforeItAndStopsThere() throws IOException {
    String good = Samples.minimalDocument();
    int cut = good.indexOf("management");
    byte[] array =
        Bytes.concat(
            ("[" + good + ",\n" + good.substring(0, cut)).getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xFF},
            (good.substring(cut) + "]").getBytes(StandardCharsets.UTF_8));

    BatchResult batch = READER.readAll(new ByteArrayInputStream(array), BulkFormat.JSON_ARRAY);

    assertThat(batch.records()).extracting(ReadResult::isValid).containsExactly(true, false);
    assertThat(only(batch.records().get(1)).message()).contains("the byte FF");
    assertThat(batch.summary().complete()).isFalse();
    assertThat(batch.summary().stoppedAtLine()).hasValue(2);
  }

  private static ReadResult readWithBytesInTitle(byte... bytes) throws IOException {
    byte[] json =
        Samples.minimalDocument()
            .replace("Border management", "Border XX")
            .getBytes(StandardCharsets.UTF_8);
    int at = Bytes.indexOf(json, "XX".getBytes(StandardCharsets.UTF_8));
    byte[] spliced =
        Bytes.concat(
            Arrays.copyOfRange(json, 0, at), bytes, Arrays.copyOfRange(json, at + 2, json.length));
    return READER.read(new ByteArrayInputStream(spliced));
  }

  private static Finding only(ReadResult result) {
    assertThat(result.report().findings()).hasSize(1);
    return result.report().findings().get(0);
  }
}
