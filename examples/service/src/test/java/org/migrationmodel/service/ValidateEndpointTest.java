package org.migrationmodel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ApiSliceTest
class ValidateEndpointTest {
  private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired private MockMvc mvc;

  @Test
  void aCleanDocumentIsOneValidRecordWithoutFindings() throws Exception {
    mvc.perform(
            post("/api/v1/validate")
                .contentType(MediaType.APPLICATION_JSON)
                .content(Samples.cleanDocument(7)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.records.length()").value(1))
        .andExpect(jsonPath("$.records[0].valid").value(true))
        .andExpect(jsonPath("$.records[0].findings").isEmpty())
        .andExpect(jsonPath("$.summary.programmes").value(1))
        .andExpect(jsonPath("$.summary.valid").value(1))
        .andExpect(jsonPath("$.summary.invalid").value(0))
        .andExpect(jsonPath("$.summary.errors").value(0));
  }

  @Test
  void ndjsonIsAnsweredWithTheLibrarysFindingsDocument() throws Exception {
    byte[] file = Samples.bytes(Samples.BROKEN);
    String answer =
        mvc.perform(post("/api/v1/validate").contentType(NDJSON).content(file))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    JsonNode expected = JSON.readTree(Samples.findingsDocument(file, false));
    assertThat(JSON.readTree(answer)).isEqualTo(expected);
    assertThat(expected.at("/summary/programmes").asInt()).isEqualTo(32);
    assertThat(expected.at("/summary/invalid").asInt()).isPositive();
  }

  @Test
  void eachFindingCarriesItsRecordLinePointerAndRule() throws Exception {
    String second = Samples.cleanDocument(1);
    String broken =
        Samples.cleanDocument(2).replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\" \"");
    mvc.perform(post("/api/v1/validate").contentType(NDJSON).content(second + "\n" + broken + "\n"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.records.length()").value(2))
        .andExpect(jsonPath("$.records[0].findings").isEmpty())
        .andExpect(jsonPath("$.records[1].input").value("request"))
        .andExpect(jsonPath("$.records[1].record").value(2))
        .andExpect(jsonPath("$.records[1].line").value(2))
        .andExpect(jsonPath("$.records[1].valid").value(false))
        .andExpect(jsonPath("$.records[1].findings[0].ruleId").value("title-required"))
        .andExpect(jsonPath("$.records[1].findings[0].severity").value("ERROR"))
        .andExpect(jsonPath("$.records[1].findings[0].pointer").value("/title"))
        .andExpect(jsonPath("$.records[1].findings[0].line").value(2))
        .andExpect(jsonPath("$.summary.programmes").value(2))
        .andExpect(jsonPath("$.summary.invalid").value(1));
  }

  @Test
  void aJsonArrayIsReadRecordByRecord() throws Exception {
    String body = "[" + Samples.cleanDocument(3) + ",\n{\"modelVersion\":\"1.0\"}]";
    mvc.perform(post("/api/v1/validate").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.records.length()").value(2))
        .andExpect(jsonPath("$.records[1].record").value(2))
        .andExpect(jsonPath("$.records[1].line").value(2))
        .andExpect(jsonPath("$.records[1].findings[0].ruleId").value("missing-member"))
        .andExpect(jsonPath("$.summary.programmes").value(2))
        .andExpect(jsonPath("$.summary.valid").value(1));
  }

  @Test
  void anUnknownMemberIsAFindingUnlessReadLeniently() throws Exception {
    String document = Samples.cleanDocument(4).replaceFirst("\\{", "{\"internalNote\":\"x\",");
    mvc.perform(post("/api/v1/validate").contentType(MediaType.APPLICATION_JSON).content(document))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.records[0].findings[0].ruleId").value("unknown-member"))
        .andExpect(jsonPath("$.records[0].findings[0].pointer").value("/internalNote"))
        .andExpect(jsonPath("$.summary.invalid").value(1));
    mvc.perform(
            post("/api/v1/validate")
                .param("lenient", "true")
                .contentType(MediaType.APPLICATION_JSON)
                .content(document))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.records[0].findings").isEmpty())
        .andExpect(jsonPath("$.summary.valid").value(1));
  }

  @Test
  void malformedJsonIsAFindingAboutTheDataNotAProblemWithTheRequest() throws Exception {
    mvc.perform(
            post("/api/v1/validate")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"modelVersion\": \"1.0\", \"id\": "))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.records[0].findings[0].ruleId").value("json-syntax"))
        .andExpect(jsonPath("$.records[0].findings[0].line").value(1))
        .andExpect(jsonPath("$.summary.errors").value(1));
  }

  @Test
  void aRecordPastTheReadersLimitsIsReportedAsLimitExceeded() throws Exception {
    String deep = "[".repeat(100) + "]".repeat(100);
    String document = "{\"modelVersion\":\"1.0\",\"id\":\"DEEP\",\"partners\":" + deep + "}";
    mvc.perform(post("/api/v1/validate").contentType(MediaType.APPLICATION_JSON).content(document))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.records[0].findings[?(@.ruleId == 'limit-exceeded')]").exists());
  }

  @Test
  void aBodyInAnotherCaseOfContentTypeWithACharsetIsStillJson() throws Exception {
    mvc.perform(
            post("/api/v1/validate")
                .header("Content-Type", "Application/JSON; charset=UTF-8")
                .content(Samples.cleanDocument(5)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.summary.valid").value(1));
  }
}
