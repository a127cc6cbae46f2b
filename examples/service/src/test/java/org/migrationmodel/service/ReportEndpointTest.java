package org.migrationmodel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.common.html.HtmlEscapers;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.migrationmodel.taxonomy.Area;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ApiSliceTest
class ReportEndpointTest {
  private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

  @Autowired private MockMvc mvc;

  @Test
  void theReportCountsTheProgrammesAndDrawsTheFourAreas() throws Exception {
    String page =
        mvc.perform(
                post("/api/v1/report")
                    .contentType(NDJSON)
                    .content(Samples.bytes(Samples.PROGRAMMES)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
            .andExpect(header().string("Content-Security-Policy", SecurityHeaders.REPORT_POLICY))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("<h1>Migration portfolio: 44 programmes</h1>");
    for (Area area : Area.values()) {
      assertThat(page)
          .contains(HtmlEscapers.htmlEscaper().escape(area.displayName(Locale.ENGLISH)));
    }
  }

  @Test
  void programmesThatCannotBeReadAreLeftOutOfTheReport() throws Exception {
    String body = Samples.cleanDocument(1) + "\n{\"modelVersion\":\"1.0\",\"id\":\n";
    mvc.perform(post("/api/v1/report").contentType(NDJSON).content(body))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Migration portfolio: 1 programmes")));
  }

  @Test
  void theReportingCurrencyCanBeChosen() throws Exception {
    mvc.perform(
            post("/api/v1/report")
                .param("currency", "CHF")
                .contentType(NDJSON)
                .content(Samples.bytes(Samples.PROGRAMMES)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Budget CHF ")));
  }

  @Test
  void aCurrencyThatIsNotAnIsoCodeIsAnInvalidParameter() throws Exception {
    mvc.perform(
            post("/api/v1/report")
                .param("currency", "<b>eur</b>")
                .contentType(MediaType.APPLICATION_JSON)
                .content(Samples.cleanDocument(1)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"))
        .andExpect(jsonPath("$.parameter").value("currency"));
  }
}
