package org.migrationmodel.service;

import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** {@code GET /problems/{slug}}: what a problem {@code type} means, so that each type resolves. */
@RestController
final class ProblemTypeController {

  /**
   * One problem type as served.
   *
   * @param type the type URI
   * @param title its fixed title
   * @param status the HTTP status it comes with
   * @param description what it means and what to do
   */
  record ProblemType(String type, String title, int status, String description) {}

  @GetMapping("/problems/{slug}")
  ProblemType problem(@PathVariable String slug) throws NoResourceFoundException {
    String path = "problems/" + slug;
    Problem problem =
        Problem.find(slug)
            .orElseThrow(() -> new NoResourceFoundException(HttpMethod.GET, "/" + path, path));
    return new ProblemType(
        problem.type().toString(),
        problem.title(),
        problem.status().value(),
        problem.description());
  }
}
