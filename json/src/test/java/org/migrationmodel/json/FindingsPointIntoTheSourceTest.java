package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationmodel.fixtures.Breach;
import org.migrationmodel.fixtures.RuleBreaker;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.StandardRule;
import org.migrationmodel.validation.Validator;

class FindingsPointIntoTheSourceTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final Pattern INDEX = Pattern.compile("/(\\d+)(?=/|$)");

  @Test
  void aValidationFindingAfterAnUnreadableCountryPointsAtTheCountryInTheDocument() {
    String json =
        "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"T\",\"countries\":[\n"
            + "{\"code\":\"ML\"},\n"
            + "{\"code\":\"UK\",\"role\":\"DESTINATION\"}],\n"
            + "\"classification\":{\"primaryActivity\":\"BORDER_MANAGEMENT\"}}";
    ProgrammeReader reader = ProgrammeReader.builder().validator(Validator.standard()).build();

    ReadResult result = reader.read(json);

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .contains(
            tuple("missing-member", "/countries/0/role"),
            tuple(StandardRule.COUNTRY_CODE.id(), "/countries/1/code"));
    Finding country =
        result.report().findings().stream()
            .filter(finding -> finding.ruleId().equals(StandardRule.COUNTRY_CODE.id()))
            .findFirst()
            .orElseThrow();
    assertThat(country.line()).hasValue(3);
    assertThat(country.column()).hasValue(2);
  }

  /**
   * For each standard rule, a programme that breaks it, with an unreadable element put first in
   * every list of its document that the rule does not {@linkplain StandardRule#dependsOn() depend
   * on} (in those, the unreadable element leaves the rule's findings out): the rule's findings
   * point at the document's elements, with the line of the value they name (or of its nearest
   * enclosing value the document has).
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(StandardRule.class)
  void eachRulesFindingsPointIntoTheDocumentPastUnreadableElements(StandardRule rule)
      throws IOException {
    Breach breach = RuleBreaker.breaking(rule, SampleProgrammes.assistedVoluntaryReturn());
    ObjectNode document =
        (ObjectNode) TREES.readTree(ProgrammeJson.writer().write(breach.programme()));
    putUnreadableElementFirst(document, "", rule);
    String json = TREES.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    ProgrammeReader reader = ProgrammeReader.builder().validator(breach.validator()).build();

    ReadResult result = reader.read(json);

    assertThat(result.programme()).contains(breach.programme());
    Map<String, Integer> lines = linesOfValues(json);
    var expected =
        breach.validator().validate(breach.programme()).findings().stream()
            .map(finding -> tuple(finding.ruleId(), shifted(finding.location().path(), rule)))
            .toList();
    var ruleFindings =
        result.report().findings().stream()
            .filter(finding -> finding.ruleId().equals(rule.id()))
            .toList();
    assertThat(ruleFindings)
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactlyInAnyOrderElementsOf(expected);
    for (Finding finding : ruleFindings) {
      assertThat(finding.line())
          .as(finding.location().path())
          .hasValue(lineOf(finding.location().path(), lines));
    }
  }

  private static void putUnreadableElementFirst(JsonNode node, String pointer, StandardRule rule) {
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        putUnreadableElementFirst(array.get(i), pointer + "/" + i, rule);
      }
      if (!dependsOn(rule, pointer)) {
        boolean objects = !array.isEmpty() && array.get(0).isObject();
        array.insert(0, objects ? TREES.createObjectNode() : TextNode.valueOf("NOT_A_CODE"));
      }
    } else if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        putUnreadableElementFirst(member.getValue(), pointer + "/" + member.getKey(), rule);
      }
    }
  }

  private static boolean dependsOn(StandardRule rule, String pointer) {
    return rule.dependsOn().stream()
        .anyMatch(member -> pointer.equals(member) || pointer.startsWith(member + "/"));
  }

  /**
   * A pointer into the programme, as it points into the document with one more element first in
   * each list that the rule does not depend on.
   */
  private static String shifted(String pointer, StandardRule rule) {
    Matcher index = INDEX.matcher(pointer);
    StringBuilder shifted = new StringBuilder();
    while (index.find()) {
      int shift = dependsOn(rule, pointer.substring(0, index.start())) ? 0 : 1;
      index.appendReplacement(shifted, "/" + (Integer.parseInt(index.group(1)) + shift));
    }
    return index.appendTail(shifted).toString();
  }

  /** The line of each value of a document (of its member name, for a member), by pointer. */
  private static Map<String, Integer> linesOfValues(String json) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = TREES.getFactory().createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (!token.isStructEnd()) {
          lines.putIfAbsent(
              parser.getParsingContext().pathAsPointer().toString(),
              parser.currentTokenLocation().getLineNr());
        }
      }
    }
    return lines;
  }

  private static int lineOf(String pointer, Map<String, Integer> lines) {
    String at = pointer;
    while (!lines.containsKey(at)) {
      at = at.substring(0, at.lastIndexOf('/'));
    }
    return lines.get(at);
  }
}
