package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.crosswalk.Crosswalk;
import org.migrationmodel.crosswalk.Link;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.TermLifecycle;
import org.migrationmodel.taxonomy.Theme;

/** The files the json artifact publishes for systems not written in Java. */
class PublishedFilesTest {
  private static final String DIRECTORY = "/META-INF/migration-model/";
  private static final Catalogue CATALOGUE = Catalogue.standard();

  static Stream<Arguments> publishedFiles() {
    Supplier<String> schema = ProgrammeJson::schema;
    Supplier<String> json = () -> ProgrammeJson.catalogueAsJson(CATALOGUE);
    Supplier<String> csv = () -> ProgrammeJson.catalogueAsCsv(CATALOGUE);
    Supplier<String> crosswalkJson = () -> ProgrammeJson.crosswalkAsJson(Crosswalk.standard());
    Supplier<String> crosswalkCsv = () -> ProgrammeJson.crosswalkAsCsv(Crosswalk.standard());
    return Stream.of(
        Arguments.of("programme.schema.json", schema),
        Arguments.of("catalogue.json", json),
        Arguments.of("catalogue.csv", csv),
        Arguments.of("crosswalk.json", crosswalkJson),
        Arguments.of("crosswalk.csv", crosswalkCsv));
  }

  @ParameterizedTest
  @MethodSource("publishedFiles")
  void thePublishedFileIsWhatTheApiGenerates(String name, Supplier<String> generated)
      throws IOException {
    assertThat(published(name)).isEqualTo(generated.get());
  }

  @Test
  void theCrosswalkJsonHoldsEveryLinkEveryTermOutsideTheGcmAndTheGaps() throws IOException {
    Crosswalk crosswalk = Crosswalk.standard();
    JsonNode json = new ObjectMapper().readTree(published("crosswalk.json"));
    assertThat(json.get("version").asText()).isEqualTo(crosswalk.version());
    assertThat(json.get("links")).hasSize(crosswalk.links().size());
    assertThat(json.get("outsideGcm")).hasSize(crosswalk.outsideGcmReasons().size());
    assertThat(json.get("frameworks").findValuesAsText("id")).contains("gcm", "sdg");
    assertThat(json.get("gcmGaps").toString()).isEqualTo("[\"8\",\"13\",\"22\"]");
    JsonNode first = json.get("links").get(0);
    Link link = crosswalk.links().get(0);
    assertThat(first.get("code").asText()).isEqualTo(link.source().code());
    assertThat(first.get("target").asText()).isEqualTo(link.target().code());
    assertThat(first.get("strength").asText()).isEqualTo(link.strength().name());
  }

  @Test
  void theCrosswalkCsvHasOneRowPerLinkAndPerTermOutsideTheGcm() throws IOException {
    Crosswalk crosswalk = Crosswalk.standard();
    List<List<String>> rows = parseCsv(published("crosswalk.csv"));
    assertThat(rows.get(0))
        .containsExactly(
            "version",
            "source_vocabulary",
            "source_code",
            "framework",
            "target_code",
            "target_title",
            "relation",
            "justification");
    assertThat(rows).hasSize(1 + crosswalk.links().size() + crosswalk.outsideGcmReasons().size());
    assertThat(rows.subList(1, rows.size()))
        .allSatisfy(row -> assertThat(row).hasSize(8).element(7).asString().isNotBlank());
    assertThat(rows)
        .filteredOn(row -> row.get(6).equals("OUTSIDE"))
        .extracting(row -> row.get(2))
        .contains("ASYLUM_AND_REFUGEES", "INTERNALLY_DISPLACED_PERSONS");
  }

