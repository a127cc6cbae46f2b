package org.migrationmodel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Problems only a real server shows: the size limit on a body that comes without a length, which is
 * enforced as the body is read, and errors Tomcat answers before Spring MVC sees the request. A
 * small limit keeps the bodies small; reading on one thread keeps the read-ahead of worker threads
 * (batches of up to 1 MiB) from reaching that limit before the first finding is sent.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "migration-model.service.max-request-bytes=" + ServerProblemsTest.LIMIT,
      "migration-model.service.reading-threads=1"
    })
class ServerProblemsTest {
  static final int LIMIT = 20_000;

  @LocalServerPort private int port;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void aBodyWithALengthOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
    HttpResponse<String> response = send(HttpRequest.BodyPublishers.ofByteArray(ndjson(LIMIT + 1)));
    assertProblem(response);
  }

  @Test
  void aBodyWithoutALengthIsCutOffAtTheLimit() throws Exception {
    byte[] body = ndjson(LIMIT * 2);
    HttpResponse<String> response =
        send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    assertProblem(response);
  }

  @Test
  void aBodyPastTheLimitAfterFindingsWereStreamedBreaksTheAnswerOff() throws Exception {
    // Each line holds hundreds of unknown codes, so findings are sent long before the limit.
    String line =
        "{\"modelVersion\":\"1.0\",\"id\":\"X\",\"classification\":{\"themes\":["
            + String.join(",", Collections.nCopies(300, "\"NOT_A_THEME\""))
            + "]}}\n";
    byte[] body = line.repeat(LIMIT / line.length() + 2).getBytes(StandardCharsets.UTF_8);
    String answer;
    try {
      answer =
          send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
              .body();
    } catch (IOException e) {
      return; // The connection was broken off before the answer's end, as it should be.
    }
    String received = answer;
    assertThatThrownBy(() -> new ObjectMapper().readTree(received))
        .as("an answer cut off at the limit is not JSON")
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void aBodyWithoutALengthWithinTheLimitIsValidated() throws Exception {
    byte[] body = ndjson(LIMIT / 2);
    HttpResponse<String> response =
        send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode summary = new ObjectMapper().readTree(response.body()).get("summary");
    assertThat(summary.get("programmes").asLong()).isPositive();
    assertThat(summary.get("invalid").asLong()).isZero();
  }

  @Test
  void aPathTomcatCannotDecodeIsABadRequestProblem() throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket
          .getOutputStream()
          .write(
              "GET /api/v1/rules/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer)
          .startsWith("HTTP/1.1 400")
          .containsIgnoringCase("Content-Type: application/problem+json")
          .contains("\"type\":\"/problems/bad-request\"", "\"status\":400")
          .doesNotContain("Tomcat", "Exception", "<html");
    }
  }

  private HttpResponse<String> send(HttpRequest.BodyPublisher body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/validate"))
            .header("Content-Type", "application/x-ndjson")
            .POST(body)
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void assertProblem(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = new ObjectMapper().readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo("/problems/request-too-large");
    assertThat(problem.get("status").asInt()).isEqualTo(413);
  }

  // Clean programmes, one a line, at least the given number of bytes and less than a line more.
  private static byte[] ndjson(int atLeast) {
    StringBuilder lines = new StringBuilder();
    for (long seed = 0; lines.length() < atLeast; seed++) {
      lines.append(Samples.cleanDocument(seed)).append('\n');
    }
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }
}
