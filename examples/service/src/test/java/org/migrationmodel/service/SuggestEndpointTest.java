package org.migrationmodel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.migrationmodel.cli.MigrationModelCli;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ApiSliceTest
class SuggestEndpointTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MISFILED =
      """
      {"id":"x-1","lang":"fr","title":"Lutte contre la traite des personnes au Niger",\
      "description":"Identification des victimes, foyers d'accueil, formation des magistrats et\
       retour volontaire des victimes dans leur pays.",\
      "classification":{"primaryActivity":"WORKERS_AND_PROFESSIONALS"}}""";

  @Autowired private MockMvc mvc;

  @Test
  void aTextIsAnsweredExactlyAsTheCommandLineToolAnswersIt() throws Exception {
    String answer =
        mvc.perform(
                post("/api/v1/suggest")
                    .param("top", "2")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(MISFILED))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    ObjectNode expected = (ObjectNode) JSON.readTree(cliSuggest(MISFILED, "--top", "2"));
    // The tool names standard input "-"; the service names the body "request".
    expected.put("source", "request");
    JsonNode actual = JSON.readTree(answer);
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.get("disagrees").asBoolean()).isTrue();
    assertThat(actual.get("aboutMigration").asBoolean()).isTrue();
    assertThat(actual.at("/suggestions/0/activity").asText()).isEqualTo("COUNTER_TRAFFICKING");
    assertThat(actual.get("suggestions")).hasSize(2);
  }

  @Test
  void theLanguageIsDetectedWhenTheTextGivesNone() throws Exception {
    mvc.perform(
            post("/api/v1/suggest")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"title\":\"Remesas más baratas\",\"description\":\"Las remesas de los"
                        + " trabajadores migrantes y el costo de las transferencias de"
                        + " dinero.\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.source").value("request"))
        .andExpect(jsonPath("$.record").value(1))
        .andExpect(jsonPath("$.lang").value("es"))
        .andExpect(jsonPath("$.suggestions[0].activity").value("REMITTANCES_AND_MONEY_TRANSFERS"))
        .andExpect(jsonPath("$.primaryActivity").doesNotExist());
  }

  private static String cliSuggest(String record, String... options) {
    StringWriter out = new StringWriter();
    String[] args = new String[options.length + 4];
    args[0] = "suggest";
    args[1] = "--format";
    args[2] = "json";
    System.arraycopy(options, 0, args, 3, options.length);
    args[args.length - 1] = "-";
    int exit =
        MigrationModelCli.commandLine(
                new ByteArrayInputStream(record.getBytes(StandardCharsets.UTF_8)))
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(new StringWriter()))
            .execute(args);
    assertThat(exit).isZero();
    return out.toString();
  }
}
