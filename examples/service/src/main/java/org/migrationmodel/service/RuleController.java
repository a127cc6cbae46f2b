package org.migrationmodel.service;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/rules} and {@code GET /api/v1/rules/{id}}: what each finding id means. */
@RestController
final class RuleController {
  private final RuleCatalogue rules;

  RuleController(RuleCatalogue rules) {
    this.rules = rules;
  }

  @GetMapping("/api/v1/rules")
  List<RuleDescription> rules() {
    return rules.all();
  }

  @GetMapping("/api/v1/rules/{id}")
  RuleDescription rule(@PathVariable String id) {
    return rules.find(id).orElseThrow(() -> new UnknownRuleException(id));
  }
}
