package org.migrationmodel.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.migrationmodel.json.JsonProblem;
import org.migrationmodel.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * Every id a finding can carry: the standard validator's rules, with their own summaries and
 * rationales, then the reader's problems, whose explanations this service keeps in {@code
 * reading-problems.properties} because the library documents them only in Javadoc.
 */
@Component
final class RuleCatalogue {
  private static final String READING_PROBLEMS = "reading-problems.properties";

  private final List<RuleDescription> rules;

  RuleCatalogue() {
    Validator validator = Validator.standard();
    List<RuleDescription> all = new ArrayList<>();
    for (org.migrationmodel.validation.RuleDescription rule : validator.rules()) {
      all.add(
          new RuleDescription(
              rule.id(),
              rule.severity().name(),
              "validator",
              rule.summary().orElseThrow(),
              rule.rationale().orElseThrow()));
    }
    Properties texts = readingProblemTexts();
    for (JsonProblem problem : JsonProblem.values()) {
      all.add(
          new RuleDescription(
              problem.id(),
              problem.severity().name(),
              "reader",
              required(texts, problem.id() + ".summary"),
              required(texts, "rationale")));
    }
    this.rules = List.copyOf(all);
  }

  List<RuleDescription> all() {
    return rules;
  }

  Optional<RuleDescription> find(String id) {
    return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
  }

  private static Properties readingProblemTexts() {
    Properties texts = new Properties();
    try (InputStream in = RuleCatalogue.class.getResourceAsStream(READING_PROBLEMS)) {
      if (in == null) {
        throw new IllegalStateException(READING_PROBLEMS + " is missing from the service");
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  // A reading problem added to the library without an explanation here stops the service at
  // start-up, and so fails its tests, rather than showing a blank.
  private static String required(Properties texts, String key) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalStateException(READING_PROBLEMS + " has no " + key);
    }
    return text;
  }
}
