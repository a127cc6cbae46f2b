package org.migrationmodel.service;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * The problems the service answers a bad request with, as RFC 9457 problem details. Each has a
 * stable {@code type}, {@code /problems/<slug>}, which the service also serves as a description;
 * clients match on the type, never on the title or detail.
 */
public enum Problem {
  /** The request body is neither JSON nor NDJSON. */
  UNSUPPORTED_MEDIA_TYPE(
      "unsupported-media-type",
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      "Unsupported content type",
      "Send programmes as application/json (one document or an array) or application/x-ndjson."),
  /** The client accepts none of the types the endpoint can answer in. */
  NOT_ACCEPTABLE(
      "not-acceptable",
      HttpStatus.NOT_ACCEPTABLE,
      "No acceptable representation",
      "The Accept header names no type this endpoint answers in; the OpenAPI description lists"
          + " them."),
  /** The request body is larger than the service accepts. */
  REQUEST_TOO_LARGE(
      "request-too-large",
      HttpStatus.CONTENT_TOO_LARGE,
      "Request too large",
      "The body is larger than the service's limit (migration-model.service.max-request-bytes);"
          + " split the file or validate it with the command-line tool."),
  /** No rule or reading problem has the id asked for. */
  UNKNOWN_RULE(
      "unknown-rule",
      HttpStatus.NOT_FOUND,
      "Unknown rule",
      "No rule or reading problem has this id; GET /api/v1/rules lists them."),
  /** Nothing is served at the path. */
  NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found", "Nothing is served at this path."),
  /** The path is served, but not for the request's method. */
  METHOD_NOT_ALLOWED(
      "method-not-allowed",
      HttpStatus.METHOD_NOT_ALLOWED,
      "Method not allowed",
      "This path does not take the request's method; the Allow header lists those it takes."),
  /** A query parameter is missing or has a value the endpoint does not take. */
  INVALID_PARAMETER(
      "invalid-parameter",
      HttpStatus.BAD_REQUEST,
      "Invalid parameter",
      "A query parameter has a value the endpoint does not take; the detail names it."),
  /** The body of a suggest request is not one JSON object with a text title. */
  INVALID_TEXT(
      "invalid-text",
      HttpStatus.BAD_REQUEST,
      "Invalid text record",
      "Send one JSON object with a text title, at most a text description and, optionally, a lang"
          + " of en, fr or es; the detail says what is wrong."),
  /** Any other malformed request. */
  BAD_REQUEST(
      "bad-request", HttpStatus.BAD_REQUEST, "Bad request", "The request cannot be understood."),
  /** The service failed; the cause is logged on the server and never sent. */
  INTERNAL_ERROR(
      "internal-error",
      HttpStatus.INTERNAL_SERVER_ERROR,
      "Internal error",
      "The service failed to answer; the cause is in its log. The request may be retried.");

  private final String slug;
  private final HttpStatus status;
  private final String title;
  private final String description;

  Problem(String slug, HttpStatus status, String title, String description) {
    this.slug = slug;
    this.status = status;
    this.title = title;
    this.description = description;
  }

  /**
   * The problem with a slug.
   *
   * @param slug such as {@code request-too-large}
   * @return the problem, or empty when none has the slug
   */
  public static Optional<Problem> find(String slug) {
    return Arrays.stream(values()).filter(problem -> problem.slug.equals(slug)).findFirst();
  }

  /**
   * The problem's {@code type}, relative to the service's address.
   *
   * @return {@code /problems/<slug>}
   */
  public URI type() {
    return URI.create("/problems/" + slug);
  }

  /**
   * The last segment of the type.
   *
   * @return the slug, in kebab case
   */
  public String slug() {
    return slug;
  }

  /**
   * The HTTP status the problem is answered with.
   *
   * @return the status
   */
  public HttpStatus status() {
    return status;
  }

  /**
   * A short summary that does not change from one occurrence to the next.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * What the problem means and what to do about it.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
