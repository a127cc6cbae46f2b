package org.migrationmodel.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Problem details for the errors Tomcat answers itself, before a request reaches Spring MVC: a
 * request line or path it cannot parse, for example. Tomcat's own page would be HTML; this answers
 * as {@link ProblemHandler} does, with a stable type and nothing about the server.
 */
@Component
final class ContainerProblemReports
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          if (context.getParent() instanceof StandardHost host) {
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
          }
        });
  }

  /** Writes an error response that has no body yet as a problem. */
  public static final class ProblemReportValve extends ErrorReportValve {
    private static final JsonFactory JSON = new JsonFactory();

    /** Created by Tomcat, by class name. */
    public ProblemReportValve() {}

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      Problem problem = problemFor(status);
      try {
        // The filter's headers are missing when Tomcat refused the request before the filter ran
        // or reset the response after an exception.
        SecurityHeaders.setOn(request, response);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getReporter();
        if (out == null) {
          return;
        }
        try (JsonGenerator json = JSON.createGenerator(out)) {
          json.writeStartObject();
          json.writeStringField("type", problem.type().toString());
          json.writeStringField("title", problem.title());
          json.writeNumberField("status", status);
          json.writeStringField("detail", problem.description());
          json.writeEndObject();
        }
        response.finishResponse();
      } catch (IOException | IllegalStateException e) {
        // The client is gone or the response cannot take a body; there is no one to tell.
      }
    }

    private static Problem problemFor(int status) {
      return switch (status) {
        case 404 -> Problem.NOT_FOUND;
        case 405 -> Problem.METHOD_NOT_ALLOWED;
        case 406 -> Problem.NOT_ACCEPTABLE;
        case 413 -> Problem.REQUEST_TOO_LARGE;
        case 415 -> Problem.UNSUPPORTED_MEDIA_TYPE;
        default -> status >= 500 ? Problem.INTERNAL_ERROR : Problem.BAD_REQUEST;
      };
    }
  }
}
