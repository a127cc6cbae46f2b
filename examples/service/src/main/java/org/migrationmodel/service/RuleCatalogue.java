package org.migrationmodel.service;

import java.util.List;
import java.util.Optional;
import org.migrationmodel.report.FindingCatalogue;
import org.migrationmodel.validation.FindingType;
import org.springframework.stereotype.Component;

/**
 * Every id a finding can carry, as the library's {@link FindingCatalogue} lists them, each with the
 * severity, summary and rationale the library declares and the part of it that reports the id.
 */
@Component
final class RuleCatalogue {
  private final List<RuleDescription> rules =
      FindingCatalogue.standard().entries().stream().map(RuleCatalogue::describe).toList();

  private static RuleDescription describe(FindingCatalogue.Entry entry) {
    FindingType type = entry.type();
    return new RuleDescription(
        type.id(),
        type.severity().name(),
        entry.origin().label(),
        type.summary(),
        type.rationale());
  }

  List<RuleDescription> all() {
    return rules;
  }

  Optional<RuleDescription> find(String id) {
    return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
  }
}
