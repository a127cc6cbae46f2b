package org.migrationmodel.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The security headers on every kind of answer the running service gives: the page and its assets,
 * JSON, the report, problems from Spring MVC and problems Tomcat answers before any filter runs.
 * Requests go over a plain socket, so that those no HTTP client would send reach Tomcat as written.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "migration-model.service.max-request-bytes=" + SecurityHeadersTest.LIMIT)
@Import(ProblemDetailsTest.Failing.class)
class SecurityHeadersTest {
  static final int LIMIT = 20_000;
  private static final String PAGE = SecurityHeaders.PAGE_POLICY;
  private static final String REPORT = SecurityHeaders.REPORT_POLICY;
  private static final String PROBLEM = "application/problem+json";
  private static final String CSP = "Content-Security-Policy";
  private static final String EVAL = "'unsafe-eval'";
  private static final Pattern STYLE_ELEMENT =
      Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

  @LocalServerPort private int port;

  static Stream<Arguments> answers() {
    byte[] none = new byte[0];
    byte[] programme = (Samples.cleanDocument(1) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] tooLarge = new byte[LIMIT + 1];
    Arrays.fill(tooLarge, (byte) ' ');
    String ndjson = "Content-Type: application/x-ndjson\r\n";
    return Stream.of(
        answer("page", "GET / ", none, 200, "text/html", PAGE),
        answer("stylesheet", "GET /app.css ", none, 200, "text/css", PAGE),
        answer("script", "GET /app.js ", none, 200, "text/javascript", PAGE),
        answer("JSON", "GET /api/v1/rules ", none, 200, "application/json", PAGE),
        answer("report", "POST /api/v1/report ", ndjson, programme, 200, "text/html", REPORT),
        answer(
            "report's problem",
            "POST /api/v1/report?currency=eur ",
            ndjson,
            programme,
            400,
            PROBLEM,
            REPORT),
        answer("unknown rule", "GET /api/v1/rules/NOPE ", none, 404, PROBLEM, PAGE),
        answer("unknown path", "GET /nope ", none, 404, PROBLEM, PAGE),
        answer("wrong method", "DELETE /api/v1/rules ", none, 405, PROBLEM, PAGE),
        answer(
            "unsupported type",
            "POST /api/v1/validate ",
            "Content-Type: text/plain\r\n",
            programme,
            415,
            PROBLEM,
            PAGE),
        answer("too large", "POST /api/v1/validate ", ndjson, tooLarge, 413, PROBLEM, PAGE),
        answer(
            "invalid parameter",
            "POST /api/v1/validate?lenient=maybe ",
            ndjson,
            programme,
            400,
            PROBLEM,
            PAGE),
        answer("internal error", "GET /test/fails ", none, 500, PROBLEM, PAGE),
        answer("path Tomcat cannot decode", "GET /api/v1/rules/%zz ", none, 400, PROBLEM, PAGE),
        answer("method Tomcat cannot parse", "G@T / ", none, 400, PROBLEM, PAGE));
  }

  private static Arguments answer(
      String name, String requestLine, byte[] body, int status, String type, String policy) {
    return answer(name, requestLine, "", body, status, type, policy);
  }

