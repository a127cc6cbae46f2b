package org.migrationmodel.validation;

import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Catalogue;

/**
 * What the standard rules report about a programme, as (rule id, severity, pointer) tuples, so that
 * a test asserts all three at once and sees any other rule that fires.
 */
final class Reported {
  private Reported() {}

  static List<Tuple> by(Programme programme) {
    return by(Validator.standard(), programme);
  }

  static List<Tuple> by(Programme programme, Catalogue catalogue) {
    return by(Validator.builder().catalogue(catalogue).build(), programme);
  }

  static Tuple finding(StandardRule rule, Severity severity, String pointer) {
    return Tuple.tuple(rule.id(), severity, pointer);
  }

  /** The messages of a rule's findings, to check that they name the offending value. */
  static List<String> messages(StandardRule rule, Programme programme) {
    return findings(rule, programme).map(Finding::message).toList();
  }

  /** The suggestions of a rule's findings, in order. */
  static List<String> suggestions(StandardRule rule, Programme programme) {
    return findings(rule, programme).flatMap(finding -> finding.suggestions().stream()).toList();
  }

  private static Stream<Finding> findings(StandardRule rule, Programme programme) {
    return Validator.standard().validate(programme).findings().stream()
        .filter(finding -> finding.ruleId().equals(rule.id()));
  }

  private static List<Tuple> by(Validator validator, Programme programme) {
    return validator.validate(programme).findings().stream()
        .map(
            finding -> Tuple.tuple(finding.ruleId(), finding.severity(), finding.location().path()))
        .toList();
  }
}
