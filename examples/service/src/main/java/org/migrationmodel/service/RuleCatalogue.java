package org.migrationmodel.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationmodel.json.JsonProblem;
import org.migrationmodel.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * Every id a finding can carry: the standard validator's rules, then the reader's problems, each
 * with the summary and rationale the library declares.
 */
@Component
final class RuleCatalogue {
  private final List<RuleDescription> rules;

  RuleCatalogue() {
    Validator validator = Validator.standard();
    List<RuleDescription> all = new ArrayList<>();
    for (org.migrationmodel.validation.RuleDescription rule : validator.rules()) {
      all.add(
          new RuleDescription(
              rule.id(), rule.severity().name(), "validator", rule.summary(), rule.rationale()));
    }
    for (JsonProblem problem : JsonProblem.values()) {
      all.add(
          new RuleDescription(
              problem.id(),
              problem.severity().name(),
              "reader",
              problem.summary(),
              problem.rationale()));
    }
    this.rules = List.copyOf(all);
  }

  List<RuleDescription> all() {
    return rules;
  }

  Optional<RuleDescription> find(String id) {
    return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
  }
}