  @Test
  void theCatalogueJsonHoldsEveryTermWithThreeLabelsItsStatusAndTheAreaOfEachActivity()
      throws IOException {
    JsonNode catalogue = new ObjectMapper().readTree(published("catalogue.json"));
    Map<String, JsonNode> terms = new HashMap<>();
    for (JsonNode vocabulary : catalogue.get("vocabularies")) {
      for (JsonNode term : vocabulary.get("terms")) {
        terms.put(vocabulary.get("id").asText() + " " + term.get("code").asText(), term);
      }
    }

    assertThat(catalogue.get("version").asText()).isEqualTo(CATALOGUE.version());
    assertThat(terms).hasSize(CATALOGUE.terms().size());
    for (Term term : CATALOGUE.terms()) {
      JsonNode published = terms.get(term.vocabulary().id() + " " + term.code());
      assertThat(published).as("%s", term).isNotNull();
      assertThat(published.get("labels").get("en").asText())
          .isEqualTo(term.displayName(java.util.Locale.ENGLISH));
      assertThat(published.get("labels").get("fr").asText()).isNotBlank();
      assertThat(published.get("labels").get("es").asText()).isNotBlank();
      assertThat(published.get("description").asText()).isEqualTo(term.description());
      assertThat(published.get("status").asText())
          .isEqualTo(CATALOGUE.lifecycle(term).status().name());
      if (term instanceof Activity activity) {
        assertThat(published.get("area").asText()).isEqualTo(activity.area().code());
      }
      if (term instanceof Theme theme) {
        assertThat(published.get("number").asInt()).isEqualTo(theme.number());
      }
    }
  }

  @Test
  void aWithdrawnTermCarriesTheVersionThatWithdrewIt() throws IOException {
    Map<Term, TermLifecycle> lifecycles = new HashMap<>();
    for (Term term : CATALOGUE.terms()) {
      lifecycles.put(term, CATALOGUE.lifecycle(term));
    }
    lifecycles.put(Theme.POLICY_COHERENCE, TermLifecycle.withdrawn("1.0", "1.1"));

    JsonNode catalogue =
        new ObjectMapper().readTree(ProgrammeJson.catalogueAsJson(Catalogue.of("1.1", lifecycles)));

    List<JsonNode> themes = new ArrayList<>();
    catalogue
        .get("vocabularies")
        .forEach(
            vocabulary -> {
              if (vocabulary.get("id").asText().equals(Theme.POLICY_COHERENCE.vocabulary().id())) {
                vocabulary.get("terms").forEach(themes::add);
              }
            });
    assertThat(themes)
        .filteredOn(term -> term.has("withdrawnIn"))
        .extracting(term -> term.get("code").asText(), term -> term.get("withdrawnIn").asText())
        .containsExactly(tuple("POLICY_COHERENCE", "1.1"));
  }

  @Test
  void theCatalogueCsvHasOneRowPerTermWithThreeLabels() throws IOException {
    List<List<String>> rows = parseCsv(published("catalogue.csv"));

    assertThat(rows.get(0))
        .containsExactly(
            "vocabulary",
            "code",
            "label_en",
            "label_fr",
            "label_es",
            "description",
            "status",
            "introduced_in",
            "withdrawn_in",
            "area",
            "number");
    List<List<String>> body = rows.subList(1, rows.size());
    assertThat(body).hasSize(CATALOGUE.terms().size());
    for (int i = 0; i < body.size(); i++) {
      Term term = CATALOGUE.terms().get(i);
      List<String> row = body.get(i);
      assertThat(row).hasSize(11);
      assertThat(row.subList(0, 2)).containsExactly(term.vocabulary().id(), term.code());
      assertThat(row.subList(2, 5)).allSatisfy(label -> assertThat(label).isNotBlank());
      assertThat(row.get(3)).isEqualTo(term.displayName(java.util.Locale.FRENCH));
      assertThat(row.get(5)).isEqualTo(term.description());
      assertThat(row.get(9))
          .isEqualTo(term instanceof Activity activity ? activity.area().code() : "");
    }
  }

  private static String published(String name) throws IOException {
    try (InputStream in = ProgrammeJson.class.getResourceAsStream(DIRECTORY + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** RFC 4180 fields, so that the test does not trust the writer's own quoting. */
  private static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    return rows;
  }
}
