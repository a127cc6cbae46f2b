package org.migrationmodel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every problem type, each as the answer to a request that causes it: its status, {@code type},
 * title and media type, and no trace of the server's internals in the body.
 */
@ApiSliceTest
@Import(ProblemDetailsTest.Failing.class)
@TestPropertySource(
    properties = "migration-model.service.max-request-bytes=" + ProblemDetailsTest.LIMIT)
class ProblemDetailsTest {
  static final int LIMIT = 1000;
  private static final Set<Problem> SEEN = EnumSet.noneOf(Problem.class);

  @Autowired private MockMvc mvc;

  /** Endpoints that fail as only a bug or an odd client would make the real ones fail. */
  @RestController
  static class Failing {
    @GetMapping("/test/fails")
    String fails() {
      throw new IllegalStateException("secret at /srv/app in org.example.Internal");
    }

    @GetMapping("/test/needs-header")
    String needsHeader(@RequestHeader("X-Required") String value) {
      return value;
    }
  }

  @Test
  void aBodyThatIsNeitherJsonNorNdjsonIsUnsupportedMediaType() throws Exception {
    expect(
            Problem.UNSUPPORTED_MEDIA_TYPE,
            mvc.perform(
                post("/api/v1/validate").contentType(MediaType.TEXT_PLAIN).content("hello")))
        .andExpect(jsonPath("$.detail").value(containsString("application/x-ndjson")));
  }

  @Test
  void aBodyWithoutAContentTypeIsUnsupportedMediaType() throws Exception {
    expect(Problem.UNSUPPORTED_MEDIA_TYPE, mvc.perform(post("/api/v1/report").content("{}")));
  }

  @Test
  void askingForHtmlFindingsIsNotAcceptable() throws Exception {
    expect(
        Problem.NOT_ACCEPTABLE,
        mvc.perform(
            post("/api/v1/validate")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.TEXT_HTML)
                .content("{}")));
  }

  @Test
  void aBodyOverTheLimitIsRequestTooLarge() throws Exception {
    expect(
        Problem.REQUEST_TOO_LARGE,
        mvc.perform(
            post("/api/v1/validate")
                .contentType(MediaType.APPLICATION_JSON)
                .content(" ".repeat(LIMIT + 1) + "{}")));
  }

  @Test
  void anUnknownRuleIsUnknownRule() throws Exception {
    expect(Problem.UNKNOWN_RULE, mvc.perform(get("/api/v1/rules/not-a-rule")));
  }

  @Test
  void aPathNothingIsServedAtIsNotFound() throws Exception {
    expect(Problem.NOT_FOUND, mvc.perform(get("/api/v1/nothing-here")));
  }

  @Test
  void getOnTheValidateEndpointIsMethodNotAllowedAndSaysWhatIs() throws Exception {
    expect(Problem.METHOD_NOT_ALLOWED, mvc.perform(get("/api/v1/validate")))
        .andExpect(header().string("Allow", "POST"));
  }

  @Test
  void aLenientFlagThatIsNotABooleanIsAnInvalidParameter() throws Exception {
    expect(
            Problem.INVALID_PARAMETER,
            mvc.perform(
                post("/api/v1/validate")
                    .param("lenient", "maybe")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{}")))
        .andExpect(jsonPath("$.parameter").value("lenient"));
  }

  @Test
  void aTopBelowOneIsAnInvalidParameter() throws Exception {
    expect(
            Problem.INVALID_PARAMETER,
            mvc.perform(
                post("/api/v1/suggest")
                    .param("top", "0")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"Border management\"}")))
        .andExpect(jsonPath("$.parameter").value("top"));
  }

  @Test
  void aSuggestBodyWithoutATitleIsAnInvalidTextRecord() throws Exception {
    expect(
            Problem.INVALID_TEXT,
            mvc.perform(
                post("/api/v1/suggest")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"description\":\"no title\"}")))
        .andExpect(jsonPath("$.detail").value(containsString("\"title\"")));
  }

  @Test
  void aSuggestBodyThatIsNotAnObjectIsAnInvalidTextRecord() throws Exception {
    expect(
            Problem.INVALID_TEXT,
            mvc.perform(
                post("/api/v1/suggest").contentType(MediaType.APPLICATION_JSON).content("[1]")))
        .andExpect(jsonPath("$.detail").value("The body must be one JSON object."));
    expect(
            Problem.INVALID_TEXT,
            mvc.perform(
                post("/api/v1/suggest")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\n nope}")))
        .andExpect(jsonPath("$.detail").value(containsString("line 2")));
  }

  @Test
  void aSuggestBodyInAnUnknownLanguageIsAnInvalidTextRecord() throws Exception {
    expect(
            Problem.INVALID_TEXT,
            mvc.perform(
                post("/api/v1/suggest")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"Grenzschutz\",\"lang\":\"de\"}")))
        .andExpect(jsonPath("$.detail").value(containsString("'de'")));
  }

  @Test
  void aMissingRequiredHeaderIsABadRequest() throws Exception {
    expect(Problem.BAD_REQUEST, mvc.perform(get("/test/needs-header")));
  }

  @Test
  void aFailureInsideTheServiceIsAnInternalErrorThatTellsNothingOfIt() throws Exception {
    String body =
        expect(Problem.INTERNAL_ERROR, mvc.perform(get("/test/fails")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).doesNotContain("secret", "/srv/app", "org.example", "IllegalState");
  }

  @ParameterizedTest
  @EnumSource(Problem.class)
  void everyProblemTypeResolvesToItsDescription(Problem problem) throws Exception {
    mvc.perform(get(problem.type().toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.type").value(problem.type().toString()))
        .andExpect(jsonPath("$.title").value(problem.title()))
        .andExpect(jsonPath("$.status").value(problem.status().value()))
        .andExpect(jsonPath("$.description").value(problem.description()));
  }

  @Test
  void anUnknownProblemTypeIsNotFound() throws Exception {
    expect(Problem.NOT_FOUND, mvc.perform(get("/problems/no-such-problem")));
  }

  @AfterAll
  static void everyProblemTypeWasCaused() {
    assertThat(SEEN)
        .as("problem types caused by the tests above")
        .containsExactlyInAnyOrder(Problem.values());
  }

  private static ResultActions expect(Problem problem, ResultActions actions) throws Exception {
    String body =
        actions
            .andExpect(status().is(problem.status().value()))
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value(problem.type().toString()))
            .andExpect(jsonPath("$.title").value(problem.title()))
            .andExpect(jsonPath("$.status").value(problem.status().value()))
            .andExpect(jsonPath("$.detail").isNotEmpty())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).doesNotContain("Exception", "\tat ", "org.springframework", "java.");
    SEEN.add(problem);
    return actions;
  }
}
