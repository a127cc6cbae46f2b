package org.migrationmodel.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.fixtures.BrokenLine;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.json.ProgrammeJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Whichever line of a body is broken, and however, every endpoint accounts for every line, as the
 * command-line tool does: validate counts each line as a record and the broken one as unreadable,
 * at its line, whether the body is sent as JSON (its layout told from its content) or as NDJSON;
 * the report names the broken record and counts the others; suggest, which takes one record, says
 * on which line its body could not be read. Each case follows from its seed, which its name gives.
 */
@ApiSliceTest
class EveryEndpointAccountsForEveryLineTest {
  private static final int LINES = 5;
  private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired private MockMvc mvc;

  static Stream<Arguments> cases() {
    return BrokenLine.everyWayAndPlace(2_100, LINES).stream()
        .map(broken -> Arguments.of(broken.seed(), broken.kind(), broken.line()));
  }

  @ParameterizedTest(name = "seed {0}: {1} at line {2}")
  @MethodSource("cases")
  void everyEndpointCountsEveryLineAndNamesTheBrokenOne(long seed, BrokenLine kind, int line)
      throws Exception {
    List<byte[]> lines = lines(seed, kind, line);
    byte[] body = joined(lines);
    String where = "seed " + seed + ", " + kind + " at line " + line;

    for (MediaType type : List.of(MediaType.APPLICATION_JSON, NDJSON)) {
      JsonNode answer = JSON.readTree(post("/api/v1/validate", type, body).getContentAsString());
      assertThat(answer.at("/summary/programmes").asInt()).as("%s, %s", type, where).isEqualTo(5);
      assertThat(answer.at("/summary/unreadableRecords").asInt())
          .as("%s, %s", type, where)
          .isEqualTo(1);
      assertThat(answer.get("records"))
          .filteredOn(record -> !record.has("id"))
          .extracting(record -> record.get("line").asInt())
          .as("%s, %s", type, where)
          .containsExactly(line);
    }

    String page =
        post("/api/v1/report", MediaType.APPLICATION_JSON, body)
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .as("report, %s", where)
        .contains("<h1>Migration portfolio: " + (LINES - 1) + " programmes</h1>")
        .contains("Incomplete: 1 record could not be read")
        .contains("record " + line + " (line " + line + ") could not be read");

    MockHttpServletResponse alone =
        post("/api/v1/suggest", MediaType.APPLICATION_JSON, lines.get(line - 1));
    assertThat(alone.getStatus()).as("suggest, %s", where).isEqualTo(400);
    assertThat(JSON.readTree(alone.getContentAsString()).get("detail").asText())
        .as("suggest, %s", where)
        .contains("line 1");
    MockHttpServletResponse all = post("/api/v1/suggest", MediaType.APPLICATION_JSON, body);
    assertThat(all.getStatus()).as("suggest, %s", where).isEqualTo(400);
    assertThat(JSON.readTree(all.getContentAsString()).get("type").asText())
        .isEqualTo("/problems/invalid-text");
  }

  private MockHttpServletResponse post(String path, MediaType type, byte[] body) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post(path).contentType(type).content(body))
        .andReturn()
        .getResponse();
  }

  /** Five generated programmes, one a line, the given line broken. */
  private static List<byte[]> lines(long seed, BrokenLine kind, int brokenLine) {
    ProgrammeGenerator programmes = new ProgrammeGenerator(seed);
    SplittableRandom random = new SplittableRandom(seed);
    List<byte[]> lines = new ArrayList<>();
    for (int i = 1; i <= LINES; i++) {
      byte[] line =
          ProgrammeJson.writer().write(programmes.next()).getBytes(StandardCharsets.UTF_8);
      lines.add(i == brokenLine ? kind.breaking(line, random) : line);
    }
    return lines;
  }

  private static byte[] joined(List<byte[]> lines) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (byte[] line : lines) {
      body.writeBytes(line);
      body.write('\n');
    }
    return body.toByteArray();
  }
}