  private static Arguments answer(
      String name,
      String requestLine,
      String headers,
      byte[] body,
      int status,
      String type,
      String policy) {
    return Arguments.of(name, requestLine + "HTTP/1.1\r\n" + headers, body, status, type, policy);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void everyAnswerCarriesTheHeadersOnce(
      String name, String head, byte[] body, int status, String type, String policy)
      throws IOException {
    Answer answer = exchange(head, body);

    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.only("Content-Type")).startsWith(type);
    assertThat(answer.only("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.only("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(answer.only("X-Frame-Options")).isEqualTo("DENY");
    assertThat(answer.only(CSP)).isEqualTo(policy);
  }

  @Test
  void thePagesPolicyAllowsItsOwnScriptAndStyleAndTheReportsStyleElement() throws IOException {
    Map<String, List<String>> policy = directives(exchange("GET / HTTP/1.1\r\n").only(CSP));

    // Anything not listed falls back to default-src, which allows nothing.
    assertThat(policy)
        .containsOnlyKeys(
            "default-src",
            "script-src",
            "connect-src",
            "style-src",
            "style-src-elem",
            "style-src-attr",
            "form-action",
            "object-src",
            "base-uri",
            "frame-ancestors");
    assertThat(policy.get("default-src")).containsExactly("'none'");
    assertThat(policy.get("script-src")).containsExactly("'self'");
    assertThat(policy.get("connect-src")).containsExactly("'self'");
    assertThat(policy.get("style-src")).containsExactly("'self'");
    assertThat(policy.get("style-src-elem")).containsExactly("'self'", reportStyleHash());
    assertThat(policy.get("style-src-attr")).containsExactly("'unsafe-inline'");
    assertThat(policy.get("object-src")).containsExactly("'none'");
    assertThat(policy.get("base-uri")).containsExactly("'none'");
    assertThat(policy.get("frame-ancestors")).containsExactly("'none'");
    assertThat(policy.get("form-action")).containsExactly("'self'");
    assertThat(policy.values()).allSatisfy(sources -> assertThat(sources).doesNotContain(EVAL));
  }

  @Test
  void theReportsPolicyLoadsAndRunsNothingButItsOwnStyles() throws IOException {
    Map<String, List<String>> policy = directives(report().only(CSP));

    assertThat(policy)
        .containsOnlyKeys(
            "default-src",
            "style-src-elem",
            "style-src-attr",
            "form-action",
            "base-uri",
            "frame-ancestors");
    assertThat(policy.get("default-src")).containsExactly("'none'");
    assertThat(policy.get("style-src-elem")).containsExactly(reportStyleHash());
    assertThat(policy.get("style-src-attr")).containsExactly("'unsafe-inline'");
    assertThat(policy.get("form-action")).containsExactly("'none'");
    assertThat(policy.get("base-uri")).containsExactly("'none'");
    assertThat(policy.get("frame-ancestors")).containsExactly("'none'");
  }

  // The hash of the one <style> element in a report the service drew, worked out here.
  private String reportStyleHash() throws IOException {
    Matcher style = STYLE_ELEMENT.matcher(report().body());
    assertThat(style.find()).as("the report has a <style> element").isTrue();
    // Worked out with Guava rather than the JDK, which the service uses.
    String hash =
        Base64.getEncoder()
            .encodeToString(
                Hashing.sha256().hashString(style.group(1), StandardCharsets.UTF_8).asBytes());
    assertThat(style.find()).as("the report has one <style> element").isFalse();
    return "'sha256-" + hash + "'";
  }

  private Answer report() throws IOException {
    byte[] programme = (Samples.cleanDocument(2) + "\n").getBytes(StandardCharsets.UTF_8);
    return exchange(
        "POST /api/v1/report HTTP/1.1\r\nContent-Type: application/x-ndjson\r\n", programme);
  }

  private static Map<String, List<String>> directives(String policy) {
    Map<String, List<String>> directives = new LinkedHashMap<>();
    for (String directive : policy.split(";")) {
      List<String> words = List.of(directive.trim().split(" +"));
      assertThat(directives.put(words.get(0), words.subList(1, words.size())))
          .as("directive %s given twice", words.get(0))
          .isNull();
    }
    return directives;
  }

  private Answer exchange(String head) throws IOException {
    return exchange(head, new byte[0]);
  }

  private Answer exchange(String head, byte[] body) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (head
                  + "Host: localhost\r\nConnection: close\r\n"
                  + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : "")
                  + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return Answer.parse(
          new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** An HTTP/1.1 answer as read off the socket: its status, headers by name, and body. */
  private record Answer(int status, Map<String, List<String>> headers, String body) {
    static Answer parse(String raw) {
      int end = raw.indexOf("\r\n\r\n");
      assertThat(end).as("an answer with a head: %s", raw).isPositive();
      List<String> lines = List.of(raw.substring(0, end).split("\r\n"));
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (String line : lines.subList(1, lines.size())) {
        int colon = line.indexOf(':');
        headers
            .computeIfAbsent(line.substring(0, colon), name -> new ArrayList<>())
            .add(line.substring(colon + 1).trim());
      }
      return new Answer(
          Integer.parseInt(lines.get(0).split(" ")[1]), headers, raw.substring(end + 4));
    }

    /** The value of a header sent exactly once. */
    String only(String name) {
      assertThat(headers.get(name)).as(name).hasSize(1);
      return headers.get(name).get(0);
    }
  }
}
