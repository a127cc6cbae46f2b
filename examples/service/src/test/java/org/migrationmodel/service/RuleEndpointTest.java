package org.migrationmodel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationmodel.json.JsonProblem;
import org.migrationmodel.report.FindingCatalogue;
import org.migrationmodel.validation.StandardRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ApiSliceTest
class RuleEndpointTest {
  @Autowired private MockMvc mvc;

  @Test
  void theListIsTheLibrarysCatalogueOfEveryFindingId() throws Exception {
    String body =
        mvc.perform(get("/api/v1/rules"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> ids = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (JsonNode rule : new ObjectMapper().readTree(body)) {
      ids.add(rule.get("id").asText());
      sources.add(rule.get("source").asText());
      assertThat(rule.get("summary").asText()).as("summary of %s", rule.get("id")).isNotBlank();
      assertThat(rule.get("rationale").asText()).as("rationale of %s", rule.get("id")).isNotBlank();
    }
    FindingCatalogue catalogue = FindingCatalogue.standard();
    assertThat(ids).containsExactlyElementsOf(catalogue.ids());
    assertThat(sources)
        .containsExactlyElementsOf(
            catalogue.entries().stream().map(entry -> entry.origin().label()).toList());
    assertThat(sources).contains("validator", "reader", "suggester", "iati");
  }

  @Test
  void aRuleIsDescribedAsTheLibraryDescribesIt() throws Exception {
    StandardRule rule = StandardRule.TITLE_REQUIRED;
    mvc.perform(get("/api/v1/rules/{id}", rule.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value("title-required"))
        .andExpect(jsonPath("$.severity").value(rule.severity().name()))
        .andExpect(jsonPath("$.source").value("validator"))
        .andExpect(jsonPath("$.summary").value(rule.summary()))
        .andExpect(jsonPath("$.rationale").value(rule.rationale()));
  }

  @Test
  void aReadingProblemIsDescribedToo() throws Exception {
    mvc.perform(get("/api/v1/rules/{id}", JsonProblem.UNKNOWN_CODE.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value("unknown-code"))
        .andExpect(jsonPath("$.severity").value("ERROR"))
        .andExpect(jsonPath("$.source").value("reader"));
  }

  @Test
  void anUnknownIdIsAnUnknownRuleProblemNamingTheId() throws Exception {
    mvc.perform(get("/api/v1/rules/{id}", "no-such-rule"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/unknown-rule"))
        .andExpect(jsonPath("$.title").value("Unknown rule"))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.ruleId").value("no-such-rule"));
  }
}
