package org.migrationmodel.service;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.migrationmodel.json.ProgrammeJson;
import org.migrationmodel.report.CatalogueTree;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

@ApiSliceTest
class CatalogueEndpointTest {
  @Autowired private MockMvc mvc;

  @Test
  void withoutAnAcceptHeaderTheCatalogueIsTheLibrarysJson() throws Exception {
    mvc.perform(get("/api/v1/catalogue"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(
            content()
                .json(ProgrammeJson.catalogueAsJson(Catalogue.standard()), JsonCompareMode.STRICT))
        .andExpect(header().string("Vary", "Accept"));
  }

  @Test
  void acceptingCsvGivesTheLibrarysCsv() throws Exception {
    mvc.perform(get("/api/v1/catalogue").accept("text/csv"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(content().string(ProgrammeJson.catalogueAsCsv(Catalogue.standard())));
  }

  @Test
  void theClientsMostPreferredTypeWins() throws Exception {
    mvc.perform(get("/api/v1/catalogue").header("Accept", "application/json;q=0.5, text/csv"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"));
  }

  @Test
  void plainTextIsTheTreeLabelledInTheLanguageAsked() throws Exception {
    StringWriter french = new StringWriter();
    new CatalogueTree(SupportedLanguage.FRENCH)
        .print(Catalogue.standard(), new PrintWriter(french));
    mvc.perform(get("/api/v1/catalogue").param("lang", "fr").accept(MediaType.TEXT_PLAIN))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Language", "fr"))
        .andExpect(content().string(french.toString()));
  }

  @Test
  void aLanguageOtherThanEnglishFrenchOrSpanishIsAnInvalidParameter() throws Exception {
    mvc.perform(get("/api/v1/catalogue").param("lang", "de"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.parameter").value("lang"));
  }

  @Test
  void aTypeTheCatalogueIsNotWrittenInIsNotAcceptable() throws Exception {
    mvc.perform(get("/api/v1/catalogue").accept(MediaType.APPLICATION_XML))
        .andExpect(status().isNotAcceptable())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/not-acceptable"))
        .andExpect(jsonPath("$.status").value(406));
  }
}
