package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.migrationmodel.validation.Finding;

/** Records read as JSON trees: any value, with the findings and limits of programme records. */
class JsonRecordsTest {
  private static final ProgrammeReader READER = ProgrammeReader.builder().build();

  @Test
  void eachLineIsATreeWhateverValueItHoldsAndNumbersAreKeptAsWritten() throws IOException {
    List<JsonRecord> records =
        read("{\"title\":\"T\",\"n\":[1,12345678901,1e400,0.10]}\n\"text\"\nnull\n");

    assertThat(records).extracting(JsonRecord::isValid).containsExactly(true, true, true);
    JsonNode first = records.get(0).value().orElseThrow();
    assertThat(first.get("title").asText()).isEqualTo("T");
    assertThat(first.get("n").get(1).longValue()).isEqualTo(12_345_678_901L);
    assertThat(first.get("n").get(2).decimalValue()).isEqualTo(new BigDecimal("1e400"));
    assertThat(first.get("n").get(3).decimalValue().toPlainString()).isEqualTo("0.10");
    assertThat(records.get(1).value().orElseThrow().asText()).isEqualTo("text");
    assertThat(records.get(2).value().orElseThrow().isNull()).isTrue();
  }

  @Test
  void aMemberGivenTwiceIsReportedWhereItIsAndItsFirstValueKept() throws IOException {
    JsonRecord record = read("{\"title\":\"first\",\"x\":{\"title\":1,\"title\":2}}\n").get(0);

    assertThat(record.isValid()).isFalse();
    assertThat(record.value().orElseThrow().at("/x/title").asInt()).isEqualTo(1);
    assertThat(record.report().findings())
        .extracting(Finding::ruleId, f -> f.location().path(), Finding::column)
        .containsExactly(tuple("duplicate-member", "/x/title", OptionalInt.of(33)));
  }

  @Test
  void aBrokenRecordHasNoValueAndItsFindingIsOnItsLine() throws IOException {
    List<JsonRecord> records = read("{\"title\":\"a\"\n{\"title\":\"b\"}\n[1,\n");

    assertThat(records)
        .extracting(JsonRecord::line, r -> r.value().isPresent())
        .containsExactly(tuple(1, false), tuple(2, true), tuple(3, false));
    assertThat(records.get(2).report().findings())
        .extracting(Finding::ruleId, Finding::line)
        .containsExactly(tuple("json-syntax", OptionalInt.of(3)));
    assertThat(records.get(0).toString()).startsWith("Record 1 (line 1): [ERROR json-syntax");
  }

  @Test
  void aJsonArrayOfRecordsIsReadElementByElement() throws IOException {
    List<JsonRecord> records = read("[{\"title\":\"a\"},\n{\"title\":\"b\"}]");

    assertThat(records)
        .extracting(JsonRecord::recordNumber, JsonRecord::line, JsonRecord::isValid)
        .containsExactly(tuple(1, 1, true), tuple(2, 2, true));
  }

  @Test
  void aRecordLongerThanTheLimitIsReportedAndTheNextRead() throws IOException {
    ProgrammeReader reader =
        ProgrammeReader.builder().limits(ReadLimits.standard().withMaxDocumentLength(40)).build();
    String text = "[{\"title\":\"" + "x".repeat(60) + "\"},\n{\"title\":\"b\"}]";

    try (RecordStream<JsonRecord> records =
        reader.jsonRecords(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      List<JsonRecord> read = new ArrayList<>();
      records.forEach(read::add);

      assertThat(read).extracting(JsonRecord::isValid).containsExactly(false, true);
      assertThat(read.get(0).report().findings())
          .extracting(Finding::ruleId)
          .containsExactly("limit-exceeded");
      assertThat(records.summary())
          .isEqualTo(new BulkSummary(2, 1, 1, 1, true, OptionalInt.empty(), 0));
    }
  }

  private static List<JsonRecord> read(String text) throws IOException {
    List<JsonRecord> all = new ArrayList<>();
    try (RecordStream<JsonRecord> records =
        READER.jsonRecords(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      records.forEach(all::add);
    }
    return all;
  }
}
