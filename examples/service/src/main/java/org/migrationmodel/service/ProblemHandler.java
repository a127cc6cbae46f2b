package org.migrationmodel.service;

import jakarta.servlet.http.HttpServletResponse;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into an RFC 9457 problem with one of the {@link Problem} types. Details are
 * written here from what the client sent, never from an exception's message, so that no class name,
 * stack trace or server path reaches a response; unexpected failures are logged instead.
 */
@RestControllerAdvice
final class ProblemHandler extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

  // Once a streamed answer has started, only breaking the connection off, which Tomcat does with
  // an exception left unhandled, tells the client that the answer is incomplete.
  @ExceptionHandler(RequestTooLargeException.class)
  ResponseEntity<Object> tooLarge(RequestTooLargeException e, HttpServletResponse response)
      throws RequestTooLargeException {
    if (response.isCommitted()) {
      throw e;
    }
    return answer(Problem.REQUEST_TOO_LARGE, e.getMessage(), new HttpHeaders());
  }

  // While iterating bulk records, the reader wraps a failure to read the body.
  @ExceptionHandler(UncheckedIOException.class)
  ResponseEntity<Object> unreadable(UncheckedIOException e, HttpServletResponse response)
      throws Exception {
    if (e.getCause() instanceof RequestTooLargeException tooLarge) {
      return tooLarge(tooLarge, response);
    }
    return unexpected(e, response);
  }

  @ExceptionHandler(UnknownRuleException.class)
  ResponseEntity<Object> unknownRule(UnknownRuleException e) {
    ResponseEntity<Object> answer = answer(Problem.UNKNOWN_RULE, e.getMessage(), new HttpHeaders());
    ((ProblemDetail) answer.getBody()).setProperty("ruleId", e.id());
    return answer;
  }

  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<Object> invalidParameter(InvalidParameterException e) {
    return invalidParameter(e.parameter(), e.getMessage(), new HttpHeaders());
  }

  @ExceptionHandler(InvalidTextException.class)
  ResponseEntity<Object> invalidText(InvalidTextException e) {
    return answer(Problem.INVALID_TEXT, e.getMessage(), new HttpHeaders());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, HttpServletResponse response) throws Exception {
    if (response.isCommitted()) {
      throw e;
    }
    LOG.error("Request failed", e);
    return answer(Problem.INTERNAL_ERROR, Problem.INTERNAL_ERROR.description(), new HttpHeaders());
  }

  /** Spring MVC's own exceptions, such as a wrong content type or an unknown path. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (e instanceof HttpMediaTypeNotSupportedException unsupported) {
      return answer(
          Problem.UNSUPPORTED_MEDIA_TYPE,
          "Content type "
              + (unsupported.getContentType() == null
                  ? "missing"
                  : "'" + unsupported.getContentType() + "' is not taken")
              + "; send one of: "
              + types(unsupported.getSupportedMediaTypes())
              + ".",
          headers);
    }
    if (e instanceof HttpMediaTypeNotAcceptableException notAcceptable) {
      return answer(
          Problem.NOT_ACCEPTABLE,
          "This endpoint answers in: " + types(notAcceptable.getSupportedMediaTypes()) + ".",
          headers);
    }
    if (e instanceof HttpRequestMethodNotSupportedException method) {
      return answer(
          Problem.METHOD_NOT_ALLOWED,
          "This path does not take " + method.getMethod() + ".",
          headers);
    }
    if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
      return answer(Problem.NOT_FOUND, Problem.NOT_FOUND.description(), headers);
    }
    if (e instanceof TypeMismatchException mismatch) {
      String name = mismatch.getPropertyName();
      return invalidParameter(
          name,
          "Parameter '" + name + "' does not take the value '" + mismatch.getValue() + "'.",
          headers);
    }
    if (e instanceof MissingServletRequestParameterException missing) {
      return invalidParameter(
          missing.getParameterName(),
          "Parameter '" + missing.getParameterName() + "' is required.",
          headers);
    }
    if (status.is5xxServerError()) {
      LOG.error("Request failed", e);
      return answer(Problem.INTERNAL_ERROR, Problem.INTERNAL_ERROR.description(), headers);
    }
    return answer(Problem.BAD_REQUEST, Problem.BAD_REQUEST.description(), headers);
  }

  private static ResponseEntity<Object> invalidParameter(
      String parameter, String detail, HttpHeaders headers) {
    ResponseEntity<Object> answer = answer(Problem.INVALID_PARAMETER, detail, headers);
    ((ProblemDetail) answer.getBody()).setProperty("parameter", parameter);
    return answer;
  }

  private static ResponseEntity<Object> answer(
      Problem problem, String detail, HttpHeaders headers) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), detail);
    body.setType(problem.type());
    body.setTitle(problem.title());
    HttpHeaders answerHeaders = new HttpHeaders();
    answerHeaders.addAll(headers);
    answerHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return new ResponseEntity<>(body, answerHeaders, problem.status());
  }

  private static String types(java.util.List<MediaType> types) {
    return types.stream().map(MediaType::toString).collect(Collectors.joining(", "));
  }
}
